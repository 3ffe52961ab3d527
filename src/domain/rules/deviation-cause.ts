import { SCORED_KINDS } from '../form';
import { shownText } from '../read';
import { formatNumber } from '../numbers';
import { formRule } from './types';

/** A row that lost points or fell short of its target must state a real cause (domain.md §5). */
export const deviationCause = formRule({
  id: 'deviation-cause',
  scope: 'form',
  severity: 'error',
  title: '偏差未说明原因',
  titleEn: 'Deviation without a stated cause',
  rationale: '对未完成绩效目标或偏离绩效目标较大的项目要分析并说明原因，研究提出改进措施。',
  source: 'domain.md §5；财预〔2020〕10号',
  kinds: SCORED_KINDS,
  messages: ['deviation-cause.lost-points', 'deviation-cause.shortfall'],
  check({ analysis, report }) {
    for (const indicator of analysis.indicators) {
      if (!indicator.applicable || indicator.causeStated) continue;
      const { row, assessment } = indicator;
      const shortfall = 'shortfall' in assessment && assessment.shortfall;
      if (!indicator.lostPoints && !shortfall) continue;
      const name = indicator.name || indicator.level2Text;
      const cell = row.cause ?? row.score ?? null;
      if (indicator.lostPoints) {
        report({
          cell,
          messageId: 'deviation-cause.lost-points',
          data: {
            name,
            score: formatNumber(indicator.score ?? 0),
            weight: formatNumber(indicator.weight ?? 0),
          },
        });
      } else {
        report({
          cell,
          messageId: 'deviation-cause.shortfall',
          data: { name, result: shownText(row.result), target: shownText(row.target) },
        });
      }
    }
  },
});
