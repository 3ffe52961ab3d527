/** What every file reader agrees a cell's number means: a date where its format shows one. */
import type { CellValue } from '../../domain/cells';

/** A format that shows a date or time: date letters outside quotes and brackets (ExcelJS's test). */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A date serial as `yyyy-mm-dd` (what ExcelJS's Date becomes in read.ts); the number when out of range. */
export function serialDate(serial: number, date1904: boolean): CellValue {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : serial;
}
