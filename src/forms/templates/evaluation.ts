/**
 * 附件2 整体支出绩效自评表 and 附件3 项目支出绩效自评表, cell for cell as the official tables (seed 004):
 * wording from the vocabulary recognition reads them with, 一级 and 二级 labels merged over their rows,
 * totals over blocks that take inserted rows, and the profile's scoring in the formulas.
 */
import { LEVEL1_NAMES, LEVEL2_NAMES } from '../../domain/categories';
import type { Level1Category, Profile } from '../../domain/profiles/types';
import { FUND_COLUMNS, INDICATOR_COLUMNS } from '../vocabulary';
import { ALERT_FILL, AMOUNT, RATE, SCORE, SheetBuilder, a1, range } from './builder';
import type { EvaluationExample } from './example';
import { blockAbove, cappedFormula, executionScoreFormula, gradeFormula, noCauseFormula } from './formulas';
import { amountRule, type TemplateContext } from './shared';

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

/** Title, the project's or unit's name lines; returns the next row. */
function heading(b: SheetBuilder, spec: EvaluationSpec, context: TemplateContext): number {
  const { year, unit } = context;
  b.text(0, LAST, spec.kind === 'overall' ? '附件2' : '附件3', { bold: true, fontSize: 12 });
  const title =
    spec.kind === 'overall'
      ? `${String(year)}年度预算单位整体支出绩效自评表`
      : `${String(year)}年度项目支出绩效自评表`;
  b.put(1, 0, { value: title, style: { bold: true, fontSize: 16, align: 'center', wrap: false } });
  b.merge(range(1, 0, 1, LAST));
  let row = 2;
  if (context.issuerLine) b.text(row++, LAST, context.issuerLine, { align: 'right', fontSize: 10 });
  if (spec.kind === 'project') {
    b.label(row, 0, '项目支出名称');
    b.input(row, 1, undefined, spec.projectName ?? '', { align: 'left' });
    b.merge(range(row, 1, row, LAST));
    row++;
    b.label(row, 0, '主管部门');
    b.input(row, 1, undefined, unit, { align: 'left' });
    b.merge(range(row, 1, row, 3));
    b.label(row, 4, '实施单位');
    b.input(row, 5, undefined, unit, { align: 'left' });
    b.merge(range(row, 5, row, LAST));
  } else {
    b.label(row, 0, '预算单位名称');
    b.input(row, 1, undefined, unit, { align: 'left' });
    b.merge(range(row, 1, row, LAST));
  }
  return row + 1;
}

/** The key cells of the fund block that the totals below refer to. */
interface FundCells {
  readonly weight: string;
  readonly rate: string;
  readonly score: string;
  readonly end: number;
}

/** 项目资金 / 年度预算申请: header, 年度资金总额 with 执行率 and its score, and the breakdown rows. */
function fundBlock(b: SheetBuilder, spec: EvaluationSpec, context: TemplateContext, top: number): FundCells {
  const { profile } = context;
  const example = spec.example?.funds;
  b.label(top, 0, spec.kind === 'project' ? '项目资金\n（万元）' : '年度预算申请\n（万元）');
  b.label(top, 1, '');
  const columns = [FUND_COLUMNS.initial, FUND_COLUMNS.budget, FUND_COLUMNS.spent, FUND_COLUMNS.weight];
  columns.forEach((spec, i) => b.label(top, 2 + i, spec.heading));
  b.label(top, 6, FUND_COLUMNS.rate.heading);
  b.label(top, 7, FUND_COLUMNS.score.heading);
  b.merge(range(top, 7, top, LAST));

  const total = top + 1;
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
  const rate = a1(total, 6);
  const weight = a1(total, 5);
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

  let row = total + 1;
  if (spec.kind === 'project') {
    ['其中：当年财政拨款', '上年结转资金', '其他资金'].forEach((label, i) => {
      b.label(row, 1, label, { align: 'left' });
      const line = example?.lines[i];
      [line?.initial, line?.budget, line?.spent].forEach((value, c) => b.input(row, 2 + c, AMOUNT, value));
      b.blank(row, 5);
      b.blank(row, 6);
      b.blank(row, 7);
      b.merge(range(row, 7, row, LAST));
      row++;
    });
    b.validate(amountRule(range(total, 2, row - 1, 4)));
  } else {
    b.label(row, 1, '按收入性质分：', { align: 'left' });
    b.merge(range(row, 1, row, 3));
    b.label(row, 4, '按支出性质分：', { align: 'left' });
    b.merge(range(row, 4, row, LAST));
    row++;
    const income = ['其中：一般公共预算：', '政府性基金拨款：', '纳入专户管理的非税收入拨款：', '其他资金：'];
    const spending = ['其中：基本支出：', '项目支出：'];
    const first = row;
    income.forEach((label, i) => {
      b.label(row, 1, label, { align: 'left' });
      b.merge(range(row, 1, row, 2));
      b.input(row, 3, AMOUNT, example?.income[i]);
      const other = spending[i];
      if (other) {
        b.label(row, 4, other, { align: 'left' });
        b.input(row, 6, AMOUNT, example?.spending[i]);
      } else {
        b.blank(row, 4);
        b.blank(row, 6);
      }
      b.merge(range(row, 4, row, 5));
      b.merge(range(row, 6, row, LAST));
      row++;
    });
    b.validate(amountRule(range(total, 2, total, 4)));
    b.validate(amountRule(range(first, 3, row - 1, 3)));
    b.validate(amountRule(range(first, 6, first + spending.length - 1, 6)));
  }
  b.merge(range(top, 0, row - 1, 0));

  const threshold = profile.reasonRequiredBelowRate;
  if (threshold !== null) {
    // The profile asks for a reason below this rate: a cell of its own, red while the reason is missing.
    const percent = `${String(Math.round(threshold * 1000) / 10)}%`;
    b.label(row, 0, `执行率低于${percent}的原因说明`, { align: 'left' });
    b.merge(range(row, 0, row, 1));
    b.input(row, 2, undefined, undefined, { align: 'left' });
    b.merge(range(row, 2, row, LAST));
    b.atLeast(row, 36);
    b.conditionalFormats.push({
      range: range(row, 2),
      formula: `AND(ISNUMBER(${rate}),${rate}<${String(threshold)},LEN(TRIM(${a1(row, 2)}))=0)`,
      fill: ALERT_FILL,
    });
    row++;
  }
  return { weight, rate, score: a1(total, 7), end: row };
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

/** 绩效指标: the header, rows per 二级指标 under merged labels, 总分 and 自评等级; returns the row after. */
function indicators(
  b: SheetBuilder,
  spec: EvaluationSpec,
  context: TemplateContext,
  fund: FundCells,
  header: number,
): { total: number; end: number } {
  const { profile } = context;
  const columns = [
    INDICATOR_COLUMNS.level1,
    INDICATOR_COLUMNS.level2,
    INDICATOR_COLUMNS.level3,
    INDICATOR_COLUMNS.target,
    INDICATOR_COLUMNS.result,
    INDICATOR_COLUMNS.weight,
    INDICATOR_COLUMNS.score,
    INDICATOR_COLUMNS.cause,
  ];
  b.label(header, 0, '绩效指标');
  columns.forEach((column, i) => b.label(header, 1 + i, column.heading));

  const first = header + 1;
  let row = first;
  for (const category of CATEGORIES) {
    const categoryTop = row;
    for (const level2 of LEVEL2_NAMES[category]) {
      const groupTop = row;
      for (let i = 0; i < context.rowsPerLevel2; i++) {
        const example = i === 0 ? spec.example?.indicators.get(level2) : undefined;
        b.input(row, 3, undefined, example?.name, { align: 'left' });
        b.input(row, 4, undefined, example?.target);
        b.input(row, 5, undefined, example?.result);
        b.input(row, 6, SCORE, example?.weight, { align: 'center' });
        b.input(row, 7, SCORE, example?.score, { align: 'center' });
        b.input(row, 8, undefined, example?.cause, { align: 'left' });
        row++;
      }
      // Labels one may rename (a province's own 二级指标), unlocked so that rows can be deleted.
      b.input(groupTop, 2, undefined, level2, { align: 'center', fill: 'DDEBF7' });
      b.merge(range(groupTop, 2, row - 1, 2));
    }
    b.input(categoryTop, 1, undefined, level1Label(category, profile), { align: 'center', fill: 'DDEBF7' });
    b.merge(range(categoryTop, 1, row - 1, 1));
  }
  const last = row - 1;
  b.merge(range(header, 0, last, 0));
  b.openRows.push([first, last]);

  const weight = a1(first, 6);
  const score = a1(first, 7);
  b.validate({
    range: range(first, 6, last, 6),
    type: 'decimal',
    min: 0,
    max: 100,
    prompt: '填写本指标的分值：0 到 100 之间的数。',
    error: '分值应为 0 到 100 之间的数。',
  });
  b.validate({
    range: range(first, 7, last, 7),
    type: 'custom',
    formula: `AND(ISNUMBER(${score}),${score}>=0,${score}<=N(${weight}))`,
    prompt: '填写自评得分：不小于 0，不超过本行的分值。',
    error: '自评得分应在 0 与本行分值之间。请先填写分值，再填写得分。',
  });
  // A row that lost points and states no cause (or only 无, /, 同上…) turns its 偏差原因 cell red (DOMAIN §5).
  const g = `$G${String(first + 1)}`;
  const h = `$H${String(first + 1)}`;
  b.conditionalFormats.push({
    range: range(first, 8, last, 8),
    formula: `AND(ISNUMBER(${h}),ISNUMBER(${g}),${h}<${g},${noCauseFormula(`$I${String(first + 1)}`)})`,
    fill: ALERT_FILL,
  });

  const total = last + 1;
  b.label(total, 0, '总分');
  b.merge(range(total, 0, total, 5));
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
  b.label(grade, 0, '自评等级');
  b.merge(range(grade, 0, grade, 5));
  b.computed(grade, 6, gradeFormula(a1(total, 7), profile));
  b.merge(range(grade, 6, grade, LAST));
  b.names.push(
    { name: `${spec.prefix}_总分`, range: range(total, 7) },
    { name: `${spec.prefix}_等级`, range: range(grade, 6) },
  );
  return { total, end: grade + 1 };
}

/** 附件2 or 附件3, filled with the example when one is given. */
export function evaluationSheet(spec: EvaluationSpec, context: TemplateContext) {
  const b = new SheetBuilder(WIDTHS);
  const fundTop = heading(b, spec, context);
  const fund = fundBlock(b, spec, context, fundTop);
  const header = goals(b, spec, fund.end);
  const { end } = indicators(b, spec, context, fund, header);
  let row = end;
  if (spec.kind === 'project') {
    b.text(
      row++,
      LAST,
      '备注：每个一级项目支出一张表。如，业务工作经费，运行维护经费，其他事业发展类资金……各一张表。',
    );
  }
  b.text(row + 1, LAST, context.signOff);
  return b.plan(spec.sheet, {
    print: { titleRows: [header, header], fitToWidth: true, landscape: true, footer: context.footer },
  });
}
