import { ref } from '../findings';
import { SCORED_KINDS } from '../form';
import { isBlank } from '../cells';
import { formatNumber, formatPercent, near } from '../numbers';
import { formRule } from './types';

/** 执行率得分 must be the profile's method applied to the computed rate (domain.md §2). */
export const execScore = formRule({
  id: 'exec-score',
  scope: 'form',
  severity: 'error',
  title: '执行率得分计算有误',
  titleEn: 'Execution score is wrong',
  rationale: '执行率得分按本地规则（按比例、按档或取整）由计算出的执行率得出。',
  source: 'domain.md §2, §8',
  kinds: SCORED_KINDS,
  messages: ['exec-score.mismatch', 'exec-score.missing'],
  check({ form, analysis, profile, report }) {
    const cell = form.funds?.total.score;
    const { rate, score, enteredScore } = analysis.execution;
    if (!cell || rate === null || score === null) return;
    const data = {
      rate: formatPercent(rate),
      method: ref(`method.${profile.executionScoring}`),
      expected: formatNumber(score),
    };
    // A formula saved without its result computes itself on opening.
    if (isBlank(cell) && cell.formula !== undefined) return;
    if (isBlank(cell)) {
      report({ cell, messageId: 'exec-score.missing', data, expected: score });
      return;
    }
    if (enteredScore === null || near(enteredScore, score, 0.005)) return;
    report({
      cell,
      messageId: 'exec-score.mismatch',
      data: { ...data, actual: formatNumber(enteredScore) },
      expected: score,
      actual: enteredScore,
    });
  },
});
