import { NATIONAL } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { execRate } from '../../../src/domain/rules/exec-rate';
import { seed004Overall } from '../fixtures/seed-004';
import { cleanForm, type FormInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

type Execution = NonNullable<FormInput['execution']>;

/** The clean form with its fund row replaced: 年初 C4, 全年预算 D4, 全年执行 E4, 分值 F4, 执行率 G4, 得分 H4. */
const funds = (execution: Execution) => cleanForm({ execution });

/** 全年预算数 100, 全年执行数 91.43: the computed 执行率 is 91.43 %. */
const at9143 = (rate: Execution['rate']) =>
  funds({ initial: 100, budget: 100, spent: 91.43, weight: 10, rate, score: 9.14 });

ruleTester(execRate, {
  valid: [
    { name: 'the clean form: 100 / 100 with 1 formatted 0.00%', forms: cleanForm() },
    {
      name: 'a formula saved without its result (a program wrote it) is not an empty cell',
      forms: at9143({ value: null, formula: 'IF(D4>0,E4/D4,"")', format: '0.00%' }),
    },
    { name: 'text `91%` agrees with 91.43 % at the precision it shows', forms: at9143('91%') },
    { name: 'text `91.4%` agrees with 91.43 % at one decimal', forms: at9143('91.4%') },
    { name: 'number 0.9143 formatted 0.00% agrees', forms: at9143({ value: 0.9143, format: '0.00%' }) },
    { name: 'number 0.914 formatted 0.0% agrees', forms: at9143({ value: 0.914, format: '0.0%' }) },
    {
      name: 'a number with its displayed text `91%` is compared as shown',
      forms: at9143({ value: 0.9143, format: '0%', text: '91%' }),
    },
    {
      name: 'full-width `１００％` agrees with 2706.79 / 2706.79',
      forms: funds({ initial: 942.79, budget: 2706.79, spent: 2706.79, rate: '１００％', score: 10 }),
    },
    {
      name: 'the rate divides by 全年预算数 (the adjusted budget), not 年初预算数',
      forms: funds({ initial: 80, budget: 100, spent: 90, rate: '90%', score: 9 }),
    },
    {
      name: '99.996 % shown as `100%` agrees',
      forms: funds({ initial: 100, budget: 100, spent: 99.996, rate: '100%', score: 10 }),
    },
    {
      name: 'a rate above 100 % agrees when stated as computed',
      forms: funds({ initial: 100, budget: 100, spent: 110, rate: '110%', score: 10 }),
    },
    {
      name: 'missing 全年预算数: no rate can be computed, no finding',
      forms: funds({ initial: 100, budget: null, spent: 91.43, rate: '10%', score: 9 }),
    },
    {
      name: 'a 全年预算数 of 0: no rate can be computed, no finding',
      forms: funds({ initial: 0, budget: 0, spent: 0, rate: '0%', score: 0 }),
    },
    {
      name: 'missing 全年执行数: no finding',
      forms: funds({ initial: 100, budget: 100, spent: null, rate: '', score: null }),
    },
    {
      name: 'no 执行率 cell on the form: nothing to compare',
      forms: funds({ initial: 100, budget: 100, spent: 91.43, score: 9.14 }),
    },
  ],
  invalid: [
    {
      name: 'number 0.91 formatted 0.00% disagrees with 91.43 %',
      forms: at9143({ value: 0.91, format: '0.00%' }),
      findings: [{ cell: 'G4', messageId: 'exec-rate.mismatch', severity: 'error' }],
    },
    {
      name: 'seed 004 附件2: `10%` where 2706.79 / 2706.79 = 100 %',
      forms: seed004Overall(),
      findings: [{ cell: 'G4', messageId: 'exec-rate.mismatch', severity: 'error' }],
    },
    {
      name: 'text `92%` disagrees with 91.43 %',
      forms: at9143('92%'),
      findings: [{ cell: 'G4', messageId: 'exec-rate.mismatch' }],
    },
    {
      name: '0.915 formatted 0% shows 92 %, not 91 %',
      forms: at9143({ value: 0.915, format: '0%' }),
      findings: [{ cell: 'G4', messageId: 'exec-rate.mismatch' }],
    },
    {
      name: 'a rate taken over 年初预算数 (90 / 80 = 112.5 %) is wrong',
      forms: funds({ initial: 80, budget: 100, spent: 90, rate: '112.5%', score: 9 }),
      findings: [{ cell: 'G4', messageId: 'exec-rate.mismatch' }],
    },
    {
      name: 'an empty 执行率 cell is reported as missing',
      forms: at9143(null),
      findings: [{ cell: 'G4', messageId: 'exec-rate.missing', severity: 'error' }],
    },
    {
      name: 'a whitespace-only 执行率 cell is reported as missing',
      forms: at9143('  '),
      findings: [{ cell: 'G4', messageId: 'exec-rate.missing' }],
    },
  ],
});

describe('exec-rate findings carry the computed rate', () => {
  it('states 100% for seed 004 and the entered 10%', () => {
    const [finding] = review([seed004Overall()], NATIONAL, { rules: [execRate] }).findings;
    expect(finding?.message).toMatch(
      /^执行率填写为 10(\.0+)?%，按全年执行数 2706\.79 万元 ÷ 全年预算数 2706\.79 万元应为 100(\.0+)?%；请在 G4 改为 100(\.0+)?%。$/,
    );
    expect(finding?.expected).toBe(1);
    expect(finding?.actual).toBe(0.1);
  });
});
