import { SCORED_KINDS } from '../form';
import { shownText } from '../read';
import { formatNumber, near } from '../numbers';
import { formRule } from './types';

/** A quantitative score should follow domain.md §4 within the profile's tolerance. */
export const scoreFormula = formRule({
  id: 'score-formula',
  scope: 'form',
  severity: 'warning',
  title: '定量指标得分与计分规则不符',
  titleEn: 'Quantitative score differs from the scoring rule',
  rationale: '定量指标按完成比例计分：越高越好按 B÷A，越低越好按本地公式，零目标达成得满分。',
  source: 'domain.md §4',
  kinds: SCORED_KINDS,
  // 得分 above its 分值 is the plainer statement of the same cell's problem.
  yieldsTo: ['score-range'],
  messages: ['score-formula.mismatch'],
  check({ analysis, profile, report }) {
    for (const indicator of analysis.indicators) {
      const { assessment, score, row, weight } = indicator;
      if (assessment.kind !== 'quantitative' || score === null || weight === null || !row.score) continue;
      if (near(score, assessment.expected, profile.scoreTolerance)) continue;
      report({
        cell: row.score,
        messageId: 'score-formula.mismatch',
        data: {
          name: indicator.name || indicator.level2Text,
          target: shownText(row.target),
          result: shownText(row.result),
          expected: formatNumber(assessment.expected),
          actual: formatNumber(score),
        },
        expected: assessment.expected,
        actual: score,
      });
    }
  },
});
