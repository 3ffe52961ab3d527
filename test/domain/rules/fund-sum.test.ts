import type { CellValue, FormCell } from '../../../src/domain/cells';
import type { BasicData, ExpenseLine, Form } from '../../../src/domain/form';
import { NATIONAL } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { fundSum } from '../../../src/domain/rules/fund-sum';
import { seed004Overall } from '../fixtures/seed-004';
import { buildForm, cleanForm, type FormInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

type Breakdowns = NonNullable<FormInput['breakdowns']>;

/** 整体支出 (seed 004 附件2): amounts typed beside their labels, breaking down 全年预算数 D4. */
const overall = (breakdowns: Breakdowns, budget: number | null = 2706.79, spent = 2706.79): Form =>
  buildForm({
    kind: 'overall',
    sheet: '附件2',
    execution: { initial: 942.79, budget, spent, weight: 10, rate: '100%', score: 10 },
    breakdowns,
  });

const income = (general: CellValue, other: CellValue): Breakdowns[number] => ({
  label: '按收入性质分',
  lines: [
    ['一般公共预算', general],
    ['政府性基金拨款', null],
    ['纳入专户管理的非税收入拨款', null],
    ['其他资金', other],
  ],
});

/** 项目支出: three columns per line (年初 C, 全年预算 D, 全年执行 E) under a total of 100 / 120 / 110. */
const project = (lines: Breakdowns[number]['lines']): Form =>
  cleanForm({
    execution: { initial: 100, budget: 120, spent: 110, weight: 10, rate: '91.67%', score: 9.17 },
    breakdowns: [{ label: '其中', lines }],
  });

/** One 基础数据表 line: label in B, 上年决算数 C, 本年预算数 D, 本年决算数 E of 0-based `row`. */
function line(
  row: number,
  label: string,
  [previous, budget, actual]: readonly [CellValue, CellValue, CellValue],
  children?: readonly ExpenseLine[],
): ExpenseLine {
  const at = (col: number, value: CellValue): FormCell => ({ row, col, value });
  return {
    label,
    labelCell: at(1, label),
    previous: at(2, previous),
    budget: at(3, budget),
    actual: at(4, actual),
    ...(children ? { children } : {}),
  };
}

/** The 区级专项资金 lines of seed 004 附件1 (2022 决算 / 2023 决算), sheet rows 16–29. */
const SPECIAL_FUNDS: readonly (readonly [string, CellValue, CellValue])[] = [
  ['残联专项支出', 5.58, 4.28],
  ['环境整治专项支出', 47.79, 996.05],
  ['环卫专项支出', 320.24, 288.3],
  ['计生专项支出', 10.69, 0.6],
  ['民政专项支出', 6.35, 9.98],
  ['人社专项支出', 18.33, null],
  ['社区建设支出', 269.88, 38.78],
  ['退役服务专项支出', 87.96, 42.37],
  ['疫情防控专项支出', 101.35, null],
  ['应急专项支出', 12.83, 41.3],
  ['就业创业服务', null, 1.05],
  ['食品安全', null, 2.58],
  ['医保专项', null, 1.27],
  ['专场招聘会', null, 4.81],
];

interface BasicOptions {
  /** 2023 决算 of 专场招聘会 (seed: 4.81, which makes the 区级专项资金 lines add up to 1431.37, not 1431.36). */
  readonly jobFair?: number;
  /** 2022 决算 of 公务接待 (seed: 1.86, the whole of 三公经费). */
  readonly reception?: number;
  /** 2023 预算 of 办公经费 (seed: 15). */
  readonly office?: number;
  /** 公用经费 total (seed: left empty). */
  readonly publicTotal?: readonly [CellValue, CellValue, CellValue];
}

/** Seed 004 附件1 (整体支出绩效评价基础数据表), 经费控制情况 from sheet row 6. */
function basic(options: BasicOptions = {}): Form {
  const { jobFair = 4.81, reception = 1.86, office = 15, publicTotal = [null, null, null] } = options;
  const specialLines = SPECIAL_FUNDS.map(([label, previous, actual], i) =>
    line(15 + i, label, [previous, null, label === '专场招聘会' ? jobFair : actual]),
  );
  const data: BasicData = {
    expenses: [
      line(
        5,
        '三公经费',
        [1.86, null, null],
        [
          line(
            6,
            '1、公务用车购置和维护经费',
            [null, null, null],
            [line(7, '其中：公车购置', [null, null, null]), line(8, '公车运行维护', [null, null, null])],
          ),
          line(9, '2、出国经费', [null, null, null]),
          line(10, '3、公务接待', [reception, null, null]),
        ],
      ),
      line(
        11,
        '项目支出',
        [881, 5.83, 1431.36],
        [
          line(12, '1、业务工作经费', [null, 5.83, null]),
          line(13, '2、运行维护经费', [null, null, null]),
          line(14, '3、区级专项资金', [881, null, 1431.36], specialLines),
          line(29, '4、上级转移支付', [null, null, null]),
        ],
      ),
      line(30, '公用经费', publicTotal, [
        line(31, '其中：办公经费', [25.19, office, 41.58]),
        line(32, '水费、电费、差旅费', [6.77, 5, 9.68]),
        line(33, '会议费、培训费', [2.81, null, 3.19]),
      ]),
    ],
    buildings: [],
  };
  return buildForm({ kind: 'basic', sheet: '附件1', basic: data });
}

ruleTester(fundSum, {
  valid: [
    { name: 'a project form without breakdowns', forms: cleanForm() },
    {
      name: 'seed 004 附件2 with the income lines corrected (2502.06 + 204.73)',
      forms: overall([
        income(2502.06, 204.73),
        {
          label: '按支出性质分',
          lines: [
            ['基本支出', 1275.43],
            ['项目支出', 1431.36],
          ],
        },
      ]),
    },
    {
      name: 'single amounts may break down 全年执行数 when it differs from 全年预算数',
      forms: overall(
        [
          {
            label: '按支出性质分',
            lines: [
              ['基本支出', 1275.43],
              ['项目支出', 1331.36],
            ],
          },
        ],
        2706.79,
        2606.79,
      ),
    },
    {
      name: 'three-column project breakdown adding up in every column',
      forms: project([
        ['当年财政拨款', 80, 100, 92],
        ['上年结转资金', 20, 15, 13],
        ['其他资金', 0, 5, 5],
      ]),
    },
    {
      name: 'an empty breakdown column is ignored (no 年初 amounts given)',
      forms: project([
        ['当年财政拨款', null, 100, 92],
        ['上年结转资金', null, 20, 18],
        ['其他资金', '', null, null],
      ]),
    },
    {
      name: 'a breakdown with no amounts at all is ignored',
      forms: overall([income(null, null)]),
    },
    {
      name: 'seed 004 附件1 with 专场招聘会 corrected to 4.80, so 区级专项资金 adds up',
      forms: basic({ jobFair: 4.8 }),
    },
    {
      name: 'an empty group total (公用经费 in seed 004) is not compared',
      forms: basic({ jobFair: 4.8, publicTotal: [null, '', null] }),
    },
    {
      name: 'a filled 公用经费 total that adds up',
      forms: basic({ jobFair: 4.8, publicTotal: [34.77, 20, 54.45] }),
    },
  ],
  invalid: [
    {
      name: 'seed 004 附件2: 2502.06 + 204.72 = 2706.78 vs 2706.79 is a warning only',
      forms: seed004Overall(),
      findings: [{ cell: 'D4', messageId: 'fund-sum.mismatch', severity: 'warning' }],
    },
    {
      name: 'a gap of 1.00 is an error',
      forms: overall([income(2502.06, 203.73)]),
      findings: [{ cell: 'D4', severity: 'error' }],
    },
    {
      name: 'a gap of 0.02 is an error',
      forms: overall([income(2502.06, 204.71)]),
      findings: [{ cell: 'D4', severity: 'error' }],
    },
    {
      name: 'a blank 全年预算数: single amounts are checked against 全年执行数 instead',
      forms: overall([income(2502.06, 203.73)], null, 2706.79),
      findings: [{ cell: 'E4', severity: 'error' }],
    },
    {
      name: '按支出性质分 that matches neither 全年预算数 nor 全年执行数',
      forms: overall([
        {
          label: '按支出性质分',
          lines: [
            ['基本支出', 1275.43],
            ['项目支出', 1400],
          ],
        },
      ]),
      findings: [{ cell: 'D4', severity: 'error' }],
    },
    {
      name: 'three-column breakdown: the 全年执行数 column is 1 short',
      forms: project([
        ['当年财政拨款', 80, 100, 92],
        ['上年结转资金', 20, 15, 13],
        ['其他资金', 0, 5, 4],
      ]),
      findings: [{ cell: 'E4', messageId: 'fund-sum.mismatch', severity: 'error' }],
    },
    {
      name: 'three-column breakdown: two columns off, one finding for the breakdown (on 全年预算数, an error)',
      forms: project([
        ['当年财政拨款', 70, 100, 92],
        ['上年结转资金', 20, 15, 13],
        ['其他资金', 0, 4.99, 5],
      ]),
      findings: [{ cell: 'D4', severity: 'error' }],
    },
    {
      name: 'three-column breakdown: blank cells count as 0 when the column has amounts',
      forms: project([
        ['当年财政拨款', 80, 100, 92],
        ['上年结转资金', null, 15, 13],
        ['其他资金', null, 5, 5],
      ]),
      findings: [{ cell: 'C4', severity: 'error' }],
    },
    {
      name: 'seed 004 附件1: 区级专项资金 2023 决算 1431.36 vs its lines 1431.37 (a warning)',
      forms: basic(),
      findings: [{ cell: 'E15', messageId: 'fund-sum.mismatch', severity: 'warning' }],
    },
    {
      name: '基础数据表: 公务接待 2.86 makes the nested 三公经费 group off by 1',
      forms: basic({ jobFair: 4.8, reception: 2.86 }),
      findings: [{ cell: 'C6', severity: 'error' }],
    },
    {
      name: '基础数据表: a filled 公用经费 total that does not add up',
      forms: basic({ jobFair: 4.8, office: 16, publicTotal: [34.77, 20, 54.45] }),
      findings: [{ cell: 'D31', severity: 'error' }],
    },
  ],
});

describe('fund-sum messages', () => {
  it('name the group, the column and the gap', () => {
    const [finding] = review([seed004Overall()], NATIONAL, { rules: [fundSum] }).findings;
    expect(finding?.message).toBe(
      '“按收入性质分”各项合计 2706.78 万元，与全年预算数 2706.79 万元不一致（相差 0.01 万元）；请核对各项金额。',
    );
    expect(finding?.expected).toBe(2706.79);
    expect(finding?.actual).toBe(2706.78);
  });

  it('name the 基础数据表 column', () => {
    const [finding] = review([basic()], NATIONAL, { rules: [fundSum] }).findings;
    expect(finding?.message).toBe(
      '“3、区级专项资金”各项合计 1431.37 万元，与本年决算数 1431.36 万元不一致（相差 0.01 万元）；请核对各项金额。',
    );
  });
});
