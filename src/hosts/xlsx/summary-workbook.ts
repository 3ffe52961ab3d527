/**
 * The summary workbook a finance bureau hands on, the same from the command line (streamed) and from file
 * mode (in the browser): 汇总 worst first with filter, frozen header, data bars and print setup; 统计; 问题清单
 * with a link to each file; 文件清单 accounting for every file given. Its words come from the catalogue's
 * summary area, in the reader's language (Chinese when not given).
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Severity } from '../../domain/findings';
import type { FormKind } from '../../domain/form';
import { ruleTitle } from '../../forms/fixes';
import { statistics, worstFirst, type FormSummary } from '../../forms/summary';
import { formatMessage, type Locale, type MessageId } from '../../messages';

const KIND_NAMES: Readonly<Record<FormKind, MessageId>> = {
  project: 'summary.kind.project',
  overall: 'summary.kind.overall',
  basic: 'summary.kind.basic',
  transfer: 'summary.kind.transfer',
};

const SEVERITY_NAMES: Readonly<Record<Severity, MessageId>> = {
  error: 'summary.severity.error',
  warning: 'summary.severity.warning',
  info: 'summary.severity.info',
};

interface Column {
  readonly header: MessageId;
  readonly width: number;
  readonly format?: string;
}

export const SUMMARY_COLUMNS: readonly Column[] = [
  { header: 'summary.column.file', width: 30 },
  { header: 'summary.column.format', width: 6 },
  { header: 'summary.column.sheet', width: 16 },
  { header: 'summary.column.department', width: 18 },
  { header: 'summary.column.unit', width: 22 },
  { header: 'summary.column.project', width: 22 },
  { header: 'summary.column.kind', width: 10 },
  { header: 'summary.column.budget', width: 13, format: '#,##0.00' },
  { header: 'summary.column.spent', width: 13, format: '#,##0.00' },
  { header: 'summary.column.rate', width: 9, format: '0.00%' },
  { header: 'summary.column.score', width: 9, format: '0.00' },
  { header: 'summary.column.total', width: 8, format: '0.00' },
  { header: 'summary.column.grade', width: 6 },
  { header: 'summary.column.errors', width: 6 },
  { header: 'summary.column.warnings', width: 6 },
  { header: 'summary.column.deviations', width: 9 },
];

export const FINDING_COLUMNS: readonly Column[] = [
  { header: 'summary.column.file', width: 30 },
  { header: 'summary.column.sheet', width: 16 },
  { header: 'summary.column.cell', width: 8 },
  { header: 'summary.column.severity', width: 8 },
  { header: 'summary.column.rule', width: 22 },
  { header: 'summary.column.note', width: 80 },
];

export const FILE_COLUMNS: readonly Column[] = [
  { header: 'summary.column.file', width: 36 },
  { header: 'summary.column.result', width: 12 },
  { header: 'summary.column.note', width: 80 },
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
export function addListSheet(
  workbook: Workbook,
  name: string,
  columns: readonly Column[],
  locale: Locale = 'zh-CN',
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { ...PRINT },
  });
  sheet.columns = columns.map((c) => ({
    header: formatMessage(c.header, {}, locale),
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

/** The four sheets of a summary, in their order, named in `locale`. */
export interface SummarySheets {
  readonly summary: Worksheet;
  readonly statistics: Worksheet;
  readonly findings: Worksheet;
  readonly files: Worksheet;
}

/** Adds 汇总, 统计, 问题清单 and 文件清单 to a new summary workbook. */
export function addSummarySheets(workbook: Workbook, locale: Locale = 'zh-CN'): SummarySheets {
  workbook.creator = formatMessage('summary.creator', {}, locale);
  const name = (id: MessageId): string => formatMessage(id, {}, locale);
  return {
    summary: addListSheet(workbook, name('summary.sheet.summary'), SUMMARY_COLUMNS, locale),
    statistics: addStatisticsSheet(workbook, locale),
    findings: addListSheet(workbook, name('summary.sheet.findings'), FINDING_COLUMNS, locale),
    files: addListSheet(workbook, name('summary.sheet.files'), FILE_COLUMNS, locale),
  };
}

/** What became of a file, as 文件清单 says it. */
export type FileResult = 'checked' | 'unreadable' | 'no-form' | 'skipped';

const RESULTS: Readonly<Record<FileResult, MessageId>> = {
  checked: 'summary.result.checked',
  unreadable: 'summary.result.unreadable',
  'no-form': 'summary.result.no-form',
  skipped: 'summary.result.skipped',
};

/** A line of 文件清单: the file, what became of it, and why or what it held. */
export function addFileRow(
  sheet: Worksheet,
  name: string,
  result: FileResult,
  note: string,
  locale: Locale = 'zh-CN',
): void {
  sheet.addRow([name, formatMessage(RESULTS[result], {}, locale), note]).commit();
}

/** 文件清单's note for a checked file: how many forms it held. */
export const formsNote = (count: number, locale: Locale = 'zh-CN'): string =>
  formatMessage('summary.note.forms', { count }, locale);

/** 文件清单's note for a file without a form: what was looked at (`sheets` already listed and quoted). */
export function noFormNote(
  format: string | undefined,
  tables: number,
  sheets: string,
  locale: Locale,
): string {
  if (format === 'docx') return formatMessage('summary.note.report-tables', { count: tables }, locale);
  if (sheets === '') return formatMessage('summary.note.no-visible-sheet', {}, locale);
  return formatMessage('summary.note.sheets', { sheets }, locale);
}

/** A form of a file, as the summary lists it. */
export interface SummaryLine extends FormSummary {
  readonly file: string;
  /** The file's format (xlsx, xls, docx …), '' when unknown. */
  readonly format: string;
}

/** One finding row: the file as a link (relative to the summary), then where, how bad, what. */
export function addFindingRows(
  sheet: Worksheet,
  file: string,
  link: string,
  form: FormSummary,
  locale: Locale = 'zh-CN',
): void {
  for (const f of form.findings)
    sheet
      .addRow([
        { text: file, hyperlink: link },
        f.sheet,
        f.cell,
        formatMessage(SEVERITY_NAMES[f.severity], {}, locale),
        ruleTitle(f.rule, locale),
        f.message,
      ])
      .commit();
}

/** 汇总: the forms worst first, with data bars on 执行率 and 总分. */
export function fillSummary(sheet: Worksheet, lines: readonly SummaryLine[], locale: Locale = 'zh-CN'): void {
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
        formatMessage(KIND_NAMES[line.kind], {}, locale),
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
  if (sorted.length > 0) addDataBars(sheet, sorted.length + 1);
}

/** Data bars on 执行率 and 总分 (the columns after 文件, 格式, 工作表, 主管部门, 单位, 项目, 表格类型, 预算数, 执行数). */
function addDataBars(sheet: Worksheet, last: number): void {
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
export function addStatisticsSheet(workbook: Workbook, locale: Locale = 'zh-CN'): Worksheet {
  const name = formatMessage('summary.sheet.statistics', {}, locale);
  const sheet = workbook.addWorksheet(name, { pageSetup: { ...PRINT, orientation: 'portrait' } });
  sheet.columns = [
    { header: formatMessage('summary.statistics.item', {}, locale), width: 36 },
    { header: formatMessage('summary.statistics.count', {}, locale), width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return sheet;
}

/** 统计: forms by grade, the mean 执行率, forms with deviations lacking a cause, the most frequent problems. */
export function fillStatistics(
  sheet: Worksheet,
  lines: readonly SummaryLine[],
  files: number,
  locale: Locale = 'zh-CN',
): void {
  const stats = statistics(lines);
  const say = (id: MessageId): string => formatMessage(id, {}, locale);
  const add = (label: string, value: number | string | null, format?: string, bold = false): void => {
    const row = sheet.addRow([label, value]);
    if (format) row.getCell(2).numFmt = format;
    if (bold) row.font = { bold: true };
    row.commit();
  };
  add(say('summary.statistics.files'), files);
  add(say('summary.statistics.forms'), stats.forms);
  add(say('summary.statistics.errors'), stats.errors);
  add(say('summary.statistics.warnings'), stats.warnings);
  add(say('summary.statistics.deviations'), stats.withDeviations);
  add(say('summary.statistics.average-rate'), stats.averageRate, '0.00%');
  sheet.addRow([]).commit();
  add(say('summary.statistics.grade'), say('summary.statistics.forms-by-grade'), undefined, true);
  for (const [grade, count] of stats.byGrade) add(grade, count);
  sheet.addRow([]).commit();
  add(say('summary.statistics.top-rules'), say('summary.statistics.times'), undefined, true);
  for (const [rule, count] of stats.topRules) add(ruleTitle(rule, locale), count);
}
