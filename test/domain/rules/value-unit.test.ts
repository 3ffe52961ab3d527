import type { Form } from '../../../src/domain/form';
import { valueUnit } from '../../../src/domain/rules/value-unit';
import { buildForm, cleanForm, type CellInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A form with one indicator row at sheet row 21 (result F21). */
function oneRow(name: string, target: CellInput, result: CellInput): Form {
  return buildForm({
    name: '示例项目',
    execution: { initial: 942.79, budget: 2706.79, spent: 2706.79, weight: 10, rate: '100%', score: 10 },
    indicators: [['产出指标', '数量指标', name, target, result, 5, 5, '']],
  });
}

const MISMATCH = { cell: 'F21', messageId: 'value-unit.mismatch', severity: 'warning' } as const;

ruleTester(valueUnit, {
  valid: [
    { name: 'a clean form', forms: cleanForm() },
    { name: 'the same unit', forms: oneRow('培训人次', '≥500人次', '520人次') },
    { name: '元 vs 万元 convert', forms: oneRow('带动投资', '≥10万元', '120000元') },
    { name: '亿元 vs 万元 convert (S-004 1亿元)', forms: oneRow('争取资金', '1亿元', '10000万元') },
    { name: '万平方米 vs 平方米 convert', forms: oneRow('改造面积', '1.37万平方米', '13700平方米') },
    { name: '名 counts 人', forms: oneRow('培训人数', '100人', '100名') },
    { name: 'a bare number result takes the target unit', forms: oneRow('培训人次', '≥500人次', '520') },
    { name: 'a number-typed result', forms: oneRow('培训人次', '≥500人次', 520) },
    { name: 'a bare number target', forms: oneRow('培训人数', '100', '100人') },
    {
      name: 'budget-ref target with a money result (S-004)',
      forms: oneRow('总成本控制', '不超过年初预算投入', '2706.79万元'),
    },
    { name: 'a qualitative result', forms: oneRow('培训人数', '≥100人', '已完成') },
    { name: 'a 不适用 row', forms: oneRow('不适用', '不适用', '不适用') },
  ],
  invalid: [
    { name: '人 vs 人次', forms: oneRow('培训人次', '≥500人次', '480人'), findings: [MISMATCH] },
    { name: '处 vs 户', forms: oneRow('危房改造', '10处', '12户'), findings: [MISMATCH] },
    { name: '% vs 人', forms: oneRow('参保率', '≥95%', '95人'), findings: [MISMATCH] },
    { name: 'area vs length', forms: oneRow('道路硬化', '1.2万平方米', '1.2万米'), findings: [MISMATCH] },
    {
      name: 'budget-ref target with a count result',
      forms: oneRow('总成本控制', '不超过年初预算投入', '50人'),
      findings: [MISMATCH],
    },
    {
      name: 'two rows, in row order',
      forms: buildForm({
        indicators: [
          ['产出指标', '数量指标', '培训人次', '≥500人次', '480人', 5, 5, ''],
          ['', '', '培训人数', '≥100人', '120人', 5, 5, ''],
          ['', '', '场地建设', '10处', '12户', 5, 5, ''],
        ],
      }),
      findings: [MISMATCH, { ...MISMATCH, cell: 'F23' }],
    },
  ],
});
