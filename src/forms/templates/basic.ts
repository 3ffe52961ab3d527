/**
 * 附件1 整体支出绩效评价基础数据表 (DOMAIN §1.3), as the official table: subtotals over blocks that take rows
 * inserted anywhere, 公用经费 an input as its 说明 defines it, totals blank until something is entered.
 */
import type { Merge } from '../../sheet/grid';
import type { SheetPlan } from '../../sheet/plan';
import { AMOUNT, RATE, SheetBuilder, a1, range } from './builder';
import { BASIC_EXAMPLE, type BasicAmounts } from './example';
import { blankOrSum, blockBelow } from './formulas';
import { amountRule, type TemplateContext } from './shared';

/** Columns A–G: labels, then three amounts (the third widened to close the table) or the 楼堂馆所 figures. */
const WIDTHS = [34, 13, 14, 13, 12, 12, 13] as const;
const LAST = WIDTHS.length - 1;
const NOTE =
  '说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。';

export interface BasicOptions {
  /** Lines for 区级专项资金 (one 专项 a line) and for 上级转移支付. */
  readonly specialRows: number;
  readonly transferRows: number;
  readonly example: boolean;
}

const NONE: BasicAmounts = [null, null, null];

class BasicLayout {
  row = 0;
  constructor(
    readonly b: SheetBuilder,
    readonly example: boolean,
  ) {}

  /** Three amount cells of a line (the third merged to the table's right edge). */
  amounts(row: number, values: BasicAmounts): void {
    [1, 2, 3].forEach((col, i) =>
      this.b.input(row, col, AMOUNT, this.example ? (values[i] ?? undefined) : undefined),
    );
    this.b.merge(range(row, 3, row, LAST));
  }

  /** A line one fills in: its label, its amounts. */
  line(label: string, values: BasicAmounts = NONE, style = {}): number {
    const row = this.row++;
    this.b.label(row, 0, label, { align: 'left', ...style });
    this.amounts(row, values);
    return row;
  }

  /** A total whose amounts the formulas give; `formula(col)` is each column's. */
  total(label: string, formula: (col: number) => string, bold = false): number {
    const row = this.row++;
    this.b.label(row, 0, label, { align: 'left', bold });
    for (const col of [1, 2, 3]) this.b.computed(row, col, formula(col), AMOUNT);
    this.b.merge(range(row, 3, row, LAST));
    return row;
  }

  /** Lines one names and fills (a 专项 a line), unlocked as whole rows so that rows can be added. */
  namedLines(count: number, examples: readonly (readonly [string, BasicAmounts])[]): [number, number] {
    const first = this.row;
    for (let i = 0; i < count; i++) {
      const row = this.row++;
      const example = this.example ? examples[i] : undefined;
      this.b.input(row, 0, undefined, example?.[0], { align: 'left' });
      this.amounts(row, example?.[1] ?? NONE);
    }
    this.b.openRows.push([first, this.row - 1]);
    return [first, this.row - 1];
  }
}

/** Writes a formula into a row already laid out, once the row it must reach down to is known. */
function sumDown(b: SheetBuilder, row: number, nextLabel: number, less: readonly number[] = []): void {
  for (const col of [1, 2, 3]) {
    const cell = b.cells.find((c) => c.row === row && c.col === col);
    if (cell)
      Object.assign(cell, {
        formula: blankOrSum(
          blockBelow(col, `$A$${String(nextLabel + 1)}`),
          less.map((r) => a1(r, col)),
        ),
      });
  }
}

export function basicSheet(sheet: string, context: TemplateContext, options: BasicOptions): SheetPlan {
  const { year } = context;
  const b = new SheetBuilder(WIDTHS);
  const x = options.example ? BASIC_EXAMPLE : undefined;
  const layout = new BasicLayout(b, options.example);
  b.text(0, LAST, '附件1', { bold: true, fontSize: 12 });
  b.put(1, 0, {
    value: `${String(year)}年度预算单位整体支出绩效评价基础数据表`,
    style: { bold: true, fontSize: 16, align: 'center', wrap: false },
  });
  b.merge(range(1, 0, 1, LAST));
  let row = 2;
  if (context.issuerLine) b.text(row++, LAST, context.issuerLine, { align: 'right', fontSize: 10 });

  b.label(row, 0, '预算单位名称');
  b.input(row, 1, undefined, context.unit, { align: 'left' });
  b.merge(range(row, 1, row, LAST));
  row++;

  b.label(row, 0, '财政供养人员情况（人）');
  b.merge(range(row, 0, row + 1, 0));
  b.label(row, 1, '编制数');
  b.label(row, 2, `${String(year)}年实际在职人数`);
  b.label(row, 3, '控制率');
  b.merge(range(row, 3, row, LAST));
  b.input(row + 1, 1, '0', x?.staffing.approved);
  b.input(row + 1, 2, '0', x?.staffing.actual);
  b.computed(
    row + 1,
    3,
    `IF(AND(ISNUMBER(B${String(row + 2)}),N(B${String(row + 2)})>0,ISNUMBER(C${String(row + 2)})),C${String(row + 2)}/B${String(row + 2)},"")`,
    RATE,
  );
  b.merge(range(row + 1, 3, row + 1, LAST));
  b.validate({
    range: range(row + 1, 1, row + 1, 2),
    type: 'custom',
    formula: `AND(ISNUMBER(B${String(row + 2)}),B${String(row + 2)}>=0,INT(B${String(row + 2)})=B${String(row + 2)})`,
    prompt: '填写人数：不小于 0 的整数。',
    error: '人数应为不小于 0 的整数。',
  });
  row += 2;

  b.label(row, 0, '经费控制情况（万元）');
  b.label(row, 1, `${String(year - 1)}年决算数`);
  b.label(row, 2, `${String(year)}年预算数`);
  b.label(row, 3, `${String(year)}年决算数`);
  b.merge(range(row, 3, row, LAST));
  layout.row = row + 1;
  const amountsFrom = layout.row;

  // 三公经费 = 1 + 2 + 3, where 1 is the subtotal of its 其中 lines.
  const threePublic = layout.total('三公经费', () => '', true);
  const vehicles = layout.total('1、公务用车购置和维护经费', () => '');
  layout.line('其中：公车购置', x?.vehicles['purchase']);
  layout.line('公车运行维护', x?.vehicles['running']);
  const abroad = layout.line('2、出国经费', x?.abroad);
  layout.line('3、公务接待', x?.reception);
  // 项目支出 = 1 + 2 + 3 + 4, where 3 and 4 are subtotals of their lines.
  const projects = layout.total('项目支出：', () => '', true);
  layout.line('1、业务工作经费', x?.operations);
  layout.line('2、运行维护经费', x?.maintenance);
  const special = layout.total('3、区级专项资金(一个专项一行)', () => '');
  layout.namedLines(options.specialRows, x?.special ?? []);
  const transfer = layout.total('4、上级转移支付(一个专项一行)', () => '');
  layout.namedLines(options.transferRows, []);
  const publicFunds = layout.line('公用经费', x?.publicFunds, { bold: true });
  (x?.publicLines ?? [NONE, NONE, NONE]).forEach((values, i) =>
    layout.line(['其中：办公经费', '水费、电费、差旅费', '会议费、培训费'][i] ?? '', values),
  );
  layout.line('政府采购金额', x?.procurement, { bold: true });
  layout.line('部门基本支出预算调整', x?.adjustment, { bold: true });
  const amountsTo = layout.row - 1;

  sumDown(b, threePublic, projects, [vehicles]);
  sumDown(b, vehicles, abroad);
  sumDown(b, projects, publicFunds, [special, transfer]);
  sumDown(b, special, transfer);
  sumDown(b, transfer, publicFunds);
  b.validate(amountRule(range(amountsFrom, 1, amountsTo, 3)));

  row = layout.row;
  const building = row;
  [
    `楼堂馆所控制情况\n（${String(year)}年完工项目）`,
    '批复规模\n（m²）',
    '实际规模\n（m²）',
    '规模控制率',
    '预算投资\n（万元）',
    '实际投资\n（万元）',
    '投资概算控制率',
  ].forEach((text, i) => b.label(building, i, text));
  const values = building + 1;
  b.input(values, 0, undefined, undefined, { align: 'left' });
  for (const col of [1, 2, 4, 5]) b.input(values, col, AMOUNT);
  const rateOf = (part: number, whole: number): string =>
    `IF(AND(ISNUMBER(${a1(values, whole)}),N(${a1(values, whole)})>0,ISNUMBER(${a1(values, part)})),${a1(values, part)}/${a1(values, whole)},"")`;
  b.computed(values, 3, rateOf(2, 1), RATE);
  b.computed(values, 6, rateOf(5, 4), RATE);
  const area: Merge = range(values, 1, values, 2);
  b.validate({
    ...amountRule(area),
    prompt: '填写面积（m²）：不小于 0。',
    error: '面积应为不小于 0 的数，最多两位小数。',
  });
  b.validate(amountRule(range(values, 4, values, 5)));
  b.label(values + 1, 0, '厉行节约保障措施');
  b.input(values + 1, 1, undefined, x?.thrift, { align: 'left' });
  b.merge(range(values + 1, 1, values + 1, LAST));
  b.atLeast(values + 1, 60);
  b.text(values + 2, LAST, NOTE);
  b.text(values + 4, LAST, context.signOff);
  return b.plan(sheet, { print: { fitToWidth: true, footer: context.footer } });
}
