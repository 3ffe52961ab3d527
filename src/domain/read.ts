import { cellText, isBlank, type FormCell } from './cells';
import { parseValue } from './values/parse';
import type { ParsedValue } from './values/types';

/**
 * True when a number format scales its number to a percentage: a `%` code, not a `%` shown as text
 * (`0"%"` and `0\%` show 95 as 95%, without scaling it).
 */
export function showsPercent(format: string | undefined): boolean {
  return (format ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .includes('%');
}

/** True when the cell's number format shows a percentage. */
export function isPercentFormat(cell: FormCell | undefined): boolean {
  return showsPercent(cell?.format);
}

/** The cell parsed as an indicator value (domain.md §6), taking its % format into account. */
export function cellValue(cell: FormCell | undefined): ParsedValue {
  if (!cell) return parseValue(null);
  return parseValue(cell.value, { percentFormat: isPercentFormat(cell) });
}

/** A plain amount (万元, 分值, 得分): a number, or text that is one number without comparator. */
export function cellNumber(cell: FormCell | undefined): number | null {
  if (!cell || isBlank(cell)) return null;
  if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? cell.value : null;
  const parsed = parseValue(cellText(cell));
  if (parsed.kind !== 'number' || parsed.percent) return null;
  return parsed.amount;
}

/**
 * A rate (执行率, 控制率) as a fraction: `10%` → 0.1, 0.9143 formatted 0.00% → 0.9143.
 * A bare number above 1.5 without a % format is read as percent points (typed 100 for 100 %). [I]
 */
export function cellRate(cell: FormCell | undefined): number | null {
  if (!cell || isBlank(cell)) return null;
  if (typeof cell.value === 'number') {
    if (!Number.isFinite(cell.value)) return null;
    if (isPercentFormat(cell)) return cell.value;
    return cell.value > 1.5 ? cell.value / 100 : cell.value;
  }
  const parsed = parseValue(cellText(cell));
  if (parsed.kind !== 'number') return null;
  if (parsed.percent) return parsed.base;
  return parsed.amount > 1.5 ? parsed.amount / 100 : parsed.amount;
}

/** Decimal places in a number's shortest text (0.125 → 3). */
function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 6;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * How many decimals of percent points a rate cell shows: `0.00%` → 2, text `91%` → 0.
 * Unformatted numbers show their own precision, at most 4 places. [I]
 */
export function shownPercentDecimals(cell: FormCell): number {
  if (typeof cell.value === 'string' || cell.text !== undefined) {
    const shown = typeof cell.value === 'string' ? cell.value : (cell.text ?? '');
    const match = /(\d+)(?:[.．](\d+))?\s*[%％]/.exec(shown);
    if (match) return match[2]?.length ?? 0;
  }
  const format = cell.format ?? '';
  const formatMatch = /0(?:\.(0+))?%/.exec(format);
  if (formatMatch) return formatMatch[1]?.length ?? 0;
  const rate = cellRate(cell);
  return rate === null ? 2 : Math.min(Math.max(decimalsOf(rate) - 2, 0), 4);
}

/**
 * A cell's value as the sheet shows it, for messages: a number under a % format as a percentage (1 under
 * `0%` is `100%`), anything else as its text.
 */
export function shownText(cell: FormCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'number' && cell.text === undefined && isPercentFormat(cell))
    return `${(cell.value * 100).toFixed(shownPercentDecimals(cell))}%`;
  return cellText(cell).trim();
}
