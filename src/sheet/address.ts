import { fromA1, toA1 } from '../domain/cells';
import type { Merge } from './grid';

/** `B2:D5` → a 0-based inclusive range; a single address is a one-cell range; null when malformed. */
export function fromA1Range(range: string): Merge | null {
  const [from, to] = range.replace(/^.*!/, '').split(':');
  if (from === undefined) return null;
  const start = fromA1(from);
  const end = fromA1(to ?? from);
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function toA1Range(range: Merge): string {
  const start = toA1({ row: range.top, col: range.left });
  const end = toA1({ row: range.bottom, col: range.right });
  return start === end ? start : `${start}:${end}`;
}

export { fromA1, toA1 };
