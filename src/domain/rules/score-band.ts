import { ref } from '../findings';
import { SCORED_KINDS } from '../form';
import { formatNumber } from '../numbers';
import { formRule } from './types';

/** A qualitative score must lie in the band of its stated result (domain.md §4). */
export const scoreBand = formRule({
  id: 'score-band',
  scope: 'form',
  severity: 'error',
  title: '定性指标得分超出档次',
  titleEn: 'Qualitative score outside its band',
  rationale: '定性指标：达成得 80%–100%，部分达成 60%–80%，未达成 0–60% 的分值。',
  source: 'domain.md §4；财预〔2020〕10号',
  kinds: SCORED_KINDS,
  // 得分 above its 分值 is the plainer statement of the same cell's problem.
  yieldsTo: ['score-range'],
  messages: ['score-band.outside'],
  check({ analysis, report }) {
    for (const indicator of analysis.indicators) {
      const { assessment, score, row } = indicator;
      if (assessment.kind !== 'qualitative' || !assessment.band || !assessment.achievement) continue;
      // Without a 分值 there is no band to hold the score to; `required` reports the empty cell.
      if (score === null || !row.score || indicator.weight === null) continue;
      const [low, high] = assessment.band;
      // The upper bound belongs to the band only for 达成; the others stop just below the next band.
      const inside =
        score >= low - 1e-9 &&
        (assessment.achievement === 'achieved' ? score <= high + 1e-9 : score < high - 1e-9);
      if (inside) continue;
      report({
        cell: row.score,
        messageId: 'score-band.outside',
        data: {
          name: indicator.name || indicator.level2Text,
          achievement: ref(`achievement.${assessment.achievement}`),
          low: formatNumber(low),
          high: formatNumber(high),
          actual: formatNumber(score),
        },
        actual: score,
      });
    }
  },
});
