/** The one decision of what a number shows as under its format, and what the domain then reads of a cell. */
import {
  contentValue,
  gridCellOf,
  numberContent,
  numberShown,
  serialDay,
  serialOf,
  textContent,
} from '../../src/sheet/cell-value';

describe('numberShown', () => {
  it.each([
    [undefined, 'number'],
    ['General', 'number'],
    ['0.00%', 'number'],
    ['#,##0.00_);[Red](#,##0.00)', 'number'],
    ['_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)', 'number'],
    ['0.00E+00', 'number'],
    ['0.00"万元"', 'number'],
    ['0.0\\m', 'number'],
    ['[DBNum1][$-804]General', 'number'],
    ['G/通用格式', 'number'],
    ['@', 'number'],
    ['yyyy-mm-dd', 'date'],
    ['mm-dd-yy', 'date'],
    ['m"月"d"日"', 'date'],
    ['mmm', 'date'],
    ['[$-F800]dddd, mmmm dd, yyyy', 'date'],
    ['yyyy-mm-dd hh:mm:ss', 'date'],
    ['[$-404]e/m/d', 'date'],
    ['h:mm', 'time'],
    ['hh:mm:ss', 'time'],
    ['mm:ss', 'time'],
    ['mmss.0', 'time'],
    ['[h]:mm:ss', 'time'],
    ['[mm]:ss', 'time'],
    ['h:mm AM/PM', 'time'],
    ['上午/下午 h"时"mm"分"', 'time'],
  ])('%s shows a number as a %s', (format, shown) => {
    expect(numberShown(format)).toBe(shown);
  });
});

describe('serial days', () => {
  it('counts as Excel does, 29 February 1900 included, up to 9999-12-31', () => {
    expect([1, 59, 60, 61, 45658, 2958465].map((serial) => serialDay(serial, false))).toEqual([
      '1900-01-01',
      '1900-02-28',
      '1900-02-29',
      '1900-03-01',
      '2025-01-01',
      '9999-12-31',
    ]);
    expect([0, -1, 2958466, NaN].map((serial) => serialDay(serial, false))).toEqual([null, null, null, null]);
  });

  it('counts from 1904-01-01 in the 1904 system', () => {
    expect([0, 45658, -1].map((serial) => serialDay(serial, true))).toEqual([
      '1904-01-01',
      '2029-01-02',
      null,
    ]);
  });

  it('takes a rounding error just below midnight for the next day, and drops the time of day', () => {
    expect(serialDay(45659 - 1e-11, false)).toBe('2025-01-02');
    expect(serialDay(45658.75, false)).toBe('2025-01-01');
  });

  it('turns ExcelJS’s Dates back into the serials they were, to the millisecond', () => {
    const date = (serial: number, date1904: boolean) =>
      new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
    for (const serial of [0.3, 0.5, 0.0125, 45658.3]) {
      expect(serialOf(date(serial, false), false)).toBe(serial);
      expect(serialOf(date(serial, true), true)).toBe(serial);
    }
  });
});

describe('what the domain reads of a cell', () => {
  it('reads a date as its day, a time as its number, an error as its text', () => {
    expect(contentValue(numberContent(45658, 'yyyy-mm-dd'))).toBe('2025-01-01');
    expect(contentValue(numberContent(0.5, 'h:mm'))).toBe(0.5);
    expect(contentValue(numberContent(-1, 'yyyy-mm-dd'))).toBe(-1);
    expect(contentValue({ kind: 'error', error: '#REF!' })).toBe('#REF!');
  });

  it('keeps a formula whose cached result is empty, and no cell that holds nothing', () => {
    expect(gridCellOf({ content: textContent(''), formula: '""' })).toEqual({ value: null, formula: '""' });
    expect(gridCellOf({ content: textContent(''), format: '@' })).toBeUndefined();
    expect(gridCellOf({ content: numberContent(0.5, 'h:mm'), format: 'h:mm' })).toEqual({
      value: 0.5,
      format: 'h:mm',
    });
  });
});
