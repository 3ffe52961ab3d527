import type { Form } from '../../../src/domain/form';
import { valueComparator } from '../../../src/domain/rules/value-comparator';
import { buildForm, cleanForm, type CellInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A form with one indicator row at sheet row 21 (result F21). */
function oneRow(name: string, target: CellInput, result: CellInput): Form {
  return buildForm({
    name: '示例项目',
    indicators: [['效益指标', '社会效益指标', name, target, result, 5, 5, '']],
  });
}

const IN_RESULT = { cell: 'F21', messageId: 'value-comparator.in-result', severity: 'error' } as const;

ruleTester(valueComparator, {
  valid: [
    { name: 'a clean form (comparators in targets only)', forms: cleanForm() },
    { name: 'a plain result for a ≥ target', forms: oneRow('社会稳定率', '≥90%', '95%') },
    {
      name: '120余家 is an approximate count, not a bound (S-004)',
      forms: oneRow('组织企业参加招聘', '120余家', '120余家'),
    },
    {
      name: '近19000人 is an approximate count, not a bound',
      forms: oneRow('完成医保参保人数', '19000人', '近19000人'),
    },
    { name: '19000人左右', forms: oneRow('完成医保参保人数', '19000人', '19000人左右') },
    { name: '约95%', forms: oneRow('群众满意度', '≥90%', '约95%') },
    { name: '达 and 达到 in a result only say it reached', forms: oneRow('通过率', '≥90%', '通过率达100%') },
    { name: '达到95%', forms: oneRow('群众满意度', '≥90%', '达到95%') },
    { name: 'a qualitative result', forms: oneRow('社会稳定', '显著提升', '明显提升') },
    { name: 'a 不适用 row', forms: oneRow('不适用', '不适用', '不适用') },
    { name: 'an empty result', forms: oneRow('社会稳定率', '≥90%', null) },
    { name: 'a number cell', forms: oneRow('社会稳定率', '≥90%', { value: 0.95, format: '0%' }) },
  ],
  invalid: [
    { name: '≥90% as a result', forms: oneRow('社会稳定率', '≥90%', '≥90%'), findings: [IN_RESULT] },
    {
      name: 'S-000: 社会稳定率达到≥90%',
      forms: oneRow('社会稳定率', '≥90%', '社会稳定率达到≥90%'),
      findings: [IN_RESULT],
    },
    {
      name: 'S-000 short form: 达到≥90%',
      forms: oneRow('社会稳定率', '≥90%', '达到≥90%'),
      findings: [IN_RESULT],
    },
    { name: 'full-width ≥９０％', forms: oneRow('社会稳定率', '≥90%', '≥９０％'), findings: [IN_RESULT] },
    { name: '不低于95%', forms: oneRow('群众满意度', '≥95%', '不低于95%'), findings: [IN_RESULT] },
    { name: '95%以上', forms: oneRow('群众满意度', '≥95%', '95%以上'), findings: [IN_RESULT] },
    { name: '≤5% as a result', forms: oneRow('投诉率', '≤5%', '≤5%'), findings: [IN_RESULT] },
    { name: '>100人 as a result', forms: oneRow('培训人数', '100人', '>100人'), findings: [IN_RESULT] },
    {
      name: 'two rows, in row order',
      forms: buildForm({
        indicators: [
          ['效益指标', '社会效益指标', '社会稳定率', '≥90%', '≥90%', 5, 5, ''],
          ['', '', '群众知晓率', '≥90%', '92%', 5, 5, ''],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥95%', '不低于95%', 5, 5, ''],
        ],
      }),
      findings: [IN_RESULT, { ...IN_RESULT, cell: 'F23' }],
    },
  ],
});
