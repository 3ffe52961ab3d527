import { NATIONAL } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { indicatorCategory } from '../../../src/domain/rules/indicator-category';
import { SEED_004_INDICATORS, seed004Overall } from '../fixtures/seed-004';
import { buildForm, cleanForm, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** Indicator rows from sheet row 21: 一级 in B, 二级 in C. */
const rows = (...indicators: IndicatorInput[]) =>
  buildForm({
    execution: { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 },
    indicators,
  });

const OUTPUT: IndicatorInput = ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, 50];
const SATISFACTION: IndicatorInput = [
  '满意度指标',
  '服务对象满意度指标',
  '群众满意度',
  '≥90%',
  '95%',
  10,
  10,
];

ruleTester(indicatorCategory, {
  valid: [
    { name: 'the clean form', forms: cleanForm() },
    {
      name: 'seed 004: `经济效\\n益指标`, `服务对象\\n满意度指\\n标`, `(50 分)` labels',
      forms: seed004Overall(),
    },
    {
      name: 'merged label columns: blank 一级 and 二级 cells carry the label down',
      forms: rows(
        ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 10, 10],
        ['', '', '培训场次', '≥10场', '12场', 10, 10],
        ['', '成本指标', '成本控制', '≤100万元', '96万元', 10, 10],
        ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 15, 15],
        ['', '', '群众获得感', '明显增强', '明显增强', 15, 15],
        SATISFACTION,
      ),
    },
    {
      name: '`可持续性影响指标`, `时效性指标` and short `经济效益` spellings are accepted',
      forms: rows(
        ['产出\n指标', '时效性指标', '按时完成率', '100%', '100%', 50, 50],
        ['效益指标', '经济效益', '带动产值', '≥100万元', '120万元', 10, 10],
        ['', '可持续性影响指标', '长效机制', '建立', '已建立', 10, 10],
        ['', '生态效\n益指标', '绿化面积', '≥1万平方米', '1.2万平方米', 10, 10],
        SATISFACTION,
      ),
    },
    {
      name: 'full-width brackets and `服务对象满意度` as 一级',
      forms: rows(
        ['产出指标（50分）', '质量指标', '合格率', '≥95%', '98%', 50, 50],
        ['服务对象满意度', '满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
      ),
    },
    {
      name: '成本指标 as a 一级 of its own, with 经济成本指标, 社会成本指标, 生态环境成本指标 under it',
      forms: rows(
        OUTPUT,
        ['成本指标（10分）', '经济成本指标', '培训成本', '≤20万元', '18万元', 4, 4],
        ['', '社会成本指标', '社会成本', '无', '无', 3, 3],
        ['', '生态环境成本指标', '生态环境成本', '无', '无', 3, 3],
        SATISFACTION,
      ),
    },
    {
      name: 'S-003 writes its weight without brackets: `满意度指标 10 分`',
      forms: rows(OUTPUT, ['满意度指标 10 分', '服务对象满意度指标', '群众满意度', '≥85%', '90%', 10, 8]),
    },
    {
      name: 'a 不适用 row under its own 一级 is fine',
      forms: rows(
        OUTPUT,
        ['效益指标', '生态效益指标', '不适用', '不适用', '不适用', null, null],
        SATISFACTION,
      ),
    },
  ],
  invalid: [
    {
      name: '成本指标 under 效益指标 on the label row',
      forms: rows(OUTPUT, ['效益指标', '成本指标', '成本控制', '≤100万元', '96万元', 30, 30], SATISFACTION),
      findings: [{ cell: 'C22', messageId: 'indicator-category.wrong-level', severity: 'warning' }],
    },
    {
      name: '成本指标 under a blank (merged) 一级 cell that carries 效益指标 down',
      forms: rows(
        OUTPUT,
        ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 20, 20],
        ['', '成本指标', '成本控制', '≤100万元', '96万元', 10, 10],
        SATISFACTION,
      ),
      findings: [{ cell: 'C23', messageId: 'indicator-category.wrong-level' }],
    },
    {
      name: 'seed 004 with its 成本指标 row moved under 效益指标',
      forms: buildForm({
        kind: 'overall',
        indicators: [
          ...SEED_004_INDICATORS.slice(0, 11),
          ...SEED_004_INDICATORS.slice(12, 14),
          SEED_004_INDICATORS[11] as IndicatorInput,
          ...SEED_004_INDICATORS.slice(14),
        ],
      }),
      findings: [{ cell: 'C34', messageId: 'indicator-category.wrong-level' }],
    },
    {
      name: '服务对象满意度指标 under 产出指标',
      forms: rows(['产出指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10]),
      findings: [{ cell: 'C21', messageId: 'indicator-category.wrong-level' }],
    },
    {
      name: 'an unknown 二级 (`效率指标`)',
      forms: rows(OUTPUT, ['', '效率指标', '办结时长', '≤5天', '4天', 10, 10], SATISFACTION),
      findings: [{ cell: 'C22', messageId: 'indicator-category.unknown-level2', severity: 'warning' }],
    },
    {
      name: 'an unknown 一级 (`过程指标`): its standard 二级 is not also called misplaced',
      forms: rows(['过程指标', '数量指标', '会议次数', '≥4次', '4次', 10, 10], SATISFACTION),
      findings: [{ cell: 'B21', messageId: 'indicator-category.unknown-level1' }],
    },
    {
      name: 'an unknown 一级 and an unknown 二级 on the same row, in column order',
      forms: rows(['管理指标', '制度指标', '制度健全', '健全', '健全', 10, 10]),
      findings: [
        { cell: 'B21', messageId: 'indicator-category.unknown-level1' },
        { cell: 'C21', messageId: 'indicator-category.unknown-level2' },
      ],
    },
  ],
});

describe('indicator-category messages', () => {
  it('name the right and the wrong 一级', () => {
    const form = rows(OUTPUT, ['效益指标', '成本指标', '成本控制', '≤100万元', '96万元', 30, 30]);
    const [finding] = review([form], NATIONAL, { rules: [indicatorCategory] }).findings;
    expect(finding?.message).toBe('二级指标“成本指标”应属于产出指标，却填在效益指标下。');
  });
});
