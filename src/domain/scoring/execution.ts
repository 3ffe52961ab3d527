import { clamp, round } from '../numbers';
import type { ExecutionScoring } from '../profiles/types';

/** 执行率 = 全年执行数 / 全年预算数 (domain.md §2); null when the budget is missing or not positive. */
export function executionRate(budget: number | null, spent: number | null): number | null {
  if (budget === null || spent === null || budget <= 0) return null;
  return spent / budget;
}

/** The points 执行率 earns under the profile's method (domain.md §2). */
export function executionScore(rate: number, weight: number, method: ExecutionScoring): number {
  const capped = clamp(rate, 0, 1);
  switch (method) {
    case 'linear':
      return Math.min(weight, round(weight * capped, 2));
    case 'rounded':
      // Whole points, never above the weight itself (a 10.5 weight tops out at 10.5, not 11).
      return Math.min(weight, Math.round(round(weight * capped, 6)));
    case 'step10': {
      // 100 % → full; 90–99 % → 9/10 of it; 80–89 % → 8/10 … (whole percent points, as the forms state them)
      const tenths = Math.floor(round(capped * 100, 6) / 10);
      return Math.min(weight, round(weight * (tenths / 10), 2));
    }
  }
}
