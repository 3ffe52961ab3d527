import type { Form } from '../../../src/domain/form';
import { goalActual } from '../../../src/domain/rules/goal-actual';
import { buildForm, cleanForm } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** The clean form with its goals block: 年初设定目标 in B18, 实际完成情况 in E18. */
const withGoals = (expected: string, actual: string, form: Form = cleanForm()): Form => ({
  ...form,
  goals: { expected: { row: 17, col: 1, value: expected }, actual: { row: 17, col: 4, value: actual } },
});

const MISSING = { cell: 'E18', messageId: 'goal-actual.missing', severity: 'warning' } as const;

ruleTester(goalActual, {
  valid: [
    { name: 'both goal cells filled', forms: withGoals('保障学校正常运行', '全年保障了学校正常运行') },
    { name: 'a form without a goals block', forms: cleanForm() },
    {
      name: 'a blank template: no result entered yet',
      forms: withGoals(
        '',
        '',
        buildForm({ indicators: [['产出指标', '数量指标', '培训人数', '≥100人', '', 10, '']] }),
      ),
    },
  ],
  invalid: [
    {
      name: 'a goal set, nothing said of what was achieved',
      forms: withGoals('保障学校正常运行', ''),
      findings: [MISSING],
    },
    { name: 'neither cell filled on a form reported on', forms: withGoals('', '   '), findings: [MISSING] },
  ],
});
