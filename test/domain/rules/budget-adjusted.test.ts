import { HEBEI_LOCAL, NATIONAL, SICHUAN } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { budgetAdjusted } from '../../../src/domain/rules/budget-adjusted';
import { seed004Overall } from '../fixtures/seed-004';
import { cleanForm, type FormInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

type Execution = NonNullable<FormInput['execution']>;

/** 年初预算数 C4, 全年预算数 D4, 全年执行数 E4, 执行率 G4 (stated as computed). */
const funds = (initial: number | null, budget: number, spent: number, extra: Partial<Execution> = {}) =>
  cleanForm({
    execution: {
      initial,
      budget,
      spent,
      weight: 10,
      rate: { value: spent / budget, format: '0.00%' },
      score: 10,
      ...extra,
    },
  });

ruleTester(budgetAdjusted, {
  valid: [
    { name: 'the clean form: no adjustment, 100 %', forms: cleanForm() },
    { name: 'an adjustment of exactly 20 % is within the threshold', forms: funds(100, 120, 120) },
    { name: 'a cut of exactly 20 % is within the threshold', forms: funds(100, 80, 80) },
    { name: 'an adjustment of 10 %', forms: funds(100, 110, 100) },
    { name: 'no 年初预算数: nothing to compare the budget with', forms: funds(null, 500, 500) },
    { name: 'exactly 100 % executed', forms: funds(100, 100, 100) },
    { name: 'national: 85 % needs no reason', forms: funds(100, 100, 85) },
    { name: 'hebei-local: 85 % needs no reason', forms: funds(100, 100, 85), profile: HEBEI_LOCAL },
    { name: 'sichuan: exactly 90 % is not below 90 %', forms: funds(100, 100, 90), profile: SICHUAN },
    {
      name: 'no budget and no spending: nothing to check',
      forms: funds(100, 100, 100, { budget: null, spent: null, rate: null }),
    },
  ],
  invalid: [
    {
      name: 'seed 004: 年初 942.79 → 全年 2706.79 is an adjustment to explain',
      forms: seed004Overall(),
      findings: [{ cell: 'D4', messageId: 'budget-adjusted.adjusted', severity: 'warning' }],
    },
    {
      name: 'a rise of 25 %',
      forms: funds(100, 125, 125),
      findings: [{ cell: 'D4', messageId: 'budget-adjusted.adjusted' }],
    },
    {
      name: 'a cut of 25 %',
      forms: funds(100, 75, 75),
      findings: [{ cell: 'D4', messageId: 'budget-adjusted.adjusted' }],
    },
    {
      name: 'a project funded only mid-year (年初 0 → 全年 50) is an adjustment',
      forms: funds(0, 50, 50),
      findings: [{ cell: 'D4', severity: 'warning' }],
    },
    {
      name: '执行率 above 100 % (105 of 100) is reported on the 执行率 cell',
      forms: funds(100, 100, 105),
      findings: [{ cell: 'G4', messageId: 'budget-adjusted.over-spent', severity: 'warning' }],
    },
    {
      name: '执行率 above 100 % without a 执行率 cell is reported on 全年执行数',
      forms: funds(100, 100, 105, { rate: undefined }),
      findings: [{ cell: 'E4', messageId: 'budget-adjusted.over-spent' }],
    },
    {
      name: 'an adjustment and overspending: both, in column order',
      forms: funds(100, 130, 140),
      findings: [
        { cell: 'D4', messageId: 'budget-adjusted.adjusted' },
        { cell: 'G4', messageId: 'budget-adjusted.over-spent' },
      ],
    },
    {
      name: 'sichuan: 85 % is below 90 % and needs a stated reason',
      forms: funds(100, 100, 85),
      profile: SICHUAN,
      findings: [{ cell: 'G4', messageId: 'budget-adjusted.low-rate', severity: 'warning' }],
    },
    {
      name: 'sichuan: overspending is still reported as such',
      forms: funds(100, 100, 101),
      profile: SICHUAN,
      findings: [{ cell: 'G4', messageId: 'budget-adjusted.over-spent' }],
    },
  ],
});

describe('budget-adjusted messages', () => {
  it('states the size of the adjustment for seed 004', () => {
    const [finding] = review([seed004Overall()], NATIONAL, { rules: [budgetAdjusted] }).findings;
    expect(finding?.message).toMatch(
      /^全年预算数 2706\.79 万元与年初预算数 942\.79 万元相差 187\.1\d*%，属于预算调整，请在自评报告中说明调整原因。$/,
    );
  });

  it('states the sichuan threshold', () => {
    const [finding] = review([funds(100, 100, 85)], SICHUAN, { rules: [budgetAdjusted] }).findings;
    expect(finding?.message).toMatch(
      /^执行率 85(\.0+)?% 低于 90(\.0+)?%，.+要求说明原因，请在自评表或自评报告中写明。$/,
    );
  });
});
