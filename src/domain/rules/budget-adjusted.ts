import { SCORED_KINDS } from '../form';
import { formatAmount, formatPercent } from '../numbers';
import { formRule } from './types';

/** A budget adjusted far from 年初预算数, or spending above budget, must be explained (domain.md §2). */
export const budgetAdjusted = formRule({
  id: 'budget-adjusted',
  scope: 'form',
  severity: 'warning',
  title: '预算调整或超预算执行',
  titleEn: 'Budget adjusted or overspent',
  rationale: '全年预算数与年初预算数差距较大属于预算调整，执行率超过 100% 说明超预算支出，均须说明。',
  source: 'domain.md §2, §8（四川：执行率低于 90% 须说明原因）',
  kinds: SCORED_KINDS,
  messages: [
    'budget-adjusted.adjusted',
    'budget-adjusted.added',
    'budget-adjusted.over-spent',
    'budget-adjusted.low-rate',
  ],
  check({ form, analysis, profile, report }) {
    const total = form.funds?.total;
    if (!total) return;
    const { initial, budget, rate } = analysis.execution;
    if (initial !== null && budget !== null && initial <= 0 && budget > 0) {
      // Nothing at the start of the year and money later: the clearest adjustment of all.
      report({
        cell: total.budget ?? null,
        messageId: 'budget-adjusted.added',
        data: { budget: formatAmount(budget) },
      });
    } else if (initial !== null && budget !== null && initial > 0) {
      const change = (budget - initial) / initial;
      if (Math.abs(change) > profile.budgetAdjustmentThreshold) {
        report({
          cell: total.budget ?? null,
          messageId: 'budget-adjusted.adjusted',
          data: {
            budget: formatAmount(budget),
            initial: formatAmount(initial),
            change: formatPercent(change, 1),
          },
        });
      }
    }
    if (rate === null) return;
    const cell = total.rate ?? total.spent ?? null;
    if (rate > 1 + 1e-9) {
      report({ cell, messageId: 'budget-adjusted.over-spent', data: { rate: formatPercent(rate) } });
    } else if (profile.reasonRequiredBelowRate !== null && rate < profile.reasonRequiredBelowRate - 1e-9) {
      report({
        cell,
        messageId: 'budget-adjusted.low-rate',
        data: {
          rate: formatPercent(rate),
          threshold: formatPercent(profile.reasonRequiredBelowRate),
          profile: profile.name,
        },
      });
    }
  },
});
