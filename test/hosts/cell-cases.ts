/**
 * One table of what cells hold and what every reader must make of them (src/sheet/cell-value.ts): a number
 * format and a raw value in, the GridCell out. test/hosts/readers.test.ts runs the XML reader, ExcelJS,
 * SheetJS and Office.js over it. Formats are custom ones or built-ins every reader names alike.
 */
import type { GridCell } from '../../src/sheet/grid';

type Plain = number | string | boolean;
interface ErrorValue {
  readonly error: string;
}

/** What the cell holds: a value, an error, or a formula with its cached result. */
export type Holding =
  { readonly value: Plain } | ErrorValue | { readonly formula: string; readonly result: Plain | ErrorValue };

export interface CellCase {
  readonly what: string;
  /** Number format; undefined for General. */
  readonly format?: string;
  readonly holds: Holding;
  /** A workbook in the 1904 date system (Office.js cannot tell: those cases are for the file readers). */
  readonly date1904?: boolean;
  /** The cell every reader gives; undefined for none. */
  readonly expected: GridCell | undefined;
}

const cell = (value: GridCell['value'], format?: string, formula?: string): GridCell => ({
  value,
  ...(formula === undefined ? {} : { formula }),
  ...(format === undefined ? {} : { format }),
});

/** A number shown under its format: the value Excel holds, and the format with it. */
const number = (what: string, format: string | undefined, value: number): CellCase => ({
  what,
  ...(format === undefined ? {} : { format }),
  holds: { value },
  expected: cell(value, format),
});

/** A number shown as a date: the day, `yyyy-mm-dd`. */
const date = (what: string, format: string, serial: number, day: string, date1904 = false): CellCase => ({
  what,
  format,
  holds: { value: serial },
  ...(date1904 ? { date1904 } : {}),
  expected: cell(day, format),
});

export const CELL_CASES: readonly CellCase[] = [
  number('a plain number', undefined, 12.5),
  number('a percentage', '0.00%', 0.9143),
  number('an amount with its unit in quotes', '0.00"万元"', 12.5),
  number('a negative number in red', '#,##0.00;[Red]-#,##0.00', -3),
  number('a number in scientific notation (E is no era)', '0.00E+00', 12345),
  number('a fraction', '# ?/?', 0.5),
  number('Chinese numerals of General (no date code)', '[DBNum1][$-804]General', 12),
  number('General as Chinese Excel writes it', 'G/通用格式', 12),

  date('an ISO date', 'yyyy-mm-dd', 45658, '2025-01-01'),
  date('a Chinese date', 'yyyy"年"m"月"d"日"', 45658, '2025-01-01'),
  date('a month and day (m alone is a month)', 'm"月"d"日"', 45658, '2025-01-01'),
  date('a month and year', 'mmm-yy', 45658, '2025-01-01'),
  date('a date with a locale', '[$-804]yyyy"年"m"月"d"日"', 45658, '2025-01-01'),
  date('a date and time: the day', 'yyyy-mm-dd hh:mm', 45658.75, '2025-01-01'),
  date('the first day Excel counts', 'yyyy-mm-dd', 1, '1900-01-01'),
  date('the 29 February 1900 Excel counts', 'yyyy-mm-dd', 60, '1900-02-29'),
  date('the day after it', 'yyyy-mm-dd', 61, '1900-03-01'),
  date('the last day Excel shows', 'yyyy-mm-dd', 2958465, '9999-12-31'),
  date('day 0 of the 1904 system', 'yyyy-mm-dd', 0, '1904-01-01', true),
  date('a date in the 1904 system', 'yyyy-mm-dd', 45658, '2029-01-02', true),
  number('zero under a date format (Excel shows no day)', 'yyyy-mm-dd', 0),
  number('a negative number under a date format (Excel shows ####)', 'yyyy-mm-dd', -1),
  number('a number past 9999 under a date format', 'yyyy-mm-dd', 2958466),

  number('a time of day is no date', 'h:mm', 0.5),
  number('a time with seconds', 'h:mm:ss', 0.75),
  number('minutes and seconds (m beside s is minutes)', 'mm:ss', 0.0125),
  number('elapsed hours', '[h]:mm:ss', 1.5),
  number('a time with AM/PM', 'h:mm AM/PM', 0.5625),
  number('a Chinese time', 'h"时"mm"分"', 0.5),

  { what: 'text', holds: { value: '项目名称' }, expected: cell('项目名称') },
  { what: 'digits kept as text', format: '@', holds: { value: '2024' }, expected: cell('2024', '@') },
  { what: 'empty text is an empty cell', holds: { value: '' }, expected: undefined },
  { what: 'TRUE', holds: { value: true }, expected: cell(true) },
  { what: 'FALSE', holds: { value: false }, expected: cell(false) },
  { what: 'an error value', holds: { error: '#DIV/0!' }, expected: cell('#DIV/0!') },
  { what: '#N/A', holds: { error: '#N/A' }, expected: cell('#N/A') },

  {
    what: 'a formula and its cached number',
    holds: { formula: 'Z1*2', result: 25 },
    expected: cell(25, undefined, 'Z1*2'),
  },
  {
    what: 'a formula whose result is a date',
    format: 'yyyy-mm-dd',
    holds: { formula: 'DATE(2025,1,1)', result: 45658 },
    expected: cell('2025-01-01', 'yyyy-mm-dd', 'DATE(2025,1,1)'),
  },
  {
    what: 'a formula whose result is a time',
    format: 'h:mm',
    holds: { formula: 'TIME(12,0,0)', result: 0.5 },
    expected: cell(0.5, 'h:mm', 'TIME(12,0,0)'),
  },
  {
    what: 'a formula whose result is text',
    holds: { formula: 'Z1&"x"', result: 'ax' },
    expected: cell('ax', undefined, 'Z1&"x"'),
  },
  {
    what: 'a formula whose result is TRUE',
    holds: { formula: 'Z1>=0', result: true },
    expected: cell(true, undefined, 'Z1>=0'),
  },
  {
    what: 'a formula whose result is an error',
    holds: { formula: '1/0', result: { error: '#DIV/0!' } },
    expected: cell('#DIV/0!', undefined, '1/0'),
  },
];
