import type { Form } from '../../../src/domain/form';
import { valueNumber } from '../../../src/domain/rules/value-number';
import { buildForm, cleanForm, type CellInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A form with one indicator row at sheet row 21 (target E21, result F21), and a fund block for budget references. */
function oneRow(name: string, target: CellInput, result: CellInput): Form {
  return buildForm({
    name: '示例项目',
    execution: { initial: 942.79, budget: 2706.79, spent: 2706.79, weight: 10, rate: '100%', score: 10 },
    indicators: [['产出指标', '数量指标', name, target, result, 5, 5, '']],
  });
}

const NOT_NUMBER = { cell: 'F21', messageId: 'value-number.not-number' } as const;
const UNPARSED_RESULT = { cell: 'F21', messageId: 'value-number.unparsed' } as const;
const UNPARSED_TARGET = { cell: 'E21', messageId: 'value-number.unparsed' } as const;

ruleTester(valueNumber, {
  valid: [
    { name: 'a clean form', forms: cleanForm() },
    {
      name: 'a numeric result for a quantitative target',
      forms: oneRow('拆除违法建设数量', '139处', '139处'),
    },
    { name: 'a bare number result', forms: oneRow('培训人数', '≥100人', '120') },
    { name: 'a number typed as a number', forms: oneRow('培训人数', '≥100人', 120) },
    { name: 'an approximate count (S-004 120余家)', forms: oneRow('组织企业参加招聘', '120余家', '120余家') },
    {
      name: 'a numeric result with a remark',
      forms: oneRow('完成医保参保人数', '19000人', '19000人(超额完成)'),
    },
    {
      name: 'budget-ref target with an amount (S-004)',
      forms: oneRow('总成本控制', '不超过年初预算投入', '2706.79万元'),
    },
    {
      name: 'a qualitative target with a qualitative result',
      forms: oneRow('补贴发放', '每月完成', '已完成'),
    },
    { name: 'a qualitative target with a numeric result', forms: oneRow('职工能力培训', '显著加强', '12场') },
    { name: 'a 不适用 row', forms: oneRow('不适用', '不适用', '不适用') },
    { name: 'an empty result is left to the required rule', forms: oneRow('培训人数', '≥100人', null) },
  ],
  invalid: [
    {
      name: 'quantitative target, result 已完成',
      forms: oneRow('培训人数', '≥100人', '已完成'),
      findings: [NOT_NUMBER],
    },
    {
      name: '100 % target, result 全部完成',
      forms: oneRow('按期办结率', '100%', '全部完成'),
      findings: [NOT_NUMBER],
    },
    {
      name: 'budget-ref target with a text result',
      forms: oneRow('总成本控制', '不超过年初预算投入', '严格按预算执行'),
      findings: [NOT_NUMBER],
    },
    {
      name: 'budget-ref target with a budget-ref result (control stated, no amount)',
      forms: oneRow('总成本控制', '不超过年初预算投入', '控制在年初预算以内'),
      findings: [NOT_NUMBER],
    },
    {
      name: 'an unreadable result: 139处，共4496平方米 holds two numbers',
      forms: oneRow('拆除违法建设数量', '139处', '139处，共4496平方米'),
      findings: [UNPARSED_RESULT],
    },
    {
      name: 'an unreadable target',
      forms: oneRow('拆除违法建设数量', '139处，共4496平方米', '139处'),
      findings: [UNPARSED_TARGET],
    },
    {
      name: 'a result with conflicting comparators renders its reason',
      forms: oneRow('投诉率', '≤5%', '≥5%以下'),
      findings: [UNPARSED_RESULT],
    },
    {
      name: 'a TRUE/FALSE cell as result renders its reason',
      forms: oneRow('培训人数', '≥100人', true),
      findings: [UNPARSED_RESULT],
    },
    {
      name: 'both cells unreadable: target first, then result',
      forms: oneRow('拆除违法建设数量', '1.2.3处', '139处，共4496平方米'),
      findings: [UNPARSED_TARGET, UNPARSED_RESULT],
    },
  ],
});
