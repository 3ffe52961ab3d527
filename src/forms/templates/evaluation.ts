/**
 * 附件2 整体支出绩效自评表 and 附件3 项目支出绩效自评表, cell for cell as the official tables (seed 004):
 * wording from the vocabulary recognition reads them with, 一级 and 二级 labels merged over their rows,
 * totals over blocks that take inserted rows, and the profile's scoring in the formulas.
 */
import { LEVEL1_NAMES, LEVEL2_NAMES } from '../../domain/categories';
import type { Level1Category, Profile } from '../../domain/profiles/types';
import { FUND_COLUMNS, INDICATOR_COLUMNS } from '../vocabulary';
import { ALERT_FILL, AMOUNT, RATE, SCORE, SheetBuilder, a1, range, type LayoutCell } from './builder';
import type { EvaluationExample, IndicatorExample } from './example';
import { blockAbove, cappedFormula, executionScoreFormula, gradeFormula, noCauseFormula } from './formulas';
import { amountRule, templateText, titleRows, type TemplateContext } from './shared';

/** Columns A–I: section labels, then the indicator table's eight columns. */
const WIDTHS = [10, 13, 13, 24, 14, 14, 8, 9, 30] as const;
const LAST = WIDTHS.length - 1;
const CATEGORIES: readonly Level1Category[] = ['output', 'effect', 'satisfaction'];

/** The first-level label as the official table writes it: `产出指标（50分）` when the profile fixes the split. */
export function level1Label(category: Level1Category, profile: Profile): string {
  const weight = profile.levelWeights?.[category];
  return weight === undefined ? LEVEL1_NAMES[category] : `${LEVEL1_NAMES[category]}\n（${String(weight)}分）`;
}

interface EvaluationSpec {
  readonly kind: 'project' | 'overall';
  readonly sheet: string;
  /** Prefix of the sheet's defined names (`项目1_执行率`). */
  readonly prefix: string;
  readonly projectName?: string;
  readonly example?: EvaluationExample;
}

/** The name lines under the title: the project's, its department and implementer; or the unit's. */
function nameRows(spec: EvaluationSpec, unit: string): readonly (readonly LayoutCell[])[] {
  const named = (col: number, to: number, input: string): LayoutCell => ({
    col,
    to,
    input,
    style: { align: 'left' },
  });
  if (spec.kind === 'overall') return [[{ col: 0, label: '预算单位名称' }, named(1, LAST, unit)]];
  return [
    [{ col: 0, label: '项目支出名称' }, named(1, LAST, spec.projectName ?? '')],
    [{ col: 0, label: '主管部门' }, named(1, 3, unit), { col: 4, label: '实施单位' }, named(5, LAST, unit)],
  ];
}

/** Title, the project's or unit's name lines; returns the next row. */
function heading(b: SheetBuilder, spec: EvaluationSpec, context: TemplateContext): number {
  const { year } = context;
  const form =
    spec.kind === 'overall'
      ? { attachment: '附件2', title: `${String(year)}年度预算单位整体支出绩效自评表` }
      : { attachment: '附件3', title: `${String(year)}年度项目支出绩效自评表` };
  let row = titleRows(b, LAST, form, context);
  for (const cells of nameRows(spec, context.unit)) b.lay(row++, cells);
  return row;
}

/** The key cells of the fund block that the totals below refer to. */
interface FundCells {
  readonly weight: string;
  readonly rate: string;
  readonly score: string;
  readonly end: number;
}

/** The breakdown of a project's funds, one line each under 年度资金总额. */
const PROJECT_FUND_LINES = ['其中：当年财政拨款', '上年结转资金', '其他资金'] as const;
/** The breakdowns of a unit's funds, side by side: by income (left) and by spending (right). */
const INCOME_LINES = [
  '其中：一般公共预算：',
  '政府性基金拨款：',
  '纳入专户管理的非税收入拨款：',
  '其他资金：',
] as const;
const SPENDING_LINES = ['其中：基本支出：', '项目支出：'] as const;

/** The block's header row: its name, then the fund columns as the vocabulary names them. */
function fundHeader(b: SheetBuilder, spec: EvaluationSpec, top: number): void {
  const columns = [FUND_COLUMNS.initial, FUND_COLUMNS.budget, FUND_COLUMNS.spent, FUND_COLUMNS.weight];
  b.lay(top, [
    { col: 0, label: spec.kind === 'project' ? '项目资金\n（万元）' : '年度预算申请\n（万元）' },
    { col: 1, label: '' },
    ...columns.map((column, i): LayoutCell => ({ col: 2 + i, label: column.heading })),
    { col: 6, label: FUND_COLUMNS.rate.heading },
    { col: 7, to: LAST, label: FUND_COLUMNS.score.heading },
  ]);
}

/** 年度资金总额: the amounts, 执行率's 分值, and 执行率 and its score as formulas; named for the totals. */
function fundTotal(
  b: SheetBuilder,
  spec: EvaluationSpec,
  profile: Profile,
  total: number,
): Omit<FundCells, 'end'> {
  const example = spec.example?.funds;
  b.label(total, 1, '年度资金总额');
  [example?.initial, example?.budget, example?.spent].forEach((value, i) =>
    b.input(total, 2 + i, AMOUNT, value),
  );
  b.put(total, 5, {
    value: profile.executionWeight,
    format: SCORE,
    style: { border: true, align: 'center' },
  });
  const budget = a1(total, 3);
  const spent = a1(total, 4);
  const weight = a1(total, 5);
  const rate = a1(total, 6);
  b.computed(
    total,
    6,
    `IF(AND(ISNUMBER(${budget}),N(${budget})>0,ISNUMBER(${spent})),${spent}/${budget},"")`,
    RATE,
  );
  b.computed(total, 7, executionScoreFormula(rate, weight, profile), SCORE);
  b.merge(range(total, 7, total, LAST));
  b.names.push(
    { name: `${spec.prefix}_全年预算数`, range: range(total, 3) },
    { name: `${spec.prefix}_全年执行数`, range: range(total, 4) },
    { name: `${spec.prefix}_执行率`, range: range(total, 6) },
    { name: `${spec.prefix}_执行率得分`, range: range(total, 7) },
  );
  return { weight, rate, score: a1(total, 7) };
}

/** A project's 其中 lines: their three amounts; returns the next row. */
function projectLines(b: SheetBuilder, spec: EvaluationSpec, total: number): number {
  let row = total + 1;
  PROJECT_FUND_LINES.forEach((label, i) => {
    const line = spec.example?.funds.lines[i];
    b.lay(row, [
      { col: 1, label, style: { align: 'left' } },
      ...[line?.initial, line?.budget, line?.spent].map((value, c): LayoutCell => ({
        col: 2 + c,
        format: AMOUNT,
        input: value,
      })),
      { col: 5, blank: true },
      { col: 6, blank: true },
      { col: 7, to: LAST, blank: true },
    ]);
    row++;
  });
  b.validate(amountRule(range(total, 2, row - 1, 4)));
  return row;
}

/** A unit's 按收入性质分 and 按支出性质分 side by side, one amount each; returns the next row. */
function overallLines(b: SheetBuilder, spec: EvaluationSpec, total: number): number {
  const example = spec.example?.funds;
  b.lay(total + 1, [
    { col: 1, to: 3, label: '按收入性质分：', style: { align: 'left' } },
    { col: 4, to: LAST, label: '按支出性质分：', style: { align: 'left' } },
  ]);
  const first = total + 2;
  INCOME_LINES.forEach((label, i) => {
    const spending = SPENDING_LINES[i];
    // The spending side has fewer lines: the rest stay bordered blanks, the table a closed rectangle.
    const right: LayoutCell[] = spending
      ? [
          { col: 4, to: 5, label: spending, style: { align: 'left' } },
          { col: 6, to: LAST, format: AMOUNT, input: example?.spending[i] },
        ]
      : [
          { col: 4, to: 5, blank: true },
          { col: 6, to: LAST, blank: true },
        ];
    b.lay(first + i, [
      { col: 1, to: 2, label, style: { align: 'left' } },
      { col: 3, format: AMOUNT, input: example?.income[i] },
      ...right,
    ]);
  });
  const end = first + INCOME_LINES.length;
  b.validate(amountRule(range(total, 2, total, 4)));
  b.validate(amountRule(range(first, 3, end - 1, 3)));
  b.validate(amountRule(range(first, 6, first + SPENDING_LINES.length - 1, 6)));
  return end;
}

/** The profile asks for a reason below this rate: a cell of its own, red while the reason is missing. */
function reasonRow(b: SheetBuilder, threshold: number, rate: string, row: number): void {
  const percent = `${String(Math.round(threshold * 1000) / 10)}%`;
  b.lay(row, [
    { col: 0, to: 1, label: `执行率低于${percent}的原因说明`, style: { align: 'left' } },
    { col: 2, to: LAST, input: undefined, style: { align: 'left' } },
  ]);
  b.atLeast(row, 36);
  b.conditionalFormats.push({
    range: range(row, 2),
    formula: `AND(ISNUMBER(${rate}),${rate}<${String(threshold)},LEN(TRIM(${a1(row, 2)}))=0)`,
    fill: ALERT_FILL,
  });
}

/** 项目资金 / 年度预算申请: header, 年度资金总额 with 执行率 and its score, and the breakdown rows. */
function fundBlock(b: SheetBuilder, spec: EvaluationSpec, context: TemplateContext, top: number): FundCells {
  const { profile } = context;
  fundHeader(b, spec, top);
  const total = fundTotal(b, spec, profile, top + 1);
  const row = spec.kind === 'project' ? projectLines(b, spec, top + 1) : overallLines(b, spec, top + 1);
  b.merge(range(top, 0, row - 1, 0));
  const threshold = profile.reasonRequiredBelowRate;
  if (threshold === null) return { ...total, end: row };
  reasonRow(b, threshold, total.rate, row);
  return { ...total, end: row + 1 };
}

/** 年度总体目标: 预期目标 and 实际完成情况, with room for a paragraph each. */
function goals(b: SheetBuilder, spec: EvaluationSpec, top: number): number {
  b.label(top, 0, '年度总体目标');
  b.merge(range(top, 0, top + 1, 0));
  b.label(top, 1, '预期目标');
  b.merge(range(top, 1, top, 4));
  b.label(top, 5, '实际完成情况');
  b.merge(range(top, 5, top, LAST));
  b.input(top + 1, 1, undefined, spec.example?.goal, { align: 'left' });
  b.merge(range(top + 1, 1, top + 1, 4));
  b.input(top + 1, 5, undefined, spec.example?.achieved, { align: 'left' });
  b.merge(range(top + 1, 5, top + 1, LAST));
  b.atLeast(top + 1, 96);
  return top + 2;
}

/** The indicator table's columns, B–I, after its 绩效指标 label. */
const INDICATOR_HEADINGS = [
  INDICATOR_COLUMNS.level1,
  INDICATOR_COLUMNS.level2,
  INDICATOR_COLUMNS.level3,
  INDICATOR_COLUMNS.target,
  INDICATOR_COLUMNS.result,
  INDICATOR_COLUMNS.weight,
  INDICATOR_COLUMNS.score,
  INDICATOR_COLUMNS.cause,
].map((column) => column.heading);

/** One indicator row to fill in: 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因 (C–H labels stand merged). */
function indicatorRow(example: IndicatorExample | undefined): LayoutCell[] {
  return [
    { col: 3, input: example?.name, style: { align: 'left' } },
    { col: 4, input: example?.target },
    { col: 5, input: example?.result },
    { col: 6, format: SCORE, input: example?.weight, style: { align: 'center' } },
    { col: 7, format: SCORE, input: example?.score, style: { align: 'center' } },
    { col: 8, input: example?.cause, style: { align: 'left' } },
  ];
}

/** The header, then rows per 二级指标 under merged 一级 and 二级 labels; returns the first and last row. */
function indicatorRows(
  b: SheetBuilder,
  spec: EvaluationSpec,
  context: TemplateContext,
  header: number,
): { first: number; last: number } {
  b.label(header, 0, '绩效指标');
  INDICATOR_HEADINGS.forEach((heading, i) => b.label(header, 1 + i, heading));
  const first = header + 1;
  let row = first;
  for (const category of CATEGORIES) {
    const categoryTop = row;
    for (const level2 of LEVEL2_NAMES[category]) {
      const groupTop = row;
      for (let i = 0; i < context.rowsPerLevel2; i++)
        b.lay(row++, indicatorRow(i === 0 ? spec.example?.indicators.get(level2) : undefined));
      // Labels one may rename (a province's own 二级指标), unlocked so that rows can be deleted.
      b.input(groupTop, 2, undefined, level2, { align: 'center', fill: 'DDEBF7' });
      b.merge(range(groupTop, 2, row - 1, 2));
    }
    const label = level1Label(category, context.profile);
    b.input(categoryTop, 1, undefined, label, { align: 'center', fill: 'DDEBF7' });
    b.merge(range(categoryTop, 1, row - 1, 1));
  }
  b.merge(range(header, 0, row - 1, 0));
  b.openRows.push([first, row - 1]);
  return { first, last: row - 1 };
}

/** 分值 and 得分 within their bounds, and 偏差原因 red on a row that lost points and states no cause. */
function indicatorRules(b: SheetBuilder, first: number, last: number): void {
  const weight = a1(first, 6);
  const score = a1(first, 7);
  b.validate({
    range: range(first, 6, last, 6),
    type: 'decimal',
    min: 0,
    max: 100,
    prompt: templateText('templates.weight.prompt'),
    error: templateText('templates.weight.error'),
  });
  b.validate({
    range: range(first, 7, last, 7),
    type: 'custom',
    formula: `AND(ISNUMBER(${score}),${score}>=0,${score}<=N(${weight}))`,
    prompt: templateText('templates.score.prompt'),
    error: templateText('templates.score.error'),
  });
  // A row that lost points and states no cause (or only 无, /, 同上…) turns its 偏差原因 cell red (domain.md §5).
  const g = `$G${String(first + 1)}`;
  const h = `$H${String(first + 1)}`;
  b.conditionalFormats.push({
    range: range(first, 8, last, 8),
    formula: `AND(ISNUMBER(${h}),ISNUMBER(${g}),${h}<${g},${noCauseFormula(`$I${String(first + 1)}`)})`,
    fill: ALERT_FILL,
  });
}

/** 总分 (its 分值 red unless 100) and 自评等级 under the table, named for a reader; returns the row after. */
function totalRows(
  b: SheetBuilder,
  spec: EvaluationSpec,
  profile: Profile,
  fund: FundCells,
  header: number,
  total: number,
): number {
  b.lay(total, [{ col: 0, to: 5, label: '总分' }]);
  const weights = blockAbove(6, header);
  const scores = blockAbove(7, header);
  b.computed(total, 6, `IF(COUNT(${weights})=0,"",N(${fund.weight})+SUM(${weights}))`, SCORE);
  const sum = `ROUND(N(${fund.score})+SUM(${scores}),2)`;
  b.computed(
    total,
    7,
    `IF(COUNT(${fund.score},${scores})=0,"",${cappedFormula(sum, fund.rate, profile)})`,
    SCORE,
  );
  b.blank(total, 8);
  // 分值 that do not add up to 100 show red.
  b.conditionalFormats.push({
    range: range(total, 6),
    formula: `AND(ISNUMBER(${a1(total, 6)}),ROUND(${a1(total, 6)},2)<>100)`,
    fill: ALERT_FILL,
  });
  const grade = total + 1;
  b.lay(grade, [{ col: 0, to: 5, label: '自评等级' }]);
  b.computed(grade, 6, gradeFormula(a1(total, 7), profile));
  b.merge(range(grade, 6, grade, LAST));
  b.names.push(
    { name: `${spec.prefix}_总分`, range: range(total, 7) },
    { name: `${spec.prefix}_等级`, range: range(grade, 6) },
  );
  return grade + 1;
}

/** 绩效指标: the header, rows per 二级指标 under merged labels, 总分 and 自评等级; returns the row after. */
function indicators(
  b: SheetBuilder,
  spec: EvaluationSpec,
  context: TemplateContext,
  fund: FundCells,
  header: number,
): number {
  const { first, last } = indicatorRows(b, spec, context, header);
  indicatorRules(b, first, last);
  return totalRows(b, spec, context.profile, fund, header, last + 1);
}

/** 附件2 or 附件3, filled with the example when one is given. */
export function evaluationSheet(spec: EvaluationSpec, context: TemplateContext) {
  const b = new SheetBuilder(WIDTHS);
  const fundTop = heading(b, spec, context);
  const fund = fundBlock(b, spec, context, fundTop);
  const header = goals(b, spec, fund.end);
  let row = indicators(b, spec, context, fund, header);
  if (spec.kind === 'project') b.text(row++, LAST, templateText('templates.project.note'));
  b.text(row + 1, LAST, context.signOff);
  return b.plan(spec.sheet, {
    print: { titleRows: [header, header], fitToWidth: true, landscape: true, footer: context.footer },
  });
}
