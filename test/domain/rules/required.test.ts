import type { Form } from '../../../src/domain/form';
import { required } from '../../../src/domain/rules/required';
import { buildForm, cleanForm, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

const FULL_ROW: IndicatorInput = ['产出指标', '数量指标', '培训人数', '≥100人', '100人', 90, 90, ''];

/** A project form with one indicator row (sheet row 21) after a full fund block. */
function withRow(row: IndicatorInput): Form {
  return buildForm({
    name: '示例项目',
    execution: { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 },
    indicators: [FULL_ROW, row],
  });
}

/** A 基础数据表 with its unit name at B2 and a blank fund block. */
function basicForm(name: string | null): Form {
  return buildForm({
    kind: 'basic',
    sheet: '附件1',
    name,
    execution: { budget: null, spent: null },
    basic: { expenses: [], buildings: [] },
  });
}

const MISSING = (cell: string) => ({ cell, messageId: 'required.missing', severity: 'error' }) as const;

ruleTester(required, {
  valid: [
    { name: 'a clean form', forms: cleanForm() },
    {
      name: 'an untouched blank template row',
      forms: withRow([null, null, null, null, null, null, null, null]),
    },
    {
      name: 'a template row with only its 一级/二级 labels',
      forms: withRow(['效益指标', '生态效益指标', '', '', '', '', '', '']),
    },
    {
      name: 'a 不适用 row with no 分值 or 得分',
      forms: withRow(['', '生态效益指标', '不适用', '不适用', '不适用', null, null, '']),
    },
    {
      name: 'a row whose 三级 says 不适用',
      forms: withRow(['', '生态效益指标', '不适用', null, null, null, null, null]),
    },
    {
      name: 'a score of 0 is filled in',
      forms: withRow(['', '质量指标', '合格率', '≥95%', '50%', 10, 0, '设备故障']),
    },
    {
      name: 'the cause cell is not required',
      forms: withRow(['', '质量指标', '合格率', '≥95%', '95%', 10, 10, null]),
    },
    {
      name: 'a 基础数据表 with its name: the fund cells are not checked',
      forms: basicForm('望岳街道办事处'),
    },
    {
      name: 'an overall form with its unit name',
      forms: buildForm({
        kind: 'overall',
        name: '望岳街道办事处',
        execution: { budget: 2706.79, spent: 2706.79 },
      }),
    },
    { name: 'cells the form does not have are not reported', forms: buildForm({ name: '示例项目' }) },
  ],
  invalid: [
    {
      name: 'empty 预算单位名称 on an overall form',
      forms: buildForm({ kind: 'overall', name: '', execution: { budget: 2706.79, spent: 2706.79 } }),
      findings: [MISSING('B2')],
    },
    { name: 'project name of spaces', forms: cleanForm({ name: '   ' }), findings: [MISSING('B2')] },
    {
      name: 'empty 全年预算数',
      forms: cleanForm({
        execution: { initial: 100, budget: null, spent: 100, weight: 10, rate: '100%', score: 10 },
      }),
      findings: [MISSING('D4')],
    },
    {
      name: 'empty 全年预算数 and 全年执行数',
      forms: cleanForm({
        execution: { initial: 100, budget: '', spent: ' ', weight: 10, rate: '', score: '' },
      }),
      findings: [MISSING('D4'), MISSING('E4')],
    },
    {
      name: 'a half-filled indicator row: result, 分值 and 得分 missing',
      forms: withRow(['', '质量指标', '合格率', '≥95%', null, null, null, '']),
      findings: [MISSING('F22'), MISSING('G22'), MISSING('H22')],
    },
    {
      name: 'a row with only its 三级 name',
      forms: withRow(['', '质量指标', '合格率', null, null, null, null, null]),
      findings: [MISSING('E22'), MISSING('F22'), MISSING('G22'), MISSING('H22')],
    },
    {
      name: 'a row with only a score',
      forms: withRow(['', '', '', '', '', '', 5, '']),
      findings: [MISSING('E22'), MISSING('F22'), MISSING('G22')],
    },
    { name: 'a 基础数据表 without its unit name', forms: basicForm(''), findings: [MISSING('B2')] },
    {
      name: 'everything at once, in row then column order',
      forms: buildForm({
        kind: 'overall',
        name: null,
        execution: { budget: null, spent: 10 },
        indicators: [['产出指标', '数量指标', '培训人数', '≥100人', '', 10, 10, '']],
      }),
      findings: [MISSING('B2'), MISSING('D4'), MISSING('F21')],
    },
  ],
});
