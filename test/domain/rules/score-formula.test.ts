import { GUANGXI, HEBEI_LOCAL, NATIONAL } from '../../../src/domain/profiles/builtin';
import type { Profile } from '../../../src/domain/profiles/types';
import { review } from '../../../src/domain/review';
import { scoreFormula } from '../../../src/domain/rules/score-formula';
import { seed004Overall } from '../fixtures/seed-004';
import { buildForm, cleanForm, type CellInput, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** One indicator in row 21 (得分 H21) under 年初预算数 942.79 / 全年预算数 2706.79 (seed 004). */
const row = (name: string, target: CellInput, result: CellInput, weight: CellInput, score: CellInput) =>
  buildForm({
    execution: { initial: 942.79, budget: 2706.79, spent: 2706.79, weight: 10, rate: '100%', score: 10 },
    indicators: [
      ['产出指标', '数量指标', name, target, result, weight, score, '原因见报告'] as IndicatorInput,
    ],
  });

const TIGHTER: Profile = { ...NATIONAL, id: 'tight', name: '严格容差', scoreTolerance: 0.01 };

ruleTester(scoreFormula, {
  valid: [
    { name: 'the clean form', forms: cleanForm() },
    { name: 'higher-is-better met: full marks', forms: row('培训人数', '≥100人', '120人', 10, 10) },
    { name: 'higher-is-better short: w × B / A = 8', forms: row('培训人数', '≥100人', '80人', 10, 8) },
    { name: 'tolerance: 8.1 is within 0.1 of 8', forms: row('培训人数', '≥100人', '80人', 10, 8.1) },
    { name: 'tolerance: 7.9 is within 0.1 of 8', forms: row('培训人数', '≥100人', '80人', 10, 7.9) },
    {
      name: 'a plain-number target is higher-is-better: 95 of 100 % → 9.5',
      forms: row('完成率', '100%', '95%', 10, 9.5),
    },
    {
      name: 'a result formatted 0% (0.9 of ≥95 %) → 9.47',
      forms: row('合格率', '≥95%', { value: 0.9, format: '0%' }, 10, 9.47),
    },
    // A bare number beside a percentage is in points or a fraction, whichever lies nearer: never 98 as 9 800 %.
    { name: 'a bare target (95) against 98 %: met', forms: row('合格率', '95', '98%', 10, 10) },
    { name: 'a bare target (0.95) against 98 %: met', forms: row('合格率', '0.95', '98%', 10, 10) },
    { name: 'a bare result (98) against ≥95 %: met', forms: row('合格率', '≥95%', '98', 10, 10) },
    { name: 'a bare result (0.98) against ≥95 %: met', forms: row('合格率', '≥95%', '0.98', 10, 10) },
    { name: 'a bare result (0.5) against ≤1 %: met', forms: row('差错率', '≤1%', '0.5', 10, 10) },
    { name: 'a bare result (90) against 95 %: 9.47', forms: row('合格率', '95%', '90', 10, 9.47) },
    { name: 'equal met: =50 人, 50 人', forms: row('配备人数', '=50人', '50人', 10, 10) },
    {
      name: 'equal short scores as higher-is-better: 40 of =50 → 8',
      forms: row('配备人数', '=50人', '40人', 10, 8),
    },
    { name: 'zero target met: 0 起, 0 起', forms: row('安全事故', '0起', '0起', 5, 5) },
    { name: 'zero target `≤0` missed: 0 points', forms: row('安全事故', '≤0', '1起', 5, 0) },
    { name: 'zero target `0%` missed: 0 points', forms: row('安全成产事故发生率', '0%', '2%', 4, 0) },
    { name: 'lower-is-better met: ≤100 万元, 96 万元', forms: row('成本控制', '≤100万元', '96万元', 10, 10) },
    {
      name: 'lower-is-better, ratio (national): ≤5 %, 6 % → 8.33',
      forms: row('差错率', '≤5%', '6%', 10, 8.33),
    },
    { name: 'lower-is-better, ratio (national): ≤5 %, 10 % → 5', forms: row('差错率', '≤5%', '10%', 10, 5) },
    {
      name: 'lower-is-better, linear (guangxi): ≤5 %, 6 % → 8',
      forms: row('差错率', '≤5%', '6%', 10, 8),
      profile: GUANGXI,
    },
    {
      name: 'lower-is-better, linear (hebei-local): 0 once B ≥ 2A',
      forms: row('差错率', '≤5%', '12%', 10, 0),
      profile: HEBEI_LOCAL,
    },
    { name: 'lower-is-better by name (投诉率 5 %, 8 %) → 6.25', forms: row('投诉率', '5%', '8%', 10, 6.25) },
    {
      name: 'budget reference `不超过年初预算投入` (942.79) met by 900 万元',
      forms: row('总成本控制', '不超过年初预算投入', '900万元', 5, 5),
    },
    {
      name: 'budget reference: a bare amount is read in 万元',
      forms: row('总成本控制', '不超过年初预算投入', 942.79, 5, 5),
    },
    {
      name: 'budget reference over budget, ratio: 5 × 942.79 / 2706.79 = 1.74',
      forms: row('总成本控制', '不超过年初预算投入', '2706.79万元', 5, 1.74),
    },
    {
      name: 'budget reference `不超当年预算` reads 全年预算数 (2706.79)',
      forms: row('成本', '不超当年预算', '2706.79万元', 10, 10),
    },
    {
      name: 'a qualitative row is score-band’s business',
      forms: row('服务群众', '显著提升', '部分提升', 10, 10),
    },
    { name: 'a 不适用 row', forms: row('不适用', '不适用', '不适用', null, null) },
    {
      name: 'units that cannot meet (人 vs 人次) give no formula',
      forms: row('培训', '≥100人', '80人次', 10, 10),
    },
    { name: 'no 分值: no formula', forms: row('培训人数', '≥100人', '80人', null, 10) },
    { name: 'no 得分: nothing to compare', forms: row('培训人数', '≥100人', '80人', 10, null) },
  ],
  invalid: [
    {
      name: 'higher-is-better short but full marks claimed',
      forms: row('培训人数', '≥100人', '80人', 10, 10),
      findings: [{ cell: 'H21', messageId: 'score-formula.mismatch', severity: 'warning' }],
    },
    {
      name: 'tolerance: 7.85 is more than 0.1 from 8',
      forms: row('培训人数', '≥100人', '80人', 10, 7.85),
      findings: [{ cell: 'H21', messageId: 'score-formula.mismatch' }],
    },
    {
      name: 'a tighter profile tolerance (0.01) rejects 8.05',
      forms: row('培训人数', '≥100人', '80人', 10, 8.05),
      profile: TIGHTER,
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'equal short: 40 of =50 with full marks',
      forms: row('配备人数', '=50人', '40人', 10, 10),
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'zero target missed with full marks: 0 起 vs 2 起',
      forms: row('安全事故', '0起', '2起', 5, 5),
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'zero target met but points taken off',
      forms: row('投诉率', '=0', '0', 5, 3),
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'lower-is-better: ratio’s 8.33 under guangxi (linear, 8)',
      forms: row('差错率', '≤5%', '6%', 10, 8.33),
      profile: GUANGXI,
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'lower-is-better: linear’s 8 under national (ratio, 8.33)',
      forms: row('差错率', '≤5%', '6%', 10, 8),
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'lower-is-better: ratio’s 4.17 under guangxi, where 12 % ≥ 2 × 5 % scores 0',
      forms: row('差错率', '≤5%', '12%', 10, 4.17),
      profile: GUANGXI,
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'lower-is-better by name with full marks claimed',
      forms: row('投诉率', '5%', '8%', 10, 10),
      findings: [{ cell: 'H21' }],
    },
    {
      name: 'seed 004: `不超过年初预算投入` (942.79) vs 2706.79 万元, 4 of 5',
      forms: seed004Overall(),
      findings: [{ cell: 'H32', messageId: 'score-formula.mismatch', severity: 'warning' }],
    },
    {
      name: 'seed 004’s cost row under guangxi: linear gives 0',
      forms: row('总成本控制', '不超过年初预算投入', '2706.79万元', 5, 1.74),
      profile: GUANGXI,
      findings: [{ cell: 'H21' }],
    },
  ],
});

describe('score-formula messages', () => {
  it('state target, result, expected and entered score for seed 004', () => {
    const [finding] = review([seed004Overall()], NATIONAL, { rules: [scoreFormula] }).findings;
    expect(finding?.message).toBe(
      '“总成本控制”：年度指标值 不超过年初预算投入，实际完成值 2706.79万元，按计分规则应得 1.74 分，填写 4 分；请核对 H32 的得分。',
    );
    expect(finding?.expected).toBe(1.74);
  });
});
