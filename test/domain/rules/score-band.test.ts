import { NATIONAL } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { scoreBand } from '../../../src/domain/rules/score-band';
import { SEED_004_INDICATORS, seed004Overall } from '../fixtures/seed-004';
import { buildForm, cleanForm, type CellInput, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** One qualitative indicator in row 21 (得分 H21). */
const row = (target: CellInput, result: CellInput, weight: CellInput, score: CellInput, name = '服务群众') =>
  buildForm({
    execution: { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 },
    indicators: [
      ['效益指标', '社会效益指标', name, target, result, weight, score, '原因见报告'] as IndicatorInput,
    ],
  });

/** Seed 004 with one row's 得分 replaced. */
const seedWith = (index: number, score: number) =>
  buildForm({
    kind: 'overall',
    indicators: SEED_004_INDICATORS.map((r, i): IndicatorInput => {
      if (i !== index) return r;
      const [l1, l2, l3, target, result, weight, , cause] = r;
      return [l1, l2, l3, target, result, weight, score, cause];
    }),
  });

ruleTester(scoreBand, {
  valid: [
    { name: 'the clean form', forms: cleanForm() },
    {
      name: 'seed 004: `已完成` for `每月完成`, `在全区走在前列` for `努力打造`, full marks',
      forms: seed004Overall(),
    },
    { name: '达成 at the top of its band (10 of 10)', forms: row('按期完成', '已完成', 10, 10) },
    { name: '达成 at the bottom of its band (8 of 10)', forms: row('按期完成', '已完成', 10, 8) },
    {
      name: 'a result that restates its target counts as 达成',
      forms: row('每周五下午', '每周五下午', 5, 4),
    },
    { name: '部分达成 at the bottom of its band (6 of 10)', forms: row('全面完成', '基本完成', 10, 6) },
    { name: '部分达成 just below the 达成 band (7.99 of 10)', forms: row('全面完成', '部分完成', 10, 7.99) },
    { name: '`滞后` is 部分达成: 7 of 10', forms: row('年底前完成', '进度滞后', 10, 7) },
    { name: '未达成 with 0', forms: row('建成服务中心', '未完成', 10, 0) },
    {
      name: '未达成 just below the 部分达成 band (5.99 of 10)',
      forms: row('建成服务中心', '未达到预期', 10, 5.99),
    },
    {
      name: 'a neutral result says nothing of achievement: no band, no finding',
      forms: row('推进老旧小区改造', '按计划推进', 10, 3),
    },
    {
      name: 'a negated shortfall word (`无未完成事项`) is 达成',
      forms: row('按期完成', '无未完成事项', 10, 9),
    },
    {
      name: 'a quantitative row is score-formula’s business',
      forms: row('≥100人', '50人', 10, 10, '培训人数'),
    },
    { name: 'a 不适用 row', forms: row('不适用', '不适用', null, null, '不适用') },
    { name: 'no 得分: nothing to compare', forms: row('按期完成', '未完成', 10, null) },
    {
      name: 'no 分值: the band cannot be known (a missing 分值 is the required rule’s)',
      forms: row('按期完成', '已完成', null, 5),
    },
  ],
  invalid: [
    {
      name: '达成 below its band (7 of 10)',
      forms: row('按期完成', '已完成', 10, 7),
      findings: [{ cell: 'H21', messageId: 'score-band.outside', severity: 'error' }],
    },
    {
      name: '部分达成 with full marks',
      forms: row('全面完成', '部分完成', 10, 10),
      findings: [{ cell: 'H21', messageId: 'score-band.outside' }],
    },
    {
      name: '部分达成 at 8 of 10: the upper bound belongs to 达成',
      forms: row('全面完成', '基本完成', 10, 8),
      findings: [{ cell: 'H21', messageId: 'score-band.outside' }],
    },
    {
      name: '部分达成 below its band (5 of 10)',
      forms: row('全面完成', '部分达成', 10, 5),
      findings: [{ cell: 'H21' }],
    },
    {
      name: '未达成 at 6 of 10: the upper bound belongs to 部分达成',
      forms: row('建成服务中心', '未完成', 10, 6),
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'a restated target (达成) with 3 of 5',
      forms: row('每周五下午', '每周五下午', 5, 3),
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'seed 004 `制定了“七联七包”实施方案` for `制定方案` (达成) with 4 of 6',
      forms: seedWith(16, 4),
      findings: [{ cell: 'H37', messageId: 'score-band.outside' }],
    },
  ],
});

describe('score-band messages', () => {
  it('state the achievement and its band', () => {
    const [finding] = review([row('全面完成', '基本完成', 10, 8)], NATIONAL, { rules: [scoreBand] }).findings;
    expect(finding?.message).toBe(
      '“服务群众”完成情况为“部分达成”，得分应在 6–8 分之间，填写 8 分；请核对 H21。',
    );
  });
});
