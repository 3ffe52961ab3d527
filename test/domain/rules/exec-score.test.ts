import { HEBEI_LOCAL, NATIONAL, SICHUAN } from '../../../src/domain/profiles/builtin';
import type { Profile } from '../../../src/domain/profiles/types';
import { review } from '../../../src/domain/review';
import { execScore } from '../../../src/domain/rules/exec-score';
import { seed004Overall } from '../fixtures/seed-004';
import { cleanForm, type FormInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A bureau's own profile: linear, rounded to a whole point (domain.md §2 `rounded`). */
const ROUNDED: Profile = {
  ...NATIONAL,
  id: 'custom-rounded',
  name: '某市（取整）',
  executionScoring: 'rounded',
};

/** 全年预算数 100 and the given 全年执行数, so the computed 执行率 is spent %; 得分 in H4. */
const spentWith = (spent: number, score: NonNullable<FormInput['execution']>['score']) =>
  cleanForm({
    execution: { initial: 100, budget: 100, spent, weight: 10, rate: `${spent}%`, score },
  });

ruleTester(execScore, {
  valid: [
    { name: 'the clean form: 100 % → 10', forms: cleanForm() },
    { name: 'linear: 91.43 % → 9.14', forms: spentWith(91.43, 9.14) },
    { name: 'linear: 95 % → 9.5', forms: spentWith(95, 9.5) },
    { name: 'linear: above 100 % is capped at 10', forms: spentWith(110, 10) },
    { name: 'linear: 0 % → 0', forms: spentWith(0, 0) },
    { name: 'seed 004: score 10 fits 100 % even though the rate cell says 10%', forms: seed004Overall() },
    { name: 'step10 (hebei-local): 95 % → 9', forms: spentWith(95, 9), profile: HEBEI_LOCAL },
    { name: 'step10 (hebei-local): 100 % → 10', forms: spentWith(100, 10), profile: HEBEI_LOCAL },
    { name: 'step10 (hebei-local): 89.5 % → 8', forms: spentWith(89.5, 8), profile: HEBEI_LOCAL },
    {
      name: 'step10 (hebei-local): 99.9 % is not 100 % → 9',
      forms: spentWith(99.9, 9),
      profile: HEBEI_LOCAL,
    },
    {
      name: 'sichuan scores linearly like national: 85 % → 8.5',
      forms: spentWith(85, 8.5),
      profile: SICHUAN,
    },
    { name: 'rounded (custom profile): 91.43 % → 9', forms: spentWith(91.43, 9), profile: ROUNDED },
    { name: 'rounded (custom profile): 94.5 % → 9.45 → 9', forms: spentWith(94.5, 9), profile: ROUNDED },
    { name: 'rounded (custom profile): 95 % → 9.5 → 10', forms: spentWith(95, 10), profile: ROUNDED },
    {
      name: 'missing 全年预算数: no rate, no finding',
      forms: cleanForm({ execution: { initial: 100, budget: null, spent: 90, rate: '90%', score: 3 } }),
    },
    {
      name: 'no 得分 cell on the form: nothing to compare',
      forms: cleanForm({ execution: { initial: 100, budget: 100, spent: 90, rate: '90%' } }),
    },
  ],
  invalid: [
    {
      name: 'linear: 91.43 % entered as 9',
      forms: spentWith(91.43, 9),
      findings: [{ cell: 'H4', messageId: 'exec-score.mismatch', severity: 'error' }],
    },
    {
      name: 'linear (national): 95 % entered as the step10 9',
      forms: spentWith(95, 9),
      findings: [{ cell: 'H4', messageId: 'exec-score.mismatch' }],
    },
    {
      name: 'step10 (hebei-local): 95 % entered as the linear 9.5',
      forms: spentWith(95, 9.5),
      profile: HEBEI_LOCAL,
      findings: [{ cell: 'H4', messageId: 'exec-score.mismatch' }],
    },
    {
      name: 'step10 (hebei-local): 99.9 % entered as 10',
      forms: spentWith(99.9, 10),
      profile: HEBEI_LOCAL,
      findings: [{ cell: 'H4', messageId: 'exec-score.mismatch' }],
    },
    {
      name: 'rounded (custom profile): 91.43 % entered as the linear 9.14',
      forms: spentWith(91.43, 9.14),
      profile: ROUNDED,
      findings: [{ cell: 'H4', messageId: 'exec-score.mismatch' }],
    },
    {
      name: 'linear: above 100 % scored above 10',
      forms: spentWith(110, 11),
      findings: [{ cell: 'H4', messageId: 'exec-score.mismatch' }],
    },
    {
      name: 'an empty 得分 cell is reported as missing',
      forms: spentWith(91.43, null),
      findings: [{ cell: 'H4', messageId: 'exec-score.missing', severity: 'error' }],
    },
  ],
});

describe('exec-score messages name the method', () => {
  it('says 按档计分 and the expected 9 under hebei-local', () => {
    const [finding] = review([spentWith(95, 9.5)], HEBEI_LOCAL, { rules: [execScore] }).findings;
    expect(finding?.message).toMatch(
      /^执行率得分填写为 9\.5，按执行率 95(\.0+)?%（按档计分）应为 9 分；请在 H4 改正。$/,
    );
    expect(finding?.actual).toBe(9.5);
    expect(finding?.expected).toBe(9);
  });

  it('says 按比例取整计分 under a custom rounded profile', () => {
    const [finding] = review([spentWith(91.43, 9.14)], ROUNDED, { rules: [execScore] }).findings;
    expect(finding?.message).toMatch(
      /^执行率得分填写为 9\.14，按执行率 91\.43%（按比例取整计分）应为 9 分；请在 H4 改正。$/,
    );
    expect(finding?.expected).toBe(9);
  });
});
