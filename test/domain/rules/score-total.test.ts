import { HEBEI_LOCAL, NATIONAL } from '../../../src/domain/profiles/builtin';
import type { Profile } from '../../../src/domain/profiles/types';
import { review } from '../../../src/domain/review';
import { scoreTotal } from '../../../src/domain/rules/score-total';
import { seed004Overall } from '../fixtures/seed-004';
import { buildForm, cleanForm, type CellInput, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** One province's caps of 总分 tied to 执行率 (domain.md §10), as a bureau would write them in its profile. */
const CAPPED: Profile = {
  ...NATIONAL,
  id: 'capped',
  name: '某省（执行率限分）',
  scoreCaps: [
    { rateBelow: 0.8, maxTotal: 89 },
    { rateBelow: 0.7, maxTotal: 79 },
    { rateBelow: 0.6, maxTotal: 69 },
    { rateBelow: 0.5, maxTotal: 59 },
  ],
};

interface Scored {
  /** 全年执行数 of a 全年预算数 of 100, so also the 执行率 in %. */
  readonly spent?: number;
  /** 执行率得分 as stated; spent / 10 by default (linear). */
  readonly execution?: CellInput;
  /** 得分 of the 产出 (50), 效益 (30) and 满意度 (10) rows. */
  readonly scores?: readonly [CellInput, CellInput, CellInput];
  /** 总分 as stated (H24). */
  readonly total: CellInput;
}

/** A three-row form: rows 21–23, 总分 in H24, 执行率得分 in H4. */
function scored({ spent = 100, execution = spent / 10, scores = [50, 30, 10], total }: Scored) {
  const [output, effect, satisfaction] = scores;
  return buildForm({
    execution: { initial: 100, budget: 100, spent, weight: 10, rate: `${spent}%`, score: execution },
    indicators: [
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, output],
      ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, effect],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, satisfaction, '原因见报告'],
    ],
    total: { weight: 100, score: total },
  });
}

/** S-003: 10 + 40 + 40 + 8 = 98, 总分 in H28. */
const S003_ROWS: readonly IndicatorInput[] = [
  ['产出指标', '数量指标', '活动项目实际完成率', '100%', '100%', 10, 10],
  ['', '质量指标', '工作资金到位率', '100%', '100%', 10, 10],
  ['', '时效指标', '活动项目完成及时率', '100%', '100%', 10, 10],
  ['', '成本指标', '不超当年预算', '不超当年预算', '107.43万元', 10, 10],
  ['效益指标', '社会效益指标', '促进社会稳定', '利于促进社会稳定', '利于促进社会稳定', 20, 20],
  ['', '可持续性影响指标', '可持续性影响', '项目能够持续发挥作用', '项目能够持续发挥作用', 20, 20],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '90%', 10, 8, '部分群众对服务时间不满意'],
];
const s003 = (total: number) =>
  buildForm({
    kind: 'overall',
    execution: { initial: 107.43, budget: 107.43, spent: 107.43, weight: 10, rate: '100%', score: 10 },
    indicators: S003_ROWS,
    total: { weight: 100, score: total, grade: '优秀' },
  });

/** Rows 21–24 with a 不适用 生态效益 row whose typed 得分 is `naScore`; 总分 in H25. */
const withNotApplicable = (naScore: number | null, total: number) =>
  buildForm({
    execution: { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 },
    indicators: [
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, 50],
      ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 30],
      ['', '生态效益指标', '不适用', '不适用', '不适用', null, naScore],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
    ],
    total: { weight: 100, score: total },
  });

ruleTester(scoreTotal, {
  valid: [
    { name: 'the clean form: 10 + 90 = 100', forms: cleanForm() },
    { name: 'seed 004: 10 + 49 + 30 + 10 = 99', forms: seed004Overall() },
    { name: 'S-003: 10 + 40 + 40 + 8 = 98', forms: s003(98), profile: HEBEI_LOCAL },
    {
      name: 'decimals: 9.14 + 45.5 + 27.25 + 9 = 90.89',
      forms: scored({ spent: 91.43, execution: 9.14, scores: [45.5, 27.25, 9], total: 90.89 }),
    },
    {
      name: 'the sum takes the stated 执行率得分, even a wrong one (exec-score reports that)',
      forms: scored({ execution: 9, total: 99 }),
    },
    { name: 'a 不适用 row’s typed score is not counted', forms: withNotApplicable(5, 100) },
    { name: 'a 不适用 row without a score', forms: withNotApplicable(null, 100) },
    { name: 'no 总分 stated: nothing to compare', forms: scored({ total: null }) },
    { name: 'national has no caps: 50 % with 95', forms: scored({ spent: 50, total: 95 }) },
    {
      name: 'caps: 80 % is not below 80 %, 98 stands',
      forms: scored({ spent: 80, total: 98 }),
      profile: CAPPED,
    },
    {
      name: 'caps: 75 % with 总分 89 is within the 70–80 % cap',
      forms: scored({ spent: 75, scores: [45, 27.5, 9], total: 89 }),
      profile: CAPPED,
    },
    {
      name: 'caps: 45 % with 总分 59 is within the < 50 % cap',
      forms: scored({ spent: 45, scores: [30, 15.5, 9], total: 59 }),
      profile: CAPPED,
    },
  ],
  invalid: [
    {
      name: 'stated 99 where the scores add up to 100',
      forms: cleanForm({ total: { weight: 100, score: 99, grade: '优' } }),
      findings: [{ cell: 'H27', messageId: 'score-total.mismatch', severity: 'error' }],
    },
    {
      name: 'S-003 stated as 100 (the lost 2 points of 满意度 forgotten)',
      forms: s003(100),
      profile: HEBEI_LOCAL,
      findings: [{ cell: 'H28', messageId: 'score-total.mismatch' }],
    },
    {
      name: 'the total counts the 不适用 row’s typed 5',
      forms: withNotApplicable(5, 105),
      findings: [{ cell: 'H25', messageId: 'score-total.mismatch' }],
    },
    {
      name: 'a total 0.01 off',
      forms: scored({ spent: 91.43, execution: 9.14, scores: [45.5, 27.25, 9], total: 90.9 }),
      findings: [{ cell: 'H24', messageId: 'score-total.mismatch' }],
    },
    {
      name: 'caps: 75 % (7.5 + 90 = 97.5) is above the cap of 89',
      forms: scored({ spent: 75, total: 97.5 }),
      profile: CAPPED,
      findings: [{ cell: 'H24', messageId: 'score-total.cap', severity: 'error' }],
    },
    {
      name: 'caps: 65 % (6.5 + 90 = 96.5) takes the 60–70 % cap of 79',
      forms: scored({ spent: 65, total: 96.5 }),
      profile: CAPPED,
      findings: [{ cell: 'H24', messageId: 'score-total.cap' }],
    },
    {
      name: 'caps: 总分 held to the cap (79 at 65 %) is right, as the template’s formula gives it',
      forms: scored({ spent: 65, total: 79 }),
      profile: CAPPED,
      findings: [],
    },
    {
      name: 'caps: 45 % with 总分 60 is above the < 50 % cap of 59',
      forms: scored({ spent: 45, scores: [30, 16.5, 9], total: 60 }),
      profile: CAPPED,
      findings: [{ cell: 'H24', messageId: 'score-total.cap' }],
    },
    {
      name: 'caps: a wrong sum and a broken cap, both on the 总分 cell',
      forms: scored({ spent: 70, total: 99 }),
      profile: CAPPED,
      findings: [
        { cell: 'H24', messageId: 'score-total.mismatch' },
        { cell: 'H24', messageId: 'score-total.cap' },
      ],
    },
  ],
});

describe('score-total messages', () => {
  it('state the cap and the rate it follows from', () => {
    const [finding] = review([scored({ spent: 65, total: 96.5 })], CAPPED, { rules: [scoreTotal] }).findings;
    expect(finding?.message).toMatch(
      /^执行率 65(\.0+)?% 低于 70(\.0+)?%，总分不应超过 79 分，填写 96\.5 分；请在 H24 改为不超过 79 分。$/,
    );
    expect(finding?.expected).toBe(79);
    expect(finding?.actual).toBe(96.5);
  });

  it('state the stated and summed totals', () => {
    const [finding] = review([s003(100)], HEBEI_LOCAL, { rules: [scoreTotal] }).findings;
    expect(finding?.message).toBe('总分填写为 100，而填写的执行率得分与各指标得分合计为 98；请核对 H28。');
  });
});
