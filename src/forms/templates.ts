import { LEVEL1_NAMES, LEVEL2_NAMES } from '../domain/categories';
import type { FormKind } from '../domain/form';
import type { Level1Category, Profile } from '../domain/profiles/types';
import { columnLetters, toA1 } from '../domain/cells';
import type { Merge } from '../sheet/grid';
import type {
  CellStyle,
  ConditionalFormat,
  PlannedCell,
  SheetPlan,
  Validation,
  WorkbookPlan,
} from '../sheet/plan';

/** What a template pack is built for. */
export interface TemplateOptions {
  readonly kinds: readonly FormKind[];
  readonly profile: Profile;
  readonly unit?: string;
  readonly year?: number;
  /** One 项目支出 sheet each (每个一级项目支出一张表). */
  readonly projects?: readonly string[];
  /** Blank indicator rows per 二级指标. */
  readonly rowsPerLevel2?: number;
}

/** Identity of a built template: the hidden sheet and the id the reader looks for. */
export const TEMPLATE_ID = 'jixiao-ziping-template';
export const TEMPLATE_VERSION = 1;
export const IDENTITY_SHEET = '_绩效自评助手';

const AMOUNT = '0.00';
const RATE = '0.00%';
const SCORE = '0.00';
const HEADER_FILL = 'DDEBF7';
const INPUT_FILL = 'FFFFFF';
const COMPUTED_FILL = 'F2F2F2';
const ALERT_FILL = 'FFC7CE';

const r = (top: number, left: number, bottom = top, right = left): Merge => ({ top, left, bottom, right });
const a1 = (row: number, col: number): string => toA1({ row, col });

/** Collects a sheet's cells, merges and features while a layout function walks down the rows. */
class SheetBuilder {
  readonly cells: PlannedCell[] = [];
  readonly merges: Merge[] = [];
  readonly validations: Validation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly names: { name: string; range: Merge }[] = [];

  put(row: number, col: number, content: Omit<PlannedCell, 'row' | 'col'>): void {
    this.cells.push({ row, col, ...content });
  }
  label(row: number, col: number, text: string, style: CellStyle = {}): void {
    this.put(row, col, {
      value: text,
      style: { border: true, wrap: true, align: 'center', fill: HEADER_FILL, ...style },
    });
  }
  input(row: number, col: number, format?: string, value?: string | number): void {
    this.put(row, col, {
      ...(value === undefined ? {} : { value }),
      ...(format ? { format } : {}),
      style: { border: true, wrap: true, input: true, fill: INPUT_FILL },
    });
  }
  computed(row: number, col: number, formula: string, format?: string): void {
    this.put(row, col, {
      formula,
      ...(format ? { format } : {}),
      style: { border: true, align: 'center', fill: COMPUTED_FILL },
    });
  }
  merge(range: Merge): void {
    if (range.top !== range.bottom || range.left !== range.right) this.merges.push(range);
  }
  plan(sheet: string, extra: Partial<SheetPlan> = {}): SheetPlan {
    return {
      sheet,
      cells: this.cells,
      merges: this.merges,
      columnWidths: [12, 14, 14, 26, 14, 14, 8, 10, 30],
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      names: this.names,
      protect: true,
      ...extra,
    };
  }
}

/** 执行率得分 as an Excel formula of the rate and weight cells, by the profile's method (DOMAIN §2). */
export function executionScoreFormula(rate: string, weight: string, profile: Profile): string {
  const capped = `MIN(${rate},1)`;
  switch (profile.executionScoring) {
    case 'linear':
      return `IF(${rate}="","",MIN(${weight},ROUND(${weight}*${capped},2)))`;
    case 'rounded':
      return `IF(${rate}="","",MIN(${weight},ROUND(${weight}*${capped},0)))`;
    case 'step10':
      return `IF(${rate}="","",MIN(${weight},ROUND(${weight}*INT(ROUND(${capped}*100,6)/10)/10,2)))`;
  }
}

/** The grade of a total cell by the profile's bands, as nested IFs (highest band first). */
export function gradeFormula(total: string, profile: Profile): string {
  const bands = [...profile.grades].sort((x, y) => y.min - x.min);
  let formula = `"${bands.at(-1)?.label ?? ''}"`;
  for (const band of bands.slice(0, -1).reverse())
    formula = `IF(${total}>=${String(band.min)},"${band.label}",${formula})`;
  return `IF(${total}="","",${formula})`;
}

/** The first-level weights a template states: the profile's split, or an even one when it fixes none. */
function levelWeights(profile: Profile): Record<Level1Category, number | null> {
  return profile.levelWeights ?? { output: null, effect: null, satisfaction: null };
}

/** Lays out 项目支出 or 整体支出 绩效自评表 (DOMAIN §1.1, §1.2); returns the plan and its key cells. */
function evaluationSheet(
  kind: 'project' | 'overall',
  sheet: string,
  options: TemplateOptions,
  prefix: string,
  projectName = '',
): SheetPlan {
  const { profile } = options;
  const year = options.year ?? new Date().getFullYear() - 1;
  const b = new SheetBuilder();
  const title =
    kind === 'project'
      ? `项目支出绩效自评表（${String(year)}年度）`
      : `${String(year)}年度预算单位整体支出绩效自评表`;
  b.put(0, 0, { value: title, style: { bold: true, fontSize: 16, align: 'center' } });
  b.merge(r(0, 0, 0, 8));

  let row = 1;
  if (kind === 'project') {
    b.label(row, 0, '项目名称');
    b.input(row, 1, undefined, projectName);
    b.merge(r(row, 1, row, 8));
    row++;
    b.label(row, 0, '主管部门');
    b.input(row, 1, undefined, options.unit ?? '');
    b.merge(r(row, 1, row, 3));
    b.label(row, 4, '实施单位');
    b.input(row, 5, undefined, options.unit ?? '');
    b.merge(r(row, 5, row, 8));
    row++;
  } else {
    b.label(row, 0, '预算单位名称');
    b.input(row, 1, undefined, options.unit ?? '');
    b.merge(r(row, 1, row, 8));
    row++;
  }

  // Fund block: header, 年度资金总额 with 执行率 and its score, then the breakdown.
  const fundHeader = row;
  const headers = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  b.label(fundHeader, 0, kind === 'project' ? '项目资金（万元）' : '年度预算申请（万元）');
  b.label(fundHeader, 1, '');
  headers.forEach((text, i) => b.label(fundHeader, 2 + i, text));
  const total = fundHeader + 1;
  b.label(total, 1, '年度资金总额');
  for (const col of [2, 3, 4]) b.input(total, col, AMOUNT);
  b.put(total, 5, {
    value: profile.executionWeight,
    format: SCORE,
    style: { border: true, align: 'center' },
  });
  const rateCell = a1(total, 6);
  b.computed(
    total,
    6,
    `IF(AND(ISNUMBER(${a1(total, 3)}),N(${a1(total, 3)})>0,ISNUMBER(${a1(total, 4)})),${a1(total, 4)}/${a1(total, 3)},"")`,
    RATE,
  );
  const scoreCell = a1(total, 7);
  b.computed(total, 7, executionScoreFormula(rateCell, a1(total, 5), profile), SCORE);
  b.names.push(
    { name: `${prefix}_全年预算数`, range: r(total, 3) },
    { name: `${prefix}_全年执行数`, range: r(total, 4) },
  );
  b.names.push(
    { name: `${prefix}_执行率`, range: r(total, 6) },
    { name: `${prefix}_执行率得分`, range: r(total, 7) },
  );
  row = total + 1;
  if (kind === 'project') {
    for (const label of ['其中：当年财政拨款', '上年结转资金', '其他资金']) {
      b.label(row, 1, label, { align: 'left' });
      for (const col of [2, 3, 4]) b.input(row, col, AMOUNT);
      row++;
    }
  } else {
    b.label(row, 1, '按收入性质分：', { align: 'left' });
    b.merge(r(row, 1, row, 2));
    b.label(row, 4, '按支出性质分：', { align: 'left' });
    b.merge(r(row, 4, row, 5));
    row++;
    const income = ['其中：一般公共预算', '政府性基金拨款', '纳入专户管理的非税收入拨款', '其他资金'];
    const spending = ['其中：基本支出', '项目支出'];
    income.forEach((label, i) => {
      b.label(row + i, 1, label, { align: 'left' });
      b.input(row + i, 2, AMOUNT);
      const other = spending[i];
      if (other) {
        b.label(row + i, 4, other, { align: 'left' });
        b.input(row + i, 5, AMOUNT);
      }
    });
    row += income.length;
  }
  b.merge(r(fundHeader, 0, row - 1, 0));
  b.validations.push({
    range: r(total, 2, row - 1, 4),
    type: 'decimal',
    min: 0,
    prompt: '请填写金额（万元），保留两位小数',
  });

  // 年度总体目标
  b.label(row, 0, '年度总体目标');
  b.label(row, 1, '预期目标');
  b.merge(r(row, 1, row, 4));
  b.label(row, 5, '实际完成情况');
  b.merge(r(row, 5, row, 8));
  b.input(row + 1, 1);
  b.merge(r(row + 1, 1, row + 1, 4));
  b.input(row + 1, 5);
  b.merge(r(row + 1, 5, row + 1, 8));
  b.merge(r(row, 0, row + 1, 0));
  row += 2;

  // 绩效指标
  const header = row;
  const indicatorHeaders = [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];
  b.label(header, 0, '绩效指标');
  indicatorHeaders.forEach((text, i) => b.label(header, 1 + i, text));
  const perLevel2 = Math.max(1, options.rowsPerLevel2 ?? 2);
  const weights = levelWeights(profile);
  const firstRow = header + 1;
  row = firstRow;
  for (const category of ['output', 'effect', 'satisfaction'] as const) {
    const weight = weights[category];
    const level1 =
      weight === null ? LEVEL1_NAMES[category] : `${LEVEL1_NAMES[category]}（${String(weight)}分）`;
    for (const level2 of LEVEL2_NAMES[category]) {
      for (let i = 0; i < perLevel2; i++) {
        b.input(row, 1, undefined, level1);
        b.input(row, 2, undefined, level2);
        for (const col of [3, 4, 5]) b.input(row, col);
        b.input(row, 6, SCORE);
        b.input(row, 7, SCORE);
        b.input(row, 8);
        row++;
      }
    }
  }
  const lastRow = row - 1;
  b.merge(r(header, 0, lastRow, 0));
  const level1Names = (['output', 'effect', 'satisfaction'] as const).map((c) =>
    weights[c] === null ? LEVEL1_NAMES[c] : `${LEVEL1_NAMES[c]}（${String(weights[c])}分）`,
  );
  b.validations.push(
    { range: r(firstRow, 1, lastRow, 1), type: 'list', values: level1Names },
    { range: r(firstRow, 2, lastRow, 2), type: 'list', values: Object.values(LEVEL2_NAMES).flat() },
    {
      range: r(firstRow, 6, lastRow, 7),
      type: 'decimal',
      min: 0,
      max: 100,
      prompt: '分值、得分为 0–100 的数',
    },
  );
  // A row that lost points and states no cause turns its 偏差原因 cell red (DOMAIN §5).
  const g = `$${columnLetters(6)}${String(firstRow + 1)}`;
  const h = `$${columnLetters(7)}${String(firstRow + 1)}`;
  const i = `$${columnLetters(8)}${String(firstRow + 1)}`;
  b.conditionalFormats.push({
    range: r(firstRow, 8, lastRow, 8),
    formula: `AND(ISNUMBER(${h}),ISNUMBER(${g}),${h}<${g},LEN(TRIM(${i}))=0)`,
    fill: ALERT_FILL,
  });

  const totalRow = lastRow + 1;
  const weights2 = `${a1(firstRow, 6)}:${a1(lastRow, 6)}`;
  const scores = `${a1(firstRow, 7)}:${a1(lastRow, 7)}`;
  b.label(totalRow, 0, '总分');
  b.merge(r(totalRow, 0, totalRow, 5));
  b.computed(totalRow, 6, `N(${a1(total, 5)})+SUM(${weights2})`, SCORE);
  b.computed(
    totalRow,
    7,
    `IF(COUNT(${scoreCell},${scores})=0,"",ROUND(N(${scoreCell})+SUM(${scores}),2))`,
    SCORE,
  );
  b.computed(totalRow, 8, gradeFormula(a1(totalRow, 7), profile));
  b.names.push(
    { name: `${prefix}_总分`, range: r(totalRow, 7) },
    { name: `${prefix}_等级`, range: r(totalRow, 8) },
  );

  b.put(totalRow + 2, 0, {
    value: '单位负责人签字：            填表人：            联系电话：            填报日期：',
  });
  b.merge(r(totalRow + 2, 0, totalRow + 2, 8));
  return b.plan(sheet, { print: { titleRows: [header, header], fitToWidth: true, landscape: true } });
}

/** 整体支出绩效评价基础数据表 (DOMAIN §1.3) with 控制率 and group totals as formulas. */
function basicSheet(sheet: string, options: TemplateOptions): SheetPlan {
  const year = options.year ?? new Date().getFullYear() - 1;
  const b = new SheetBuilder();
  b.put(0, 0, {
    value: `${String(year)}年度预算单位整体支出绩效评价基础数据表`,
    style: { bold: true, fontSize: 16, align: 'center' },
  });
  b.merge(r(0, 0, 0, 6));
  b.label(1, 0, '预算单位名称');
  b.input(1, 1, undefined, options.unit ?? '');
  b.merge(r(1, 1, 1, 6));
  b.label(2, 0, '财政供养人员情况（人）');
  b.label(2, 1, '编制数');
  b.label(2, 2, `${String(year)}年实际在职人数`);
  b.label(2, 3, '控制率');
  b.input(3, 1, '0');
  b.input(3, 2, '0');
  b.computed(3, 3, `IF(N(B4)>0,C4/B4,"")`, RATE);
  b.merge(r(2, 0, 3, 0));
  b.label(4, 0, '经费控制情况（万元）');
  b.label(4, 1, `${String(year - 1)}年决算数`);
  b.label(4, 2, `${String(year)}年预算数`);
  b.label(4, 3, `${String(year)}年决算数`);

  // [label, children]; a total row sums its children per column.
  const groups: readonly (readonly [string, readonly (string | readonly [string, readonly string[]])[]])[] = [
    [
      '三公经费',
      [['1、公务用车购置和维护经费', ['其中：公车购置', '公车运行维护']], '2、出国经费', '3、公务接待'],
    ],
    [
      '项目支出',
      [
        '1、业务工作经费',
        '2、运行维护经费',
        ['3、区级专项资金(一个专项一行)', ['专项1', '专项2', '专项3']],
        ['4、上级转移支付(一个专项一行)', ['转移支付1', '转移支付2']],
      ],
    ],
    ['公用经费', ['其中：办公经费', '水费、电费、差旅费', '会议费、培训费']],
  ];
  let row = 5;
  const sumRows = (rows: readonly number[], col: number): string => rows.map((x) => a1(x, col)).join(',');
  for (const [label, children] of groups) {
    const totalRow = row++;
    b.label(totalRow, 0, label, { align: 'left', bold: true });
    const childRows: number[] = [];
    for (const child of children) {
      const childRow = row++;
      childRows.push(childRow);
      if (typeof child === 'string') {
        b.label(childRow, 0, child, { align: 'left' });
        for (const col of [1, 2, 3]) b.input(childRow, col, AMOUNT);
        continue;
      }
      const [childLabel, grandchildren] = child;
      b.label(childRow, 0, childLabel, { align: 'left' });
      const grandRows = grandchildren.map(() => row++);
      grandchildren.forEach((grand, index) => {
        const grandRow = grandRows[index] ?? row;
        b.input(grandRow, 0, undefined, grand);
        for (const col of [1, 2, 3]) b.input(grandRow, col, AMOUNT);
      });
      for (const col of [1, 2, 3]) b.computed(childRow, col, `SUM(${sumRows(grandRows, col)})`, AMOUNT);
    }
    for (const col of [1, 2, 3]) b.computed(totalRow, col, `SUM(${sumRows(childRows, col)})`, AMOUNT);
  }
  for (const label of ['政府采购金额', '部门基本支出预算调整']) {
    b.label(row, 0, label, { align: 'left', bold: true });
    for (const col of [1, 2, 3]) b.input(row, col, AMOUNT);
    row++;
  }
  b.validations.push({ range: r(5, 1, row - 1, 3), type: 'decimal', min: 0 });
  const building = row;
  [
    '楼堂馆所控制情况',
    '批复规模（m²）',
    '实际规模（m²）',
    '规模控制率',
    '预算投资（万元）',
    '实际投资（万元）',
    '投资概算控制率',
  ].forEach((text, i) => b.label(building, i, text));
  const values = building + 1;
  b.label(values, 0, '');
  for (const col of [1, 2, 4, 5]) b.input(values, col, AMOUNT);
  b.computed(values, 3, `IF(N(${a1(values, 1)})>0,${a1(values, 2)}/${a1(values, 1)},"")`, RATE);
  b.computed(values, 6, `IF(N(${a1(values, 4)})>0,${a1(values, 5)}/${a1(values, 4)},"")`, RATE);
  b.label(values + 1, 0, '厉行节约保障措施');
  b.input(values + 1, 1);
  b.merge(r(values + 1, 1, values + 1, 6));
  b.put(values + 3, 0, {
    value: '单位负责人签字：            填表人：            联系电话：            填报日期：',
  });
  b.merge(r(values + 3, 0, values + 3, 6));
  return b.plan(sheet, { columnWidths: [30, 14, 16, 14, 14, 14, 14], print: { fitToWidth: true } });
}

/** The hidden sheet that tells a reader this workbook is ours and which profile it follows. */
function identitySheet(
  options: TemplateOptions,
  forms: readonly { sheet: string; kind: FormKind }[],
): SheetPlan {
  const b = new SheetBuilder();
  const rows: [string, string][] = [
    ['template', TEMPLATE_ID],
    ['version', String(TEMPLATE_VERSION)],
    ['profile', JSON.stringify(options.profile)],
    ['forms', JSON.stringify(forms)],
  ];
  rows.forEach(([key, value], i) => {
    b.put(i, 0, { value: key });
    b.put(i, 1, { value });
  });
  return b.plan(IDENTITY_SHEET, { hidden: true, protect: false, columnWidths: [12, 80] });
}

/** A sheet name for a project: its own name where Excel allows (≤ 31 characters, no []:*?/\\), unique. */
function projectSheetName(project: string, index: number, count: number, used: Set<string>): string {
  const clean = project
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  let name = count === 1 && !clean ? '项目支出绩效自评表' : clean || `项目${String(index + 1)}`;
  if (used.has(name)) name = `${name.slice(0, 27)}（${String(index + 1)}）`;
  used.add(name);
  return name;
}

/** A template pack: the chosen forms, one 项目支出 sheet per project, and the identity sheet. */
export function buildTemplates(options: TemplateOptions): WorkbookPlan {
  const sheets: SheetPlan[] = [];
  const forms: { sheet: string; kind: FormKind }[] = [];
  if (options.kinds.includes('basic')) {
    sheets.push(basicSheet('基础数据表', options));
    forms.push({ sheet: '基础数据表', kind: 'basic' });
  }
  if (options.kinds.includes('overall')) {
    sheets.push(evaluationSheet('overall', '整体支出绩效自评表', options, '整体'));
    forms.push({ sheet: '整体支出绩效自评表', kind: 'overall' });
  }
  if (options.kinds.includes('project')) {
    const projects = options.projects?.length ? options.projects : [''];
    const used = new Set<string>();
    projects.forEach((project, index) => {
      const name = projectSheetName(project, index, projects.length, used);
      sheets.push(evaluationSheet('project', name, options, `项目${String(index + 1)}`, project));
      forms.push({ sheet: name, kind: 'project' });
    });
  }
  sheets.push(identitySheet(options, forms));
  return { sheets };
}
