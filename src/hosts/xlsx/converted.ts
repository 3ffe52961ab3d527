/**
 * The .xlsx a checked copy of an .xls, .et, .ods or Word report starts from: what was read (values, formulas,
 * number formats, merges, hidden sheets), laid out to be read — columns as wide as their text needs, text
 * wrapped, the table ruled — since the original's own styles cannot be carried over from those formats.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { heightFor, linesIn, textUnits } from '../../forms/templates/text-metrics';
import type { Grid, GridCell, Merge } from '../../sheet/grid';
import { AUTHOR } from './patch-notes';

/** Column widths in character units: wide enough for a short label, never wider than a long one needs. */
const NARROWEST = 6;
const WIDEST = 36;
const THIN = { style: 'thin' } as const;

const textOf = (cell: GridCell | undefined): string =>
  cell === undefined || cell.value === null ? '' : (cell.text ?? String(cell.value));

function widths(grid: Grid, inMerge: (row: number, col: number) => boolean): number[] {
  const needs: number[] = [];
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (inMerge(r, c)) return;
      const longest = Math.max(0, ...textOf(cell).split(/\r?\n/).map(textUnits));
      needs[c] = Math.max(needs[c] ?? 0, longest + 2);
    }),
  );
  return Array.from(needs, (need) => Math.min(WIDEST, Math.max(NARROWEST, need ?? NARROWEST)));
}

/** The rows of the table: from the first row with two filled cells to the last filled row. */
function tableRows(grid: Grid): { first: number; last: number } {
  const filled = (r: number): number => (grid.rows[r] ?? []).filter((cell) => textOf(cell) !== '').length;
  let first = grid.rows.findIndex((_, r) => filled(r) >= 2);
  let last = grid.rows.length - 1;
  while (last >= 0 && filled(last) === 0) last--;
  if (first < 0) first = last + 1;
  return { first, last };
}

function writeSheet(sheet: Worksheet, grid: Grid): void {
  const mergeAt = new Map<string, Merge>();
  for (const merge of grid.merges)
    for (let r = merge.top; r <= merge.bottom; r++)
      for (let c = merge.left; c <= merge.right; c++) mergeAt.set(`${String(r)},${String(c)}`, merge);
  const merged = (r: number, c: number): Merge | undefined => mergeAt.get(`${String(r)},${String(c)}`);
  const columnWidths = widths(grid, (r, c) => {
    const merge = merged(r, c);
    return merge !== undefined && merge.left !== merge.right;
  });
  columnWidths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  const right = Math.max(columnWidths.length, ...grid.merges.map((m) => m.right + 1));
  const { first, last } = tableRows(grid);

  for (let r = 0; r < grid.rows.length; r++) {
    const row = sheet.getRow(r + 1);
    let lines = 1;
    for (let c = 0; c < right; c++) {
      const source = grid.rows[r]?.[c];
      const cell = row.getCell(c + 1);
      if (source !== undefined && source.value !== null) {
        cell.value = source.formula ? { formula: source.formula, result: source.value } : source.value;
        if (source.format && source.format !== 'General') cell.numFmt = source.format;
      }
      const inTable = r >= first && r <= last;
      if (source !== undefined || inTable)
        cell.alignment = { wrapText: true, vertical: 'middle', ...(inTable ? {} : { horizontal: 'left' }) };
      if (inTable) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      const merge = merged(r, c);
      if (merge !== undefined && (merge.top !== r || merge.left !== c)) continue;
      const span = merge ? merge.right - merge.left + 1 : 1;
      const width = columnWidths.slice(c, c + span).reduce((sum, w) => sum + w, 0) || NARROWEST;
      const tall = merge ? merge.bottom - merge.top + 1 : 1;
      lines = Math.max(lines, Math.ceil(linesIn(textOf(source), width) / tall));
    }
    if (lines > 1) row.height = heightFor(lines);
  }
  for (const merge of grid.merges)
    sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  sheet.pageSetup = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
}

/** The Grids as an .xlsx a copy is patched from; `Workbook` is ExcelJS's, loaded by the caller. */
export async function convertedWorkbook(
  WorkbookClass: new () => Workbook,
  grids: readonly Grid[],
): Promise<Uint8Array> {
  const book = new WorkbookClass();
  book.creator = AUTHOR;
  // The sheets keep their names (already valid in .xls and .ods; 表1, 表2 … in a report): the copy's edits name them.
  for (const grid of grids)
    writeSheet(book.addWorksheet(grid.sheet, { state: grid.hidden ? 'hidden' : 'visible' }), grid);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
