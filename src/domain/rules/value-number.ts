import { ref } from '../findings';
import { SCORED_KINDS } from '../form';
import { shownText } from '../read';
import { formRule } from './types';

/** A quantitative target needs a numeric result, and a value must be readable (domain.md §6). */
export const valueNumber = formRule({
  id: 'value-number',
  scope: 'form',
  severity: 'error',
  title: '定量指标的实际完成值不是数值',
  titleEn: 'Quantitative target with a non-numeric result',
  rationale: '定量指标须以数值反映完成情况，文字描述无法计分。',
  source: 'domain.md §6',
  kinds: SCORED_KINDS,
  messages: ['value-number.not-number', 'value-number.unparsed'],
  check({ analysis, report }) {
    for (const indicator of analysis.indicators) {
      if (!indicator.applicable) continue;
      const { row, target, result } = indicator;
      const name = indicator.name || indicator.level2Text;
      for (const [field, value, cell] of [
        [ref('field.target'), target, row.target],
        [ref('field.result'), result, row.result],
      ] as const) {
        // Two numbers (`139处，共4496平方米`, `3-5天`) are no mistake of the unit's: it is said, not alarmed.
        if (value.kind === 'unparsed' && cell)
          report({
            cell,
            messageId: 'value-number.unparsed',
            data: { name, field, text: value.text, reason: ref(value.reason) },
            severity: 'info',
          });
      }
      const quantitative = target.kind === 'number' || target.kind === 'budget-ref';
      // A budget reference states a bound, not what was spent.
      if (quantitative && (result.kind === 'qualitative' || result.kind === 'budget-ref') && row.result) {
        report({
          cell: row.result,
          messageId: 'value-number.not-number',
          data: { name, target: shownText(row.target), result: result.text },
        });
      }
    }
  },
});
