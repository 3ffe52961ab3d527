import { SCORED_KINDS } from '../form';
import { FORM_AMOUNT_UNIT } from '../values/units';
import { formRule } from './types';

/** Target and result must share a unit family: 元/万元/亿元 convert, 人 and 人次 do not (domain.md §6). */
export const valueUnit = formRule({
  id: 'value-unit',
  scope: 'form',
  severity: 'warning',
  title: '指标值与完成值单位不一致',
  titleEn: 'Target and result units differ',
  rationale: '单位不同（如人与人次、处与户）的数值无法比较，完成情况无从判断。',
  source: 'domain.md §6',
  kinds: SCORED_KINDS,
  messages: ['value-unit.mismatch'],
  check({ analysis, report }) {
    for (const indicator of analysis.indicators) {
      const { target, result, row } = indicator;
      if (!indicator.applicable || result.kind !== 'number' || result.family === null || !row.result)
        continue;
      let targetUnit: string | null = null;
      let differs = false;
      if (target.kind === 'number' && target.family !== null) {
        targetUnit = target.unit ?? '';
        differs = target.family !== result.family;
      } else if (target.kind === 'budget-ref') {
        targetUnit = FORM_AMOUNT_UNIT;
        differs = result.family !== 'money';
      }
      if (!differs || targetUnit === null) continue;
      report({
        cell: row.result,
        messageId: 'value-unit.mismatch',
        data: { name: indicator.name || indicator.level2Text, targetUnit, resultUnit: result.unit ?? '' },
      });
    }
  },
});
