/** Rounds to `decimals` places, half away from zero, without binary drift (1.005 → 1.01). */
export function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  // Past 15 significant digits a double has no decimals left to round (and toPrecision would cut digits).
  if (!Number.isFinite(shifted) || shifted >= 1e15) return value;
  // Only a value within float noise of a half needs its exact decimal reading (1.005 × 100 = 100.4999…).
  const nearHalf = Math.abs((shifted % 1) - 0.5) < 1e-6;
  const rounded = (nearHalf ? Math.round(Number(shifted.toPrecision(15))) : Math.round(shifted)) / factor;
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

/** Formats a fraction as a percentage the way the forms show it (1 → `100.00%`, 0.1 with 0 places → `10%`). */
export function formatPercent(fraction: number, decimals = 2): string {
  return `${round(fraction * 100, decimals).toFixed(decimals)}%`;
}

/** Formats an amount in 万元 with 2 decimals, as the fund block shows it (881 → `881.00`). */
export function formatAmount(value: number): string {
  return round(value, 2).toFixed(2);
}

/** Formats a number with up to 2 decimals, as the forms show 万元 and scores. */
export function formatNumber(value: number, decimals = 2): string {
  return String(round(value, decimals));
}
