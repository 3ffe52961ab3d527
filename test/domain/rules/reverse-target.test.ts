import type { Form } from '../../../src/domain/form';
import { reverseTarget } from '../../../src/domain/rules/reverse-target';
import { buildForm, cleanForm, type CellInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A form with one indicator row at sheet row 21 (target E21). */
function oneRow(name: string, target: CellInput, result: CellInput = '0%'): Form {
  return buildForm({
    name: '示例项目',
    indicators: [['效益指标', '社会效益指标', name, target, result, 5, 5, '']],
  });
}

const REVERSED = { cell: 'E21', messageId: 'reverse-target.reversed', severity: 'warning' } as const;

ruleTester(reverseTarget, {
  valid: [
    { name: 'a clean form', forms: cleanForm() },
    { name: '控制率 100% is the norm', forms: oneRow('预算控制率', '100%', '98%') },
    { name: '控制率 ≤100%', forms: oneRow('预算控制率', '≤100%', '98%') },
    { name: '事故发生率 0', forms: oneRow('安全生产事故发生率', '0', '0') },
    { name: '事故发生率 0% (S-004)', forms: oneRow('安全成产事故发生率', '0%', '0%') },
    { name: '投诉率 ≤5%', forms: oneRow('投诉率', '≤5%', '2%') },
    { name: '投诉率 5%以下', forms: oneRow('投诉率', '5%以下', '2%') },
    { name: '差错率 plain 2%', forms: oneRow('差错率', '2%', '1%') },
    {
      name: 'S-001 as the form stated it: 赴省重访率 target 完成',
      forms: oneRow('赴省重访率', '完成', '完成'),
    },
    { name: 'a higher-is-better name with 100%', forms: oneRow('按期办结率', '100%', '100%') },
    { name: 'a higher-is-better name with ≥95%', forms: oneRow('群众满意度', '≥95%', '98%') },
    { name: 'a 不适用 row', forms: oneRow('投诉率', '不适用', '不适用') },
  ],
  invalid: [
    { name: 'S-001: 赴省重访率 100%', forms: oneRow('赴省重访率', '100%', '100%'), findings: [REVERSED] },
    { name: '投诉率 ≥5%', forms: oneRow('投诉率', '≥5%', '3%'), findings: [REVERSED] },
    { name: '信访投诉率 不低于90%', forms: oneRow('信访投诉率', '不低于90%', '95%'), findings: [REVERSED] },
    { name: '事故发生率 >0', forms: oneRow('安全事故发生率', '>0%', '0%'), findings: [REVERSED] },
    {
      name: '差错率 as a percent-formatted 1 (100 %)',
      forms: oneRow('差错率', { value: 1, format: '0%' }),
      findings: [REVERSED],
    },
    { name: 'full-width １００％', forms: oneRow('赴省重访率', '１００％', '100%'), findings: [REVERSED] },
    {
      name: '赴省重访率 =100% is a 100 % target too',
      forms: oneRow('赴省重访率', '=100%', '100%'),
      findings: [REVERSED],
    },
    {
      name: '控制率 ≥100% points the wrong way',
      forms: oneRow('预算控制率', '≥100%', '100%'),
      findings: [REVERSED],
    },
    {
      name: 'two rows, in row order',
      forms: buildForm({
        indicators: [
          ['效益指标', '社会效益指标', '赴省重访率', '100%', '100%', 5, 5, ''],
          ['', '', '群众满意度', '≥95%', '98%', 5, 5, ''],
          ['', '', '投诉率', '≥5%', '3%', 5, 5, ''],
        ],
      }),
      findings: [REVERSED, { ...REVERSED, cell: 'E23' }],
    },
  ],
});
