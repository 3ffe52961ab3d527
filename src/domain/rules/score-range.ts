import { SCORED_KINDS } from '../form';
import { formatNumber } from '../numbers';
import { formRule } from './types';

/** 得分 lies between 0 and 分值 (domain.md §4). */
export const scoreRange = formRule({
  id: 'score-range',
  scope: 'form',
  severity: 'error',
  title: '得分超出分值范围',
  titleEn: 'Score outside 0…weight',
  rationale: '每项得分不得小于 0，也不得超过该项分值。',
  source: 'domain.md §4',
  kinds: SCORED_KINDS,
  messages: ['score-range.above', 'score-range.below'],
  check({ form, analysis, report }) {
    for (const indicator of analysis.indicators) {
      const { score, weight, row } = indicator;
      if (score === null || !row.score) continue;
      if (score < 0)
        report({
          cell: row.score,
          messageId: 'score-range.below',
          data: { score: formatNumber(score) },
          actual: score,
        });
      else if (weight !== null && score > weight + 1e-9)
        report({
          cell: row.score,
          messageId: 'score-range.above',
          data: { score: formatNumber(score), weight: formatNumber(weight) },
          expected: weight,
          actual: score,
        });
    }
    const total = form.funds?.total;
    const { enteredScore, weight } = analysis.execution;
    if (total?.score && enteredScore !== null && (enteredScore < 0 || enteredScore > weight + 1e-9)) {
      const messageId = enteredScore < 0 ? 'score-range.below' : 'score-range.above';
      report({
        cell: total.score,
        messageId,
        data: { score: formatNumber(enteredScore), weight: formatNumber(weight) },
        actual: enteredScore,
      });
    }
  },
});
