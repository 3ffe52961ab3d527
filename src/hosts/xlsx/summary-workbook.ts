/**
 * The summary workbook a finance bureau hands on, the same from the command line (streamed) and from file
 * mode (in the browser): 汇总 worst first with filter, frozen header, data bars and print setup; 统计; 问题清单
 * with a link to each file; 文件清单 accounting for every file given.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { SEVERITY_NAMES } from '../../domain/findings';
import type { FormKind } from '../../domain/form';
import { ruleTitle } from '../../forms/fixes';
import { statistics, worstFirst, type FormSummary } from '../../forms/summary';

const KIND_NAMES: Readonly<Record<FormKind, string>> = {
  project: '项目支出',
  overall: '整体支出',
  basic: '基础数据表',
  transfer: '转移支付',
};

interface Column {
  readonly header: string;
  readonly width: number;
  readonly format?: string;
}

export const SUMMARY_COLUMNS: readonly Column[] = [
  { header: '文件', width: 30 },
  { header: '格式', width: 6 },
  { header: '工作表', width: 16 },
  { header: '主管部门', width: 18 },
  { header: '单位', width: 22 },
  { header: '项目', width: 22 },
  { header: '表格类型', width: 10 },
  { header: '预算数（万元）', width: 13, format: '#,##0.00' },
  { header: '执行数（万元）', width: 13, format: '#,##0.00' },
  { header: '执行率', width: 9, format: '0.00%' },
  { header: '执行率得分', width: 9, format: '0.00' },
  { header: '总分', width: 8, format: '0.00' },
  { header: '等级', width: 6 },
  { header: '错误', width: 6 },
  { header: '警告', width: 6 },
  { header: '偏差未说明原因', width: 9 },
];

/** A4 landscape, every column on one page's width, the header row on every page. */
const PRINT = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
} as const;

/** Adds a sheet with its header row bold, frozen and filtered, printed A4 landscape. */
export function addListSheet(workbook: Workbook, name: string, columns: readonly Column[]): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { ...PRINT },
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.format ? { style: { numFmt: c.format } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export const FINDING_COLUMNS: readonly Column[] = [
  { header: '文件', width: 30 },
  { header: '工作表', width: 16 },
  { header: '单元格', width: 8 },
  { header: '严重程度', width: 8 },
  { header: '问题类型', width: 22 },
  { header: '说明', width: 80 },
];

export const FILE_COLUMNS: readonly Column[] = [
  { header: '文件', width: 36 },
  { header: '结果', width: 12 },
  { header: '说明', width: 80 },
];

/** A form of a file, as the summary lists it. */
export interface SummaryLine extends FormSummary {
  readonly file: string;
  /** The file's format (xlsx, xls, docx …), '' when unknown. */
  readonly format: string;
}

/** One finding row: the file as a link (relative to the summary), then where, how bad, what. */
export function addFindingRows(sheet: Worksheet, file: string, link: string, form: FormSummary): void {
  for (const f of form.findings)
    sheet
      .addRow([
        { text: file, hyperlink: link },
        f.sheet,
        f.cell,
        SEVERITY_NAMES[f.severity],
        ruleTitle(f.rule, 'zh-CN'),
        f.message,
      ])
      .commit();
}

/** 汇总: the forms worst first, with data bars on 执行率 and 总分. */
export function fillSummary(sheet: Worksheet, lines: readonly SummaryLine[]): void {
  const sorted = [...lines].sort(worstFirst);
  for (const line of sorted)
    sheet
      .addRow([
        line.file,
        line.format,
        line.sheet,
        line.department,
        line.unit,
        line.project,
        KIND_NAMES[line.kind],
        line.budget,
        line.spent,
        line.rate,
        line.score,
        line.total,
        line.grade,
        line.errors,
        line.warnings,
        line.deviations,
      ])
      .commit();
  const last = sorted.length + 1;
  if (sorted.length === 0) return;
  // 执行率 and 总分 (the columns after 文件, 格式, 工作表, 主管部门, 单位, 项目, 表格类型, 预算数, 执行数).
  for (const column of ['J', 'L'])
    sheet.addConditionalFormatting({
      ref: `${column}2:${column}${String(last)}`,
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          cfvo: [
            { type: 'num', value: 0 },
            column === 'I' ? { type: 'num', value: 1 } : { type: 'num', value: 100 },
          ],
          color: { argb: 'FF63BE7B' },
          gradient: false,
        } as never,
      ],
    });
}

/** 统计, added where the sheet order wants it and filled once every file is checked. */
export function addStatisticsSheet(workbook: Workbook): Worksheet {
  const sheet = workbook.addWorksheet('统计', { pageSetup: { ...PRINT, orientation: 'portrait' } });
  sheet.columns = [
    { header: '项目', width: 36 },
    { header: '数量', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return sheet;
}

/** 统计: forms by grade, the mean 执行率, forms with deviations lacking a cause, the most frequent problems. */
export function fillStatistics(sheet: Worksheet, lines: readonly SummaryLine[], files: number): void {
  const stats = statistics(lines);
  const add = (label: string, value: number | string | null, format?: string, bold = false): void => {
    const row = sheet.addRow([label, value]);
    if (format) row.getCell(2).numFmt = format;
    if (bold) row.font = { bold: true };
    row.commit();
  };
  add('检查的文件', files);
  add('自评表', stats.forms);
  add('错误', stats.errors);
  add('警告', stats.warnings);
  add('偏差未说明原因的表', stats.withDeviations);
  add('平均执行率', stats.averageRate, '0.00%');
  sheet.addRow([]).commit();
  add('等级', '表数', undefined, true);
  for (const [grade, count] of stats.byGrade) add(grade, count);
  sheet.addRow([]).commit();
  add('最常见的问题', '次数', undefined, true);
  for (const [rule, count] of stats.topRules) add(ruleTitle(rule, 'zh-CN'), count);
}
