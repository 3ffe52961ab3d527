/** The two ways a workbook's Grids are read, and a form in which they can be compared. */
import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import type { Grid, GridCell } from '../../../src/sheet/grid';
import { openXlsx } from '../../../src/hosts/xlsx/guard';
import { SaidError } from '../../../src/messages';
import { workbookGrids } from '../../../src/hosts/xlsx/read';
import { gridsFromParts } from '../../../src/hosts/xlsx/xml-grids';

/** Grids as the command line reads them: the guard's parts, then the XML reader. */
export async function xmlGrids(bytes: Uint8Array): Promise<Grid[]> {
  const opened = await openXlsx(bytes, undefined, (packed, size) => [
    inflateRawSync(packed, { maxOutputLength: size + 1 }),
  ]);
  if (opened.problem !== null) throw new SaidError(opened.problem);
  return gridsFromParts(opened.parts);
}

/** Grids as file mode reads them: ExcelJS loads the workbook. */
export async function excelJsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbookGrids(workbook);
}

/** ExcelJS drops the backslash of an escaped character in a format (`0.0\%`); the XML reader keeps it. */
const asExcelJsReads = (cell: GridCell): GridCell =>
  cell.format === undefined ? cell : { ...cell, format: cell.format.replace(/\\(.)/g, '$1') };

/** Each sheet as a list of `[row, col, cell]`: empty rows and trailing holes do not count. */
export function canonical(grids: readonly Grid[]): unknown[] {
  return grids.map((grid) => ({
    sheet: grid.sheet,
    hidden: grid.hidden === true,
    merges: grid.merges,
    cells: grid.rows.flatMap((row, r) =>
      (row ?? []).flatMap((cell: GridCell | undefined, c) => (cell ? [[r, c, asExcelJsReads(cell)]] : [])),
    ),
  }));
}
