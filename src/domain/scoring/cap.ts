import type { Profile, ScoreCap } from '../profiles/types';

/** The cap of 总分 that 执行率 brings under this profile (the tightest band the rate falls below), if any. */
export function scoreCapFor(rate: number | null, profile: Profile): ScoreCap | null {
  if (rate === null) return null;
  return (
    [...profile.scoreCaps].sort((a, b) => a.rateBelow - b.rateBelow).find((c) => rate < c.rateBelow - 1e-9) ??
    null
  );
}

/** 总分 as the profile has it: the sum, held to the cap 执行率 brings (domain.md §4.7). */
export function cappedTotal(sum: number, rate: number | null, profile: Profile): number {
  const cap = scoreCapFor(rate, profile);
  return cap ? Math.min(sum, cap.maxTotal) : sum;
}
