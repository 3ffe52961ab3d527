import { SCORED_KINDS } from '../form';
import { isLowerIsBetterName } from '../categories';
import { shownText } from '../read';
import { formRule } from './types';

/** A lower-is-better indicator with a ≥ or 100 % target points the wrong way (domain.md §7, S-001). */
export const reverseTarget = formRule({
  id: 'reverse-target',
  scope: 'form',
  severity: 'warning',
  title: '越低越好的指标设定了越高越好的目标',
  titleEn: 'Lower-is-better indicator with a higher-is-better target',
  rationale: '发生率、投诉率、重访率等越低越好，目标写成“≥”或 100% 则方向颠倒（如“赴省重访率 100%”）。',
  source: 'domain.md §4, §7, §9（S-001）',
  kinds: SCORED_KINDS,
  messages: ['reverse-target.reversed'],
  check({ analysis, report }) {
    for (const indicator of analysis.indicators) {
      const { target, row, name } = indicator;
      if (!indicator.applicable || target.kind !== 'number' || !row.target || !isLowerIsBetterName(name))
        continue;
      const upward = target.comparator === '>=' || target.comparator === '>';
      // 控制率 ≤ 100 % is the norm, so a bare 100 % there is no reversal.
      const full =
        target.percent &&
        (target.comparator === null || target.comparator === '=') &&
        target.base >= 1 &&
        !/控制率/.test(name);
      if (!upward && !full) continue;
      report({
        cell: row.target,
        messageId: 'reverse-target.reversed',
        data: { name, target: shownText(row.target) },
      });
    }
  },
});
