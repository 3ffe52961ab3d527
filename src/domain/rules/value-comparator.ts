import { SCORED_KINDS } from '../form';
import type { NumericValue } from '../values/types';
import { formRule } from './types';

/** 达/达到 are filler in a result (`通过率达100%`), and 余/近/左右 approximate a count: neither is a bound. */
const NOT_A_BOUND = new Set(['达', '达到', '余', '多', '近', '约', '左右']);

function statesBound(result: NumericValue): boolean {
  if (result.comparator === null) return false;
  return !NOT_A_BOUND.has(result.comparatorText ?? '');
}

/** A 实际完成值 states what happened, so it carries no comparator (domain.md §6, S-000 `≥90%`). */
export const valueComparator = formRule({
  id: 'value-comparator',
  scope: 'form',
  severity: 'error',
  title: '实际完成值含比较符号',
  titleEn: 'Comparator inside a result',
  rationale: '实际完成值是实际达到的数值，不应写成“≥90%”“不低于”等目标式表述。',
  source: 'domain.md §6, §9（S-000）',
  kinds: SCORED_KINDS,
  messages: ['value-comparator.in-result'],
  check({ analysis, report }) {
    for (const indicator of analysis.indicators) {
      const { result, row } = indicator;
      if (!indicator.applicable || result.kind !== 'number' || !statesBound(result)) continue;
      if (!row.result) continue;
      report({
        cell: row.result,
        messageId: 'value-comparator.in-result',
        data: { name: indicator.name || indicator.level2Text, result: result.text },
      });
    }
  },
});
