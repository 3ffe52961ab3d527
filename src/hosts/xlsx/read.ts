import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Grid, GridCell, Merge } from '../../sheet/grid';
import { fromA1Range } from '../../sheet/address';
import {
  EMPTY_CONTENT,
  gridCellOf,
  numberContent,
  serialOf,
  textContent,
  type CellContent,
} from '../../sheet/cell-value';

/** ExcelJS's own test for a date format: the numbers it turned into Dates, which are numbers again here. */
const excelJsDate = (format: string): boolean =>
  /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/**
 * What an ExcelJS cell value holds: text for rich text and links; a Date read from a file (a number ExcelJS
 * took for a date) is its serial again, for the one decision of what it shows as, and a Date put in by code
 * is that day.
 */
function contentOf(value: Cell['value'], format: string | undefined, date1904: boolean): CellContent {
  if (value === null || value === undefined) return EMPTY_CONTENT;
  if (typeof value === 'number') return numberContent(value, format, date1904);
  if (typeof value === 'string') return textContent(value);
  if (typeof value === 'boolean') return { kind: 'boolean', boolean: value };
  if (value instanceof Date)
    return format !== undefined && excelJsDate(format)
      ? numberContent(serialOf(value, date1904), format, date1904)
      : { kind: 'date', day: value.toISOString().slice(0, 10) };
  if ('richText' in value && Array.isArray(value.richText))
    return textContent(value.richText.map((part) => part.text).join(''));
  if ('error' in value) return { kind: 'error', error: String(value.error) };
  if ('text' in value && typeof value.text === 'string') return textContent(value.text);
  return EMPTY_CONTENT;
}

function isFormulaValue(value: Cell['value']): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** One worksheet's used range as a Grid (sheet coordinates, merge masters only). */
export function worksheetGrid(sheet: Worksheet): Grid {
  const date1904 = sheet.workbook.properties.date1904 ?? false;
  const rows: (GridCell | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged slaves repeat their master's value in ExcelJS; the sheet shows it once.
      if (cell.isMerged && cell.master !== cell) return;
      const isFormula = isFormulaValue(cell.value);
      // For formulas, cell.result and cell.formula: `cell.value` drops a cached result of 0, false or '',
      // and a shared formula's other cells hold only a pointer to it, which cell.formula translates.
      const format = cell.numFmt || undefined;
      const gridCell = gridCellOf({
        content: contentOf(isFormula ? cell.result : cell.value, format, date1904),
        formula: isFormula ? cell.formula || undefined : undefined,
        format,
      });
      if (gridCell) cells[colNumber - 1] = gridCell;
    });
    rows[rowNumber - 1] = cells;
  });
  const merges: Merge[] = [];
  for (const range of sheet.model.merges) {
    const merge = fromA1Range(range);
    if (merge) merges.push(merge);
  }
  return { sheet: sheet.name, rows, merges, ...(sheet.state !== 'visible' ? { hidden: true } : {}) };
}

/** Every worksheet of a loaded workbook as Grids, in tab order. */
export function workbookGrids(workbook: Workbook): Grid[] {
  return workbook.worksheets.map(worksheetGrid);
}
