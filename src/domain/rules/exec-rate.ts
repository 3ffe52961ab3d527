import { SCORED_KINDS } from '../form';
import { round } from '../numbers';
import { formatAmount, formatPercent } from '../numbers';
import { shownPercentDecimals, shownText } from '../read';
import { isBlank } from '../cells';
import { formRule } from './types';

/** An entered 执行率 must equal 全年执行数 / 全年预算数 at the precision the cell shows (domain.md §2). */
export const execRate = formRule({
  id: 'exec-rate',
  scope: 'form',
  severity: 'error',
  title: '执行率与预算、执行数不符',
  titleEn: 'Execution rate does not match budget and spending',
  rationale: '执行率 = 全年执行数 ÷ 全年预算数（调整后预算），填报值须与计算值一致。',
  source: 'domain.md §2；财预〔2020〕10号',
  kinds: SCORED_KINDS,
  messages: ['exec-rate.mismatch', 'exec-rate.missing', 'exec-rate.unreadable'],
  check({ form, analysis, report }) {
    const cell = form.funds?.total.rate;
    const { rate, budget, spent, enteredRate } = analysis.execution;
    if (!cell || rate === null || budget === null || spent === null) return;
    const data = { spent: formatAmount(spent), budget: formatAmount(budget), expected: formatPercent(rate) };
    // A formula saved without its result (written by a program, not Excel) computes itself on opening.
    if (isBlank(cell) && cell.formula !== undefined) return;
    if (isBlank(cell)) {
      report({ cell, messageId: 'exec-rate.missing', data, expected: round(rate, 6) });
      return;
    }
    if (enteredRate === null) {
      report({
        cell,
        messageId: 'exec-rate.unreadable',
        data: { ...data, actual: shownText(cell) },
        expected: round(rate, 6),
      });
      return;
    }
    const decimals = shownPercentDecimals(cell);
    if (round(enteredRate * 100, decimals) === round(rate * 100, decimals)) return;
    report({
      cell,
      messageId: 'exec-rate.mismatch',
      data: { ...data, actual: formatPercent(enteredRate, Math.max(decimals, 0)) },
      expected: round(rate, 6),
      actual: enteredRate,
    });
  },
});
