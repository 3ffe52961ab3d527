import type { Form } from '../../../src/domain/form';
import { GUANGXI, HEBEI_LOCAL, NATIONAL } from '../../../src/domain/profiles/builtin';
import { overAchievement } from '../../../src/domain/rules/over-achievement';
import { buildForm, cleanForm, type CellInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A form with one indicator row at sheet row 21 (cause cell I21). */
function oneRow(name: string, target: CellInput, result: CellInput, cause: CellInput = ''): Form {
  return buildForm({
    name: '示例项目',
    indicators: [['产出指标', '数量指标', name, target, result, 5, 5, cause]],
  });
}

const OVER = { cell: 'I21', messageId: 'over-achievement.no-cause', severity: 'warning' } as const;
const PCT = (value: number) => ({ value, format: '0%' });

ruleTester(overAchievement, {
  valid: [
    { name: 'a clean form (its 120 % row states a cause)', forms: cleanForm() },
    { name: 'national: 119 of ≥100 is below k = 1.2', forms: oneRow('培训人数', '≥100人', '119人') },
    {
      name: 'guangxi: 125 % (100 % of ≥80 %) is below k = 1.3',
      forms: oneRow('覆盖率', '≥80%', '100%'),
      profile: GUANGXI,
    },
    { name: 'guangxi: 129 of 100', forms: oneRow('培训人数', '100人', '129人'), profile: GUANGXI },
    {
      name: 'a real cause silences it',
      forms: oneRow('培训人数', '≥100人', '150人', '报名踊跃，年初指标设定偏低，下年度调高指标值'),
    },
    { name: 'lower-is-better (≤): B far below A', forms: oneRow('成本控制', '≤100万元', '50万元') },
    { name: 'lower-is-better by name: B far below A', forms: oneRow('投诉率', '10%', '2%') },
    {
      name: 'lower-is-better: B ≥ 1.2 A is a shortfall, not over-achievement',
      forms: oneRow('事故发生率', '5%', '8%'),
    },
    {
      name: '= target: B ≥ 1.2 A is a deviation, not over-achievement',
      forms: oneRow('培训场次', '=10次', '15次'),
    },
    { name: 'zero target met', forms: oneRow('安全事故发生数', '0起', '0起') },
    { name: 'a qualitative row', forms: oneRow('服务群众', '显著提升', '显著提升') },
    { name: 'a 不适用 row', forms: oneRow('不适用', '不适用', '不适用') },
    {
      name: 'units that do not meet (人 vs 人次) cannot be compared',
      forms: oneRow('培训人数', '100人次', '150人'),
    },
    { name: 'a non-numeric result', forms: oneRow('培训人数', '≥100人', '已完成') },
  ],
  invalid: [
    {
      name: 'national: exactly k = 1.2 (120 of ≥100)',
      forms: oneRow('培训人数', '≥100人', '120人'),
      findings: [OVER],
    },
    { name: 'national: 125 % (100 % of ≥80 %)', forms: oneRow('覆盖率', '≥80%', '100%'), findings: [OVER] },
    {
      name: 'national passed explicitly: 125 % with a placeholder cause 无',
      forms: oneRow('覆盖率', '≥80%', '100%', '无'),
      profile: NATIONAL,
      findings: [OVER],
    },
    {
      name: 'guangxi: exactly k = 1.3 (130 of 100)',
      forms: oneRow('培训人数', '100人', '130人'),
      profile: GUANGXI,
      findings: [OVER],
    },
    {
      name: 'hebei-local keeps k = 1.2',
      forms: oneRow('培训人数', '≥100人', '121人'),
      profile: HEBEI_LOCAL,
      findings: [OVER],
    },
    {
      name: 'money converts: 150000元 of 10万元',
      forms: oneRow('带动投资', '10万元', '150000元'),
      findings: [OVER],
    },
    {
      name: 'a plain number target is higher-is-better',
      forms: oneRow('宣传册发放', '100', '200'),
      findings: [OVER],
    },
    { name: '达到 target', forms: oneRow('参训人数', '达到100人', '130人', '同上'), findings: [OVER] },
    {
      name: 'percent-formatted numbers: 100 % of 80 %',
      forms: oneRow('覆盖率', PCT(0.8), PCT(1)),
      findings: [OVER],
    },
    {
      name: 'several rows: only the higher-is-better ones without a cause',
      forms: buildForm({
        indicators: [
          ['产出指标', '数量指标', '培训人数', '≥100人', '150人', 5, 5, ''],
          ['', '成本指标', '成本控制', '≤100万元', '40万元', 5, 5, ''],
          ['', '数量指标', '宣传场次', '10场次', '20场次', 5, 5, '群众需求大，增加场次'],
          ['', '质量指标', '合格率', '≥80%', '99%', 5, 5, '/'],
        ],
      }),
      findings: [OVER, { ...OVER, cell: 'I24' }],
    },
  ],
});
