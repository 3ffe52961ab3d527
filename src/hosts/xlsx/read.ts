import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { CellValue } from '../../domain/cells';
import type { Grid, GridCell, Merge } from '../../sheet/grid';
import { fromA1Range } from '../../sheet/address';

/** The plain value of an ExcelJS cell value: cached results for formulas, text for rich text and links. */
function plainValue(value: Cell['value']): { value: CellValue; formula?: string } {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return { value: value.richText.map((part) => part.text).join('') };
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = 'formula' in value && typeof value.formula === 'string' ? value.formula : undefined;
      const result = 'result' in value ? plainValue(value.result).value : null;
      return formula === undefined ? { value: result } : { value: result, formula };
    }
    if ('error' in value) return { value: String(value.error) };
    if ('text' in value && typeof value.text === 'string') return { value: value.text };
  }
  return { value: null };
}

function isFormulaValue(value: Cell['value']): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** One worksheet's used range as a Grid (sheet coordinates, merge masters only). */
export function worksheetGrid(sheet: Worksheet): Grid {
  const rows: (GridCell | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (GridCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged slaves repeat their master's value in ExcelJS; the sheet shows it once.
      if (cell.isMerged && cell.master !== cell) return;
      const isFormula = isFormulaValue(cell.value);
      // For formulas, cell.result and cell.formula: `cell.value` drops a cached result of 0, false or '',
      // and a shared formula's other cells hold only a pointer to it, which cell.formula translates.
      const { value } = plainValue(isFormula ? cell.result : cell.value);
      const formula = isFormula ? cell.formula || undefined : undefined;
      const format = cell.numFmt;
      if (value === null && formula === undefined) return;
      cells[colNumber - 1] = {
        value,
        ...(formula === undefined ? {} : { formula }),
        ...(format ? { format } : {}),
      };
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
