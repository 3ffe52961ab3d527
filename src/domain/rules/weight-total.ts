import { SCORED_KINDS } from '../form';
import { formatNumber, near, round } from '../numbers';
import { cellNumber } from '../read';
import { formRule } from './types';

/** Σ 分值 of the applicable rows plus 执行率's must be 100 (domain.md §3). */
export const weightTotal = formRule({
  id: 'weight-total',
  scope: 'form',
  severity: 'error',
  title: '分值合计不等于 100',
  titleEn: 'Weights do not add up to 100',
  rationale: '预算执行率与各一级指标的分值（权重）合计为 100 分。',
  source: 'domain.md §3；财预〔2020〕10号',
  kinds: SCORED_KINDS,
  messages: ['weight-total.mismatch', 'weight-total.execution-typo', 'weight-total.stated'],
  check({ form, analysis, report }) {
    const typo = analysis.execution.weightTypo;
    const typoCell = form.funds?.total.weight;
    if (typo !== null && typoCell)
      report({
        cell: typoCell,
        messageId: 'weight-total.execution-typo',
        data: { actual: formatNumber(typo), expected: formatNumber(analysis.execution.weight) },
        expected: analysis.execution.weight,
        actual: typo,
      });
    const applicable = analysis.indicators.filter((i) => i.applicable && i.weight !== null);
    if (applicable.length === 0) return;
    const execution = analysis.execution.weight;
    const sum = round(execution + applicable.reduce((s, i) => s + (i.weight ?? 0), 0), 6);
    const totalCell = form.total?.weight;
    const stated = cellNumber(totalCell);
    if (totalCell && stated !== null && !near(stated, 100, 1e-6))
      report({
        cell: totalCell,
        messageId: 'weight-total.stated',
        data: { actual: formatNumber(stated) },
        expected: 100,
        actual: stated,
      });
    if (near(sum, 100, 1e-6)) return;
    report({
      cell: totalCell ?? applicable[0]?.row.weight ?? null,
      messageId: 'weight-total.mismatch',
      data: { sum: formatNumber(sum), execution: formatNumber(execution) },
      expected: 100,
      actual: sum,
    });
  },
});
