import type { GradeBand } from '../profiles/types';

/** The grade a 总分 earns under the bands (highest first); null for no score. */
export function gradeFor(total: number | null, bands: readonly GradeBand[]): string | null {
  if (total === null) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const band of sorted) if (total >= band.min - 1e-9) return band.label;
  return sorted.at(-1)?.label ?? null;
}
