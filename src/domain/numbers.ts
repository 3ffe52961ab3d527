/** Rounds to `decimals` places, half away from zero, without binary drift (1.005 → 1.01). */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  const rounded = Math.round(shifted + shifted * Number.EPSILON * 4) / factor;
  return value < 0 ? -rounded : rounded;
}

/** True when two numbers agree within `tolerance` (a small epsilon absorbs float noise). */
export function near(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Sum of the numbers, null when there is none. */
export function sumOrNull(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const value of values) if (value !== null) total = (total ?? 0) + value;
  return total;
}

/** Formats a fraction as a percentage with up to `decimals` places (1 → `100%`, 0.9143 → `91.43%`). */
export function formatPercent(fraction: number, decimals = 2): string {
  return `${String(round(fraction * 100, decimals))}%`;
}

/** Formats a number with up to 2 decimals, as the forms show 万元 and scores. */
export function formatNumber(value: number, decimals = 2): string {
  return String(round(value, decimals));
}
