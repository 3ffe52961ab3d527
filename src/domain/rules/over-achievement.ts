import { SCORED_KINDS } from '../form';
import { shownText } from '../read';
import { formatPercent } from '../numbers';
import { formRule } from './types';

/** B ≥ k·A on a higher-is-better row suggests a target set too low: it needs a cause (domain.md §4, §5.3). */
export const overAchievement = formRule({
  id: 'over-achievement',
  scope: 'form',
  severity: 'warning',
  title: '超额完成未说明原因',
  titleEn: 'Over-achievement without a stated cause',
  rationale: '实际完成值远超年度指标值（默认 1.2 倍，广西 1.3 倍）时，应说明原因；指标值明显偏低可酌情扣分。',
  source: 'domain.md §4, §5, §8',
  kinds: SCORED_KINDS,
  messages: ['over-achievement.no-cause'],
  check({ analysis, report }) {
    for (const indicator of analysis.indicators) {
      const { assessment, row } = indicator;
      if (assessment.kind !== 'quantitative' || !assessment.overAchieved || indicator.causeStated) continue;
      report({
        cell: row.cause ?? row.result ?? null,
        messageId: 'over-achievement.no-cause',
        data: {
          name: indicator.name || indicator.level2Text,
          result: shownText(row.result),
          target: shownText(row.target),
          ratio: formatPercent(assessment.result / assessment.target, 0),
        },
      });
    }
  },
});
