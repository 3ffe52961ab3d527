/**
 * What marking changed, kept in the workbook (a setting) so that marks can be cleared and each cell given back
 * its own fill and note exactly, even after the pane was closed and the workbook reopened.
 */

import { said, type Said } from '../../messages';

/** The workbook setting that remembers what marked cells had before. */
export const MARKS_SETTING = 'jixiao.marks';

/** What one marked cell had before we marked it. */
export interface MarkRecord {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** Fill colour as RRGGBB, or null for no fill. */
  readonly fill: string | null;
  /** The user's own note text, or null when the cell had none. */
  readonly note: string | null;
}

export const cellKey = (sheet: string, row: number, col: number): string => JSON.stringify([sheet, row, col]);

function isRecord(value: unknown): value is MarkRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.sheet === 'string' &&
    typeof r.row === 'number' &&
    typeof r.col === 'number' &&
    (r.fill === null || typeof r.fill === 'string') &&
    (r.note === null || typeof r.note === 'string')
  );
}

/** The records in the setting's value; a damaged value is said once, and read as none. */
export function recordsOf(value: unknown): { records: Map<string, MarkRecord>; problem: Said | null } {
  const records = new Map<string, MarkRecord>();
  if (value === null || value === undefined) return { records, problem: null };
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      return {
        records,
        problem: said('office.marks.record-damaged', { setting: MARKS_SETTING, detail: String(error) }),
      };
    }
  }
  if (Array.isArray(parsed))
    for (const item of parsed as unknown[])
      if (isRecord(item)) records.set(cellKey(item.sheet, item.row, item.col), item);
  return { records, problem: null };
}

/** `#ffc7ce` → `FFC7CE`; null for no fill. */
export function normalFill(color: string | undefined, pattern: string | undefined): string | null {
  if (pattern === 'None' || !color) return null;
  return color.replace(/^#/, '').toUpperCase();
}
