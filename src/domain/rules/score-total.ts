import { SCORED_KINDS } from '../form';
import { formatNumber, formatPercent, near, round } from '../numbers';
import { scoreCapFor } from '../scoring/cap';
import { formRule } from './types';

/** The stated 总分 must be the sum of the stated scores, and respect the profile's caps (domain.md §4, §10). */
export const scoreTotal = formRule({
  id: 'score-total',
  scope: 'form',
  severity: 'error',
  title: '总分与各项得分合计不符',
  titleEn: 'Total differs from the sum of scores',
  rationale: '总分 = 执行率得分 + 各指标得分；部分地区按执行率限定总分上限。',
  source: 'domain.md §4, §10',
  kinds: SCORED_KINDS,
  messages: ['score-total.mismatch', 'score-total.cap'],
  check({ form, analysis, profile, report }) {
    const cell = form.total?.score;
    const stated = analysis.enteredTotal;
    if (!cell || stated === null) return;
    const scores = analysis.indicators
      .filter((i) => i.applicable && i.score !== null)
      .map((i) => i.score ?? 0);
    const execution = analysis.execution.enteredScore;
    if (scores.length === 0 && execution === null) return;
    const sum = round((execution ?? 0) + scores.reduce((s, v) => s + v, 0), 2);
    const rate = analysis.execution.rate;
    const cap = scoreCapFor(rate, profile);
    // Under a cap, 总分 is the sum held to it: the capped figure is right, the uncapped sum is the cap's finding.
    const expected = cap ? Math.min(sum, cap.maxTotal) : sum;
    if (!near(stated, expected, 0.005) && !near(stated, sum, 0.005)) {
      report({
        cell,
        messageId: 'score-total.mismatch',
        data: { actual: formatNumber(stated), expected: formatNumber(sum) },
        expected,
        actual: stated,
      });
    }
    if (cap && rate !== null && stated > cap.maxTotal + 1e-9) {
      report({
        cell,
        messageId: 'score-total.cap',
        data: {
          rate: formatPercent(rate),
          threshold: formatPercent(cap.rateBelow),
          cap: formatNumber(cap.maxTotal),
          actual: formatNumber(stated),
        },
        expected: cap.maxTotal,
        actual: stated,
      });
    }
  },
});
