/**
 * What a cell holds, whichever reader saw it (Office.js, the XML reader, ExcelJS, SheetJS): each reader says
 * what kind of content it found, and this module alone decides what a number means under its format and
 * what the domain gets to read. A date is shown as `yyyy-mm-dd`; a time of day or a duration is no date,
 * and stays the number Excel holds, with its format, as Excel shows it.
 */
import type { CellValue } from '../domain/cells';
import type { GridCell } from './grid';

/** What a cell holds: its value, or a formula's cached result. */
export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly number: number }
  | { readonly kind: 'boolean'; readonly boolean: boolean }
  /** A day, as `yyyy-mm-dd` (a time of day on it is not kept). */
  | { readonly kind: 'date'; readonly day: string }
  /** A time of day or a duration: the fraction of days Excel holds. */
  | { readonly kind: 'time'; readonly days: number }
  /** An error value such as `#DIV/0!`. */
  | { readonly kind: 'error'; readonly error: string };

/** A cell as a reader found it, before it becomes a GridCell. */
export interface ReadCell {
  readonly content: CellContent;
  /** Formula without the leading `=`. */
  readonly formula?: string | undefined;
  /** Number format; undefined for General. */
  readonly format?: string | undefined;
}

export const EMPTY_CONTENT: CellContent = { kind: 'empty' };

/** What a number format shows a number as. */
export type NumberShown = 'date' | 'time' | 'number';

/** The format's codes without what only decorates them: quoted or escaped text, spacing, colours, locales. */
function formatCodes(format: string): { codes: string; elapsed: boolean } {
  const plain = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return {
    // `[h]`, `[mm]`, `[ss]`: elapsed time, the one bracket that is a code.
    elapsed: /\[(h+|m+|s+)\]/i.test(plain),
    codes: plain
      .replace(/\[[^\]]*\]/g, '')
      .replace(/General/gi, '')
      .replace(/E[+-]/gi, ''),
  };
}

/**
 * Whether a number under this format shows as a date, a time (of day, or elapsed) or a number: dates have
 * years, days or months (`m` beside `h` or `s` is minutes), times have hours or seconds (AM/PM has `h`).
 */
export function numberShown(format: string | undefined): NumberShown {
  if (format === undefined) return 'number';
  const { codes, elapsed } = formatCodes(format);
  const time = elapsed || /[hs]/i.test(codes);
  // `e` and `b` are the era and Buddhist years of East Asian formats; `G/通用格式` (General) holds no code.
  if (/[ydbe]/i.test(codes) || (/m/i.test(codes) && !time)) return 'date';
  return time ? 'time' : 'number';
}

const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 system, as Excel counts from serial 61 on. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel shows, in each system. */
const LAST_DAY_1900 = 2_958_465;
const LAST_DAY_1904 = LAST_DAY_1900 - 1462;

/** The serial's day as `yyyy-mm-dd`, as Excel shows it; null where Excel shows no date (####). */
export function serialDay(serial: number, date1904: boolean): string | null {
  // Rounded to the millisecond first: 45658.99999999999 is a day and a rounding error, not the day before.
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (!Number.isFinite(day)) return null;
  if (date1904) return day >= 0 && day <= LAST_DAY_1904 ? isoDay(EPOCH_1904, day) : null;
  if (day < 1 || day > LAST_DAY_1900) return null;
  // Excel counts 29 February 1900, which never was (Lotus 1-2-3's leap year): earlier days are one on.
  if (day === 60) return '1900-02-29';
  return isoDay(EPOCH_1900, day < 60 ? day + 1 : day);
}

const isoDay = (epoch: number, day: number): string =>
  new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);

/** The serial of a JavaScript date that stands for one (ExcelJS turns date-formatted numbers into Dates). */
export function serialOf(date: Date, date1904: boolean): number {
  return (date.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
}

/** A number as its format shows it: a date, a time, or the number itself (also where a date cannot be). */
export function numberContent(number: number, format: string | undefined, date1904 = false): CellContent {
  const shown = numberShown(format);
  if (shown === 'time') return { kind: 'time', days: number };
  const day = shown === 'date' ? serialDay(number, date1904) : null;
  return day === null ? { kind: 'number', number } : { kind: 'date', day };
}

/** Excel's error values, as every reader spells them. */
const ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

export const isErrorValue = (text: string): boolean => ERRORS.has(text);

/** Text as a cell holds it: empty text is an empty cell, as Excel shows it. */
export const textContent = (text: string): CellContent =>
  text === '' ? EMPTY_CONTENT : { kind: 'text', text };

/** What the domain reads of a content: a date as `yyyy-mm-dd`, a time as its number, an error as its text. */
export function contentValue(content: CellContent): CellValue {
  switch (content.kind) {
    case 'empty':
      return null;
    case 'text':
      return content.text;
    case 'number':
      return content.number;
    case 'boolean':
      return content.boolean;
    case 'date':
      return content.day;
    case 'time':
      return content.days;
    case 'error':
      return content.error;
  }
}

/** The GridCell of what a reader found; undefined for a cell with neither a value nor a formula. */
export function gridCellOf(cell: ReadCell): GridCell | undefined {
  const value = contentValue(cell.content);
  if (value === null && cell.formula === undefined) return undefined;
  return {
    value,
    ...(cell.formula === undefined ? {} : { formula: cell.formula }),
    ...(cell.format === undefined ? {} : { format: cell.format }),
  };
}
