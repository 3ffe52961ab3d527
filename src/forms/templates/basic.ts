/**
 * 附件1 整体支出绩效评价基础数据表 (domain.md §1.3), as the official table: subtotals over blocks that take rows
 * inserted anywhere, 公用经费 an input as its 说明 defines it, totals blank until something is entered.
 */
import type { SheetPlan } from '../../sheet/plan';
import { AMOUNT, RATE, SheetBuilder, a1, range } from './builder';
import { BASIC_EXAMPLE, type BasicAmounts } from './example';
import { blankOrSum, blockBelow } from './formulas';
import { amountRule, templateText, titleRows, type TemplateContext } from './shared';

/** Columns A–G: labels, then three amounts (the third widened to close the table) or the 楼堂馆所 figures. */
const WIDTHS = [34, 13, 14, 13, 12, 12, 13] as const;
const LAST = WIDTHS.length - 1;

export interface BasicOptions {
  /** Lines for 区级专项资金 (one 专项 a line) and for 上级转移支付. */
  readonly specialRows: number;
  readonly transferRows: number;
  readonly example: boolean;
}

const NONE: BasicAmounts = [null, null, null];

type Example = typeof BASIC_EXAMPLE;
/** The rows the subtotals name: where a block starts, and where the block above it ends. */
type ExpenseKey = 'threePublic' | 'vehicles' | 'abroad' | 'projects' | 'special' | 'transfer' | 'publicFunds';

/** One row of 经费控制情况: a line one fills in, a subtotal over the rows below it, or lines one names. */
type ExpenseRow =
  | {
      readonly line: string;
      readonly bold?: true;
      readonly key?: ExpenseKey;
      readonly example: (x: Example) => BasicAmounts;
    }
  | {
      readonly total: string;
      readonly bold: boolean;
      readonly key: ExpenseKey;
      /** Sums the rows below it down to the row `until`, less the subtotals inside that block. */
      readonly sums: { readonly until: ExpenseKey; readonly less?: readonly ExpenseKey[] };
    }
  | { readonly named: 'special' | 'transfer' };

/** 经费控制情况 as the official table lists it: 三公经费 = 1 + 2 + 3, 项目支出 = 1 + 2 + 3 + 4. */
const EXPENSES: readonly ExpenseRow[] = [
  { total: '三公经费', bold: true, key: 'threePublic', sums: { until: 'projects', less: ['vehicles'] } },
  { total: '1、公务用车购置和维护经费', bold: false, key: 'vehicles', sums: { until: 'abroad' } },
  { line: '其中：公车购置', example: (x) => x.vehicles['purchase'] ?? NONE },
  { line: '公车运行维护', example: (x) => x.vehicles['running'] ?? NONE },
  { line: '2、出国经费', key: 'abroad', example: (x) => x.abroad },
  { line: '3、公务接待', example: (x) => x.reception },
  {
    total: '项目支出：',
    bold: true,
    key: 'projects',
    sums: { until: 'publicFunds', less: ['special', 'transfer'] },
  },
  { line: '1、业务工作经费', example: (x) => x.operations },
  { line: '2、运行维护经费', example: (x) => x.maintenance },
  { total: '3、区级专项资金(一个专项一行)', bold: false, key: 'special', sums: { until: 'transfer' } },
  { named: 'special' },
  { total: '4、上级转移支付(一个专项一行)', bold: false, key: 'transfer', sums: { until: 'publicFunds' } },
  { named: 'transfer' },
  { line: '公用经费', bold: true, key: 'publicFunds', example: (x) => x.publicFunds },
  { line: '其中：办公经费', example: (x) => x.publicLines[0] ?? NONE },
  { line: '水费、电费、差旅费', example: (x) => x.publicLines[1] ?? NONE },
  { line: '会议费、培训费', example: (x) => x.publicLines[2] ?? NONE },
  { line: '政府采购金额', bold: true, example: (x) => x.procurement },
  { line: '部门基本支出预算调整', bold: true, example: (x) => x.adjustment },
];

/** 楼堂馆所控制情况: the header of its one line of figures. */
const buildingHeadings = (year: number): readonly string[] => [
  `楼堂馆所控制情况\n（${String(year)}年完工项目）`,
  '批复规模\n（m²）',
  '实际规模\n（m²）',
  '规模控制率',
  '预算投资\n（万元）',
  '实际投资\n（万元）',
  '投资概算控制率',
];

/** Walks down the 经费控制情况 rows, the example's amounts in them when the pack is an example. */
class ExpenseLayout {
  row: number;
  readonly rows = new Map<ExpenseKey, number>();

  constructor(
    readonly b: SheetBuilder,
    readonly example: Example | undefined,
    top: number,
  ) {
    this.row = top;
  }

  /** Three amount cells of a line (the third merged to the table's right edge). */
  amounts(row: number, values: BasicAmounts): void {
    [1, 2, 3].forEach((col, i) =>
      this.b.input(row, col, AMOUNT, this.example ? (values[i] ?? undefined) : undefined),
    );
    this.b.merge(range(row, 3, row, LAST));
  }

  /** Lays out one row of the table, or the named lines it stands for. */
  add(entry: ExpenseRow, options: BasicOptions): void {
    const row = this.row;
    if ('named' in entry) {
      const special = entry.named === 'special';
      this.namedLines(
        special ? options.specialRows : options.transferRows,
        special ? (this.example?.special ?? []) : [],
      );
      return;
    }
    this.row++;
    if ('line' in entry) {
      this.b.label(row, 0, entry.line, { align: 'left', ...(entry.bold ? { bold: true } : {}) });
      this.amounts(row, this.example ? entry.example(this.example) : NONE);
    } else {
      // The subtotal's formulas are written once the row its block reaches down to is known (sumDown).
      this.b.label(row, 0, entry.total, { align: 'left', bold: entry.bold });
      for (const col of [1, 2, 3]) this.b.computed(row, col, '', AMOUNT);
      this.b.merge(range(row, 3, row, LAST));
    }
    if (entry.key) this.rows.set(entry.key, row);
  }

  /** Lines one names and fills (a 专项 a line), unlocked as whole rows so that rows can be added. */
  namedLines(count: number, examples: readonly (readonly [string, BasicAmounts])[]): void {
    const first = this.row;
    for (let i = 0; i < count; i++) {
      const row = this.row++;
      const example = this.example ? examples[i] : undefined;
      this.b.input(row, 0, undefined, example?.[0], { align: 'left' });
      this.amounts(row, example?.[1] ?? NONE);
    }
    this.b.openRows.push([first, this.row - 1]);
  }

  /** Writes each subtotal's formulas: the block below it, down to the row it names, less its own subtotals. */
  sumDown(): void {
    const at = (key: ExpenseKey): number => this.rows.get(key) ?? 0;
    for (const entry of EXPENSES) {
      if (!('total' in entry)) continue;
      const row = at(entry.key);
      const next = at(entry.sums.until);
      for (const col of [1, 2, 3]) {
        const cell = this.b.cells.find((c) => c.row === row && c.col === col);
        const less = (entry.sums.less ?? []).map((key) => a1(at(key), col));
        if (cell)
          Object.assign(cell, { formula: blankOrSum(blockBelow(col, `$A$${String(next + 1)}`), less) });
      }
    }
  }
}

/** 预算单位名称 and 财政供养人员情况 with its 控制率; returns the next row. */
function staffing(
  b: SheetBuilder,
  top: number,
  context: TemplateContext,
  example: Example | undefined,
): number {
  const { year } = context;
  b.lay(top, [
    { col: 0, label: '预算单位名称' },
    { col: 1, to: LAST, input: context.unit, style: { align: 'left' } },
  ]);
  const row = top + 1;
  const values = row + 1;
  b.merge(range(row, 0, values, 0));
  b.lay(row, [
    { col: 0, label: '财政供养人员情况（人）' },
    { col: 1, label: '编制数' },
    { col: 2, label: `${String(year)}年实际在职人数` },
    { col: 3, to: LAST, label: '控制率' },
  ]);
  const [approved, actual] = [`B${String(values + 1)}`, `C${String(values + 1)}`];
  b.input(values, 1, '0', example?.staffing.approved);
  b.input(values, 2, '0', example?.staffing.actual);
  b.computed(
    values,
    3,
    `IF(AND(ISNUMBER(${approved}),N(${approved})>0,ISNUMBER(${actual})),${actual}/${approved},"")`,
    RATE,
  );
  b.merge(range(values, 3, values, LAST));
  b.validate({
    range: range(values, 1, values, 2),
    type: 'custom',
    formula: `AND(ISNUMBER(${approved}),${approved}>=0,INT(${approved})=${approved})`,
    prompt: templateText('templates.staff.prompt'),
    error: templateText('templates.staff.error'),
  });
  return values + 1;
}

/** 经费控制情况: its header, the table of rows, the subtotals' formulas and the amount rule; returns the next row. */
function expenses(b: SheetBuilder, top: number, context: TemplateContext, options: BasicOptions): number {
  const { year } = context;
  b.lay(top, [
    { col: 0, label: '经费控制情况（万元）' },
    { col: 1, label: `${String(year - 1)}年决算数` },
    { col: 2, label: `${String(year)}年预算数` },
    { col: 3, to: LAST, label: `${String(year)}年决算数` },
  ]);
  const layout = new ExpenseLayout(b, options.example ? BASIC_EXAMPLE : undefined, top + 1);
  for (const entry of EXPENSES) layout.add(entry, options);
  layout.sumDown();
  b.validate(amountRule(range(top + 1, 1, layout.row - 1, 3)));
  return layout.row;
}

/** 楼堂馆所控制情况 with its two 控制率, then 厉行节约保障措施; returns the row of the measures. */
function buildings(
  b: SheetBuilder,
  top: number,
  context: TemplateContext,
  example: Example | undefined,
): number {
  buildingHeadings(context.year).forEach((text, i) => b.label(top, i, text));
  const values = top + 1;
  b.input(values, 0, undefined, undefined, { align: 'left' });
  for (const col of [1, 2, 4, 5]) b.input(values, col, AMOUNT);
  const rateOf = (part: number, whole: number): string =>
    `IF(AND(ISNUMBER(${a1(values, whole)}),N(${a1(values, whole)})>0,ISNUMBER(${a1(values, part)})),${a1(values, part)}/${a1(values, whole)},"")`;
  b.computed(values, 3, rateOf(2, 1), RATE);
  b.computed(values, 6, rateOf(5, 4), RATE);
  b.validate({
    ...amountRule(range(values, 1, values, 2)),
    prompt: templateText('templates.area.prompt'),
    error: templateText('templates.area.error'),
  });
  b.validate(amountRule(range(values, 4, values, 5)));
  const measures = values + 1;
  b.lay(measures, [
    { col: 0, label: '厉行节约保障措施' },
    { col: 1, to: LAST, input: example?.thrift, style: { align: 'left' } },
  ]);
  b.atLeast(measures, 60);
  return measures;
}

export function basicSheet(sheet: string, context: TemplateContext, options: BasicOptions): SheetPlan {
  const b = new SheetBuilder(WIDTHS);
  const example = options.example ? BASIC_EXAMPLE : undefined;
  const title = `${String(context.year)}年度预算单位整体支出绩效评价基础数据表`;
  const top = titleRows(b, LAST, { attachment: '附件1', title }, context);
  const expensesTop = staffing(b, top, context, example);
  const buildingsTop = expenses(b, expensesTop, context, options);
  const measures = buildings(b, buildingsTop, context, example);
  b.text(measures + 1, LAST, templateText('templates.basic.note'));
  b.text(measures + 3, LAST, context.signOff);
  return b.plan(sheet, { print: { fitToWidth: true, footer: context.footer } });
}
