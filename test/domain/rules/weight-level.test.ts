import { GUANGXI, HEBEI_LOCAL, HUNAN, NATIONAL, SICHUAN } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { weightLevel } from '../../../src/domain/rules/weight-level';
import { seed004Overall } from '../fixtures/seed-004';
import { buildForm, cleanForm, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

const EXECUTION = {
  initial: 107.43,
  budget: 107.43,
  spent: 107.43,
  weight: 10,
  rate: '100%',
  score: 10,
} as const;

/** S-003 (东里街道办事处 2022): 产出 40 (rows 21–24), 效益 40 (rows 25–26), 满意度 10 (row 27). */
const S003_ROWS: readonly IndicatorInput[] = [
  ['产出指标', '数量指标', '活动项目实际完成率', '100%', '100%', 10, 10],
  ['', '质量指标', '工作资金到位率', '100%', '100%', 10, 10],
  ['', '时效指标', '活动项目完成及时率', '100%', '100%', 10, 10],
  ['', '成本指标', '不超当年预算', '不超当年预算', '107.43万元', 10, 10],
  ['效益指标', '社会效益指标', '促进社会稳定', '利于促进社会稳定', '利于促进社会稳定', 20, 20],
  ['', '可持续性影响指标', '可持续性影响', '项目能够持续发挥作用', '项目能够持续发挥作用', 20, 20],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '90%', 10, 8, '部分群众对服务时间不满意'],
];

const s003 = (rows: readonly IndicatorInput[] = S003_ROWS) =>
  buildForm({ kind: 'overall', execution: EXECUTION, indicators: rows, total: { weight: 100, score: 98 } });

/** 成本指标 as a first-level group of its own (the 2021 framework): 产出 `output` + 成本 `cost`, 效益 30, 满意度 10. */
const costLevel = (output: number, cost: number) =>
  buildForm({
    execution: EXECUTION,
    indicators: [
      ['产出指标(' + String(output) + '分)', '数量指标', '培训人数', '≥100人', '120人', output, output],
      ['成本指标', '经济成本指标', '培训成本', '≤20万元', '18万元', cost, cost],
      ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 30],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
    ],
  });

/** A national 50 / 30 / 10 form whose 产出 label declares `declared` and whose 产出 rows give 20 + 10 + 10 + `cost`. */
const declaring = (label: string, cost: number) =>
  buildForm({
    execution: EXECUTION,
    indicators: [
      [label, '数量指标', '培训人数', '≥100人', '120人', 20, 20],
      ['', '质量指标', '合格率', '≥95%', '98%', 10, 10],
      ['', '时效指标', '按时完成率', '100%', '100%', 10, 10],
      ['', '成本指标', '成本控制', '≤100万元', '96万元', cost, cost],
      ['效益指标\n（30 分）', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 30],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
    ],
  });

ruleTester(weightLevel, {
  valid: [
    { name: 'the clean form: 50 / 30 / 10 under national', forms: cleanForm() },
    { name: 'the clean form under hunan', forms: cleanForm(), profile: HUNAN },
    { name: 'the clean form under guangxi', forms: cleanForm(), profile: GUANGXI },
    { name: 'S-003 10 / 40 / 40 / 10 under hebei-local', forms: s003(), profile: HEBEI_LOCAL },
    {
      name: 'S-003 under sichuan: no first-level split (levelWeights null)',
      forms: s003(),
      profile: SICHUAN,
    },
    { name: 'the clean form under sichuan', forms: cleanForm(), profile: SICHUAN },
    {
      name: 'a lopsided 70 / 10 / 10 split under sichuan never warns',
      forms: buildForm({
        execution: EXECUTION,
        indicators: [
          ['产出指标', '数量指标', '完成率', '100%', '100%', 70, 70],
          ['效益指标', '社会效益指标', '促进社会稳定', '显著', '显著', 10, 10],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '90%', 10, 10],
        ],
      }),
      profile: SICHUAN,
    },
    { name: 'seed 004: `产出指标\\n(50 分)` declares what its rows give', forms: seed004Overall() },
    {
      name: 'a first-level 成本指标 (10) held with 产出指标(40分) to the national 50, the label true to its rows',
      forms: costLevel(40, 10),
    },
    {
      name: 'a declared `产出指标（50分）` in full-width brackets that fits',
      forms: declaring('产出指标（50分）', 10),
    },
    {
      name: 'a 不适用 row does not count toward its group',
      forms: buildForm({
        execution: EXECUTION,
        indicators: [
          ['产出指标', '数量指标', '完成率', '100%', '100%', 50, 50],
          ['效益指标', '社会效益指标', '促进社会稳定', '显著', '显著', 30, 30],
          ['', '生态效益指标', '不适用', '不适用', '不适用', 5, null],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '90%', 10, 10],
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a first-level 成本指标 (5) with 产出 40: 45 against 50, said of both groups together',
      forms: costLevel(40, 5),
      findings: [{ cell: 'B21', messageId: 'weight-level.mismatch', severity: 'warning' }],
    },
    {
      name: 'S-003 10 / 40 / 40 / 10 under national: 产出 and 效益 differ',
      forms: s003(),
      findings: [
        { cell: 'B21', messageId: 'weight-level.mismatch', severity: 'warning' },
        { cell: 'B25', messageId: 'weight-level.mismatch', severity: 'warning' },
      ],
    },
    {
      name: 'S-003 under hunan (same split as national)',
      forms: s003(),
      profile: HUNAN,
      findings: [
        { cell: 'B21', messageId: 'weight-level.mismatch' },
        { cell: 'B25', messageId: 'weight-level.mismatch' },
      ],
    },
    {
      name: 'the national 50 / 30 / 10 under hebei-local',
      forms: cleanForm(),
      profile: HEBEI_LOCAL,
      findings: [
        { cell: 'B21', messageId: 'weight-level.mismatch' },
        { cell: 'B25', messageId: 'weight-level.mismatch' },
      ],
    },
    {
      name: 'declared `产出指标\\n(50 分)` over rows adding up to 45: one finding, the rows against the label',
      forms: declaring('产出指标\n(50 分)', 5),
      findings: [{ cell: 'B21', messageId: 'weight-level.declared', severity: 'warning' }],
    },
    {
      name: 'declared 50 over 45 under sichuan: the label still disagrees with its rows',
      forms: declaring('产出指标\n(50 分)', 5),
      profile: SICHUAN,
      findings: [{ cell: 'B21', messageId: 'weight-level.declared' }],
    },
    {
      name: 'a weight declared without brackets (S-003 style `产出指标 50 分`) over 45',
      forms: declaring('产出指标 50 分', 5),
      profile: SICHUAN,
      findings: [{ cell: 'B21', messageId: 'weight-level.declared' }],
    },
    {
      name: 'a declared 40 over the national 50 under national: only the label is wrong',
      forms: declaring('产出指标（40分）', 10),
      findings: [{ cell: 'B21', messageId: 'weight-level.declared' }],
    },
    {
      name: 'a group whose first row is 不适用 is reported on its 一级 label, not a blank merged cell',
      forms: buildForm({
        execution: EXECUTION,
        indicators: [
          ['产出指标', '数量指标', '完成率', '100%', '100%', 50, 50],
          ['效益指标', '生态效益指标', '不适用', '不适用', '不适用', null, null],
          ['', '社会效益指标', '促进社会稳定', '显著', '显著', 40, 40],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥85%', '90%', 10, 10],
        ],
      }),
      findings: [{ cell: 'B22', messageId: 'weight-level.mismatch' }],
    },
  ],
});

describe('weight-level messages', () => {
  it('name the group, its sum and the profile’s weight', () => {
    const findings = review([s003()], NATIONAL, { rules: [weightLevel] }).findings;
    expect(findings.map((f) => f.message)).toEqual([
      '产出指标分值合计 40，全国通用（财政部）规定为 50；请调整该一级指标下各项的分值。',
      '效益指标分值合计 40，全国通用（财政部）规定为 30；请调整该一级指标下各项的分值。',
    ]);
  });

  it('name the declared weight', () => {
    const [finding] = review([declaring('产出指标\n(50 分)', 5)], SICHUAN, { rules: [weightLevel] }).findings;
    expect(finding?.message).toBe('产出指标标注为 50 分，但其下各项分值合计 45；请使二者一致。');
  });
});

describe('a first-level 成本指标', () => {
  it('is named with 产出 when the two together miss the weight', () => {
    const found = review([costLevel(40, 5)], NATIONAL, { rules: [weightLevel] }).findings;
    expect(found.map((f) => f.message)).toEqual([
      '产出指标与成本指标分值合计 45，全国通用（财政部）规定为 50；请调整该一级指标下各项的分值。',
    ]);
  });
});
