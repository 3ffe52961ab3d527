import { formatNumber, formatPercent } from '../domain';

/** A rate as the forms show it, or a dash. */
export function showRate(rate: number | null): string {
  return rate === null ? '—' : formatPercent(rate);
}

/** A score as the forms show it, or a dash. */
export function showScore(score: number | null): string {
  return score === null ? '—' : formatNumber(score);
}
