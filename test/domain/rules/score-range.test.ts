import { NATIONAL } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { scoreRange } from '../../../src/domain/rules/score-range';
import { seed004Overall } from '../fixtures/seed-004';
import { buildForm, cleanForm, type FormInput, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

type Execution = NonNullable<FormInput['execution']>;

const EXECUTION: Execution = { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 };

/** Indicator rows from sheet row 21 (得分 in H), 执行率得分 in H4. */
const rows = (indicators: readonly IndicatorInput[], execution: Partial<Execution> = {}) =>
  buildForm({ execution: { ...EXECUTION, ...execution }, indicators });

const quantity = (weight: number | null, score: number | string | null): IndicatorInput => [
  '产出指标',
  '数量指标',
  '培训人数',
  '≥100人',
  '100人',
  weight,
  score,
];

ruleTester(scoreRange, {
  valid: [
    { name: 'the clean form: full marks everywhere', forms: cleanForm() },
    { name: 'seed 004', forms: seed004Overall() },
    { name: 'a score of 0', forms: rows([quantity(10, 0)]) },
    { name: 'a score equal to its 分值', forms: rows([quantity(4, 4)]) },
    { name: 'a decimal score 3.5 of 4', forms: rows([quantity(4, 3.5)]) },
    { name: 'a score typed as text `8分`', forms: rows([quantity(10, '8分')]) },
    { name: 'an empty score is not out of range', forms: rows([quantity(10, null)]) },
    { name: 'no 分值: only the lower bound can be checked', forms: rows([quantity(null, 12)]) },
    { name: '执行率得分 0 of 10', forms: rows([quantity(10, 10)], { spent: 0, rate: '0%', score: 0 }) },
    {
      name: 'a 执行率 分值 of 20 allows a 执行率得分 of 15',
      forms: rows([quantity(10, 10)], { weight: 20, spent: 75, rate: '75%', score: 15 }),
    },
  ],
  invalid: [
    {
      name: 'a score above its 分值 (21 of 20)',
      forms: rows([quantity(20, 21)]),
      findings: [{ cell: 'H21', messageId: 'score-range.above', severity: 'error' }],
    },
    {
      name: 'a negative score',
      forms: rows([quantity(10, 10), quantity(10, -1)]),
      findings: [{ cell: 'H22', messageId: 'score-range.below', severity: 'error' }],
    },
    {
      name: 'a decimal score just above its 分值 (4.5 of 4)',
      forms: rows([quantity(4, 4), quantity(4, 4.5)]),
      findings: [{ cell: 'H22', messageId: 'score-range.above' }],
    },
    {
      name: 'a text score above its 分值 (`12分` of 10)',
      forms: rows([quantity(10, '12分')]),
      findings: [{ cell: 'H21', messageId: 'score-range.above' }],
    },
    {
      name: '执行率得分 11 of 10',
      forms: rows([quantity(10, 10)], { score: 11 }),
      findings: [{ cell: 'H4', messageId: 'score-range.above' }],
    },
    {
      name: 'a negative 执行率得分',
      forms: rows([quantity(10, 10)], { score: -2 }),
      findings: [{ cell: 'H4', messageId: 'score-range.below' }],
    },
    {
      name: 'several rows out of range, reported top to bottom',
      forms: rows([quantity(10, 11), quantity(10, 10), quantity(5, -0.5)], { score: 12 }),
      findings: [
        { cell: 'H4', messageId: 'score-range.above' },
        { cell: 'H21', messageId: 'score-range.above' },
        { cell: 'H23', messageId: 'score-range.below' },
      ],
    },
  ],
});

describe('score-range messages', () => {
  it('state the score and the 分值', () => {
    const [finding] = review([rows([quantity(20, 21)])], NATIONAL, { rules: [scoreRange] }).findings;
    expect(finding?.message).toBe('得分 21 超过分值 20；请在 H21 改为不超过 20 的得分。');
  });
});
