import { NATIONAL, SICHUAN } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { weightTotal } from '../../../src/domain/rules/weight-total';
import { buildForm, cleanForm, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

const EXECUTION = { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 } as const;

/** 10 (执行率) + 50 + 30 + 10; indicator 分值 in column G from row 21. */
const NATIONAL_ROWS: readonly IndicatorInput[] = [
  ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 20, 20],
  ['', '质量指标', '合格率', '≥95%', '98%', 10, 10],
  ['', '时效指标', '按时完成率', '100%', '100%', 10, 10],
  ['', '成本指标', '成本控制', '≤100万元', '96万元', 10, 10],
  ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 30],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
];

/** The rows above with the 效益 group split around a 不适用 生态效益 row carrying `naWeight`. */
const withNotApplicable = (socialWeight: number, naWeight: number | null): readonly IndicatorInput[] => [
  ...NATIONAL_ROWS.slice(0, 4),
  ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', socialWeight, socialWeight],
  ['', '生态效益指标', '不适用', '不适用', '不适用', naWeight, null],
  NATIONAL_ROWS[5] as IndicatorInput,
];

const form = (
  indicators: readonly IndicatorInput[],
  totalWeight: number | null = 100,
  executionWeight = 10,
) =>
  buildForm({
    execution: { ...EXECUTION, weight: executionWeight },
    indicators,
    total: { weight: totalWeight, score: 100 },
  });

ruleTester(weightTotal, {
  valid: [
    { name: 'the clean form: 10 + 50 + 30 + 10 = 100', forms: cleanForm() },
    {
      name: 'national rows under sichuan: only the sum matters here',
      forms: form(NATIONAL_ROWS),
      profile: SICHUAN,
    },
    {
      name: 'a 不适用 row carries no weight: its typed 5 is not counted',
      forms: form(withNotApplicable(30, 5)),
    },
    { name: 'a 不适用 row with no weight', forms: form(withNotApplicable(30, null)) },
    {
      name: 'hebei-style 10 / 40 / 40 / 10 still adds up to 100',
      forms: form([
        ['产出指标', '数量指标', '完成率', '100%', '100%', 40, 40],
        ['效益指标', '社会效益指标', '促进社会稳定', '显著', '显著', 40, 40],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '90%', 10, 10],
      ]),
    },
    {
      name: 'decimal weights 16.67 + 16.67 + 16.66 add up without float drift',
      forms: form([
        ['产出指标', '数量指标', 'a', '1项', '1项', 16.67, 16.67],
        ['', '', 'b', '1项', '1项', 16.67, 16.67],
        ['', '', 'c', '1项', '1项', 16.66, 16.66],
        ['效益指标', '社会效益指标', 'd', '显著', '显著', 30, 30],
        ['满意度指标', '服务对象满意度指标', 'e', '≥90%', '95%', 10, 10],
      ]),
    },
    {
      name: 'no 执行率 分值 stated: the profile’s 10 counts',
      forms: buildForm({
        execution: { ...EXECUTION, weight: null },
        indicators: NATIONAL_ROWS,
        total: { weight: 100, score: 100 },
      }),
    },
    {
      name: 'a stated 执行率 分值 of 20 with 80 for the indicators',
      forms: form(
        [
          ['产出指标', '数量指标', '完成率', '100%', '100%', 40, 40],
          ['效益指标', '社会效益指标', '促进社会稳定', '显著', '显著', 30, 30],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '90%', 10, 10],
        ],
        100,
        20,
      ),
    },
    { name: 'no indicator weights at all: nothing to add', forms: buildForm({ execution: EXECUTION }) },
  ],
  invalid: [
    {
      name: 'output 45 instead of 50: Σ 95',
      forms: form([
        ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 15, 15],
        ...NATIONAL_ROWS.slice(1),
      ]),
      findings: [{ cell: 'G27', messageId: 'weight-total.mismatch', severity: 'error' }],
    },
    {
      name: 'weights over 100: Σ 110',
      forms: form([...NATIONAL_ROWS, ['', '', '职工满意度', '≥90%', '95%', 10, 10]]),
      findings: [{ cell: 'G28', messageId: 'weight-total.mismatch' }],
    },
    {
      name: 'the 不适用 row’s 5 cannot make up the 100: applicable rows give 95',
      forms: form(withNotApplicable(25, 5)),
      findings: [{ cell: 'G28', messageId: 'weight-total.mismatch' }],
    },
    {
      name: 'the 总分 row states 90 although the weights add up to 100',
      forms: form(NATIONAL_ROWS, 90),
      findings: [{ cell: 'G27', messageId: 'weight-total.stated' }],
    },
    {
      name: 'both: 总分 row states 95 and the weights give 95',
      forms: form(
        [['产出指标', '数量指标', '培训人数', '≥100人', '120人', 15, 15], ...NATIONAL_ROWS.slice(1)],
        95,
      ),
      findings: [
        { cell: 'G27', messageId: 'weight-total.stated' },
        { cell: 'G27', messageId: 'weight-total.mismatch' },
      ],
    },
    {
      name: 'a stated 执行率 分值 of 15 makes 105',
      forms: form(NATIONAL_ROWS, 100, 15),
      findings: [{ cell: 'G27', messageId: 'weight-total.mismatch' }],
    },
    {
      name: 'no 总分 row: reported on the first 分值',
      forms: buildForm({ execution: EXECUTION, indicators: NATIONAL_ROWS.slice(0, 5) }),
      findings: [{ cell: 'G21', messageId: 'weight-total.mismatch' }],
    },
  ],
});

describe('weight-total messages', () => {
  it('state the sum with the 执行率 分值', () => {
    const forms = [
      form([['产出指标', '数量指标', '培训人数', '≥100人', '120人', 15, 15], ...NATIONAL_ROWS.slice(1)]),
    ];
    const [finding] = review(forms, NATIONAL, { rules: [weightTotal] }).findings;
    expect(finding?.message).toBe('分值合计 95（含执行率 10），应为 100；请调整各指标的分值。');
  });
});
