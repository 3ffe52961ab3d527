import { ref } from '../findings';
import { SCORED_KINDS } from '../form';
import { isBlank } from '../cells';
import { isCostLevel1 } from '../categories';
import { formatNumber, near } from '../numbers';
import type { IndicatorAnalysis } from '../analysis';
import type { Level1Category } from '../profiles/types';
import { formRule } from './types';

/** The 分值 of the applicable rows under a first-level 成本指标. */
function costWeight(indicators: readonly IndicatorAnalysis[]): number {
  return indicators
    .filter((i) => i.category === null && i.applicable && isCostLevel1(i.level1Text))
    .reduce((sum, i) => sum + (i.weight ?? 0), 0);
}

/** A first-level split other than the profile's is allowed but worth a look (domain.md §3). */
export const weightLevel = formRule({
  id: 'weight-level',
  scope: 'form',
  severity: 'warning',
  title: '一级指标权重与本地规则不同',
  titleEn: 'First-level weights differ from the profile',
  rationale:
    '原则上产出 50%、效益 30%、满意度 10%，特殊情况可适当调整；一级指标标注的分值应与其下分值合计一致。',
  source: 'domain.md §3, §8',
  kinds: SCORED_KINDS,
  messages: ['weight-level.mismatch', 'weight-level.declared'],
  check({ analysis, profile, report }) {
    for (const category of [
      'output',
      'effect',
      'satisfaction',
    ] as const satisfies readonly Level1Category[]) {
      const level = analysis.levels[category];
      // The group's label stands on its first row, applicable or not (a merged 一级 cell).
      const first =
        analysis.indicators.find((i) => i.category === category && !isBlank(i.row.level1)) ??
        analysis.indicators.find((i) => i.category === category && i.applicable);
      // An untouched template states no 分值 yet: nothing to compare.
      if (!level || !first || level.weighted === 0) continue;
      const cell = first.row.level1 ?? first.row.weight ?? null;
      const data = { level: ref(`level.${category}`), actual: formatNumber(level.weight) };
      if (level.declared !== null && !near(level.declared, level.weight, 1e-6)) {
        // The rows do not make up what the label says: one finding, whatever the profile's split.
        report({
          cell,
          messageId: 'weight-level.declared',
          data: { ...data, declared: formatNumber(level.declared) },
        });
        continue;
      }
      const expected = profile.levelWeights?.[category];
      // A first-level 成本指标 holds what 10号文 puts under 产出: the two are held together to its weight.
      const cost = category === 'output' ? costWeight(analysis.indicators) : 0;
      const weight = level.weight + cost;
      if (expected === undefined || near(expected, weight, 1e-6)) continue;
      report({
        cell,
        messageId: 'weight-level.mismatch',
        data: {
          level: ref(cost > 0 ? 'level.output-with-cost' : `level.${category}`),
          actual: formatNumber(weight),
          expected: formatNumber(expected),
          profile: profile.name,
        },
        expected,
        actual: weight,
      });
    }
  },
});
