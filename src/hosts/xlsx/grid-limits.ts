/**
 * The limits checked on what was read rather than on the package: an OpenDocument sheet's repeats before
 * SheetJS expands them, and every sheet's cells and used area once read into Grids.
 */
import type { Grid } from '../../sheet/grid';
import { DEFAULT_LIMITS, type LoadLimits } from './limits';
import { REASONS, type Refusal } from './reasons';
import { isControl } from './sniff';

/** The attribute's whole-number value in a start tag, or 1 when it is absent (ODF's repeat counts). */
function repeats(tag: string, attribute: string): number {
  const value = new RegExp(`${attribute}="(\\d+)"`).exec(tag)?.[1];
  return value === undefined ? 1 : Number(value);
}

/**
 * The cells an OpenDocument sheet's content.xml holds once its repeats are expanded: a row repeated a million
 * times with a value in a cell repeated across 16,000 columns is a billion cells to a reader. Empty cells,
 * however repeated, are not counted (LibreOffice writes the empty rest of a sheet that way).
 */
export function odsCells(contentXml: string): number {
  let cells = 0;
  for (const row of contentXml.matchAll(/<table:table-row\b([^>]*?)(\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const rowRepeats = repeats(row[1] ?? '', 'table:number-rows-repeated');
    let inRow = 0;
    for (const cell of (row[3] ?? '').matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(\/?)>/g)) {
      const attributes = cell[1] ?? '';
      // A self-closed cell without a value type holds nothing.
      if (cell[2] === '/' && !/office:value-type=/.test(attributes)) continue;
      inRow += repeats(attributes, 'table:number-columns-repeated');
    }
    cells += rowRepeats * inRow;
    if (cells > Number.MAX_SAFE_INTEGER / 2) break;
  }
  return cells;
}

/** Excel's own sheet-name rules allow 31 characters; a longer or odd one is shortened for the message. */
function shownName(name: string): string {
  const plain = [...name].filter((char) => !isControl(char)).join('');
  return plain.length > 31 ? `${plain.slice(0, 30)}…` : plain;
}

/** A sheet's filled cells, and the rows and columns of its used area (up to its last filled cell). */
function usedArea(grid: Grid): { cells: number; rows: number; columns: number } {
  let cells = 0;
  let rows = 0;
  let columns = 0;
  grid.rows.forEach((row, r) => {
    let filled = false;
    row?.forEach((cell, c) => {
      if (cell === undefined) return;
      filled = true;
      cells++;
      if (c + 1 > columns) columns = c + 1;
    });
    if (filled) rows = r + 1;
  });
  return { cells, rows, columns };
}

/**
 * The check on what was read: cells, and each sheet's used area (recognition walks rows × columns, so one
 * stray cell at XFD1048576 would cost 17 billion steps).
 */
export function inspectGrids(grids: readonly Grid[], limits: LoadLimits = DEFAULT_LIMITS): Refusal | null {
  let cells = 0;
  for (const grid of grids) {
    const used = usedArea(grid);
    cells += used.cells;
    if (cells > limits.maxCells) return REASONS.cells(limits.maxCells);
    if (used.rows * used.columns > limits.maxCells)
      return REASONS.usedRange(shownName(grid.sheet), used.rows, used.columns, limits.maxCells);
  }
  return null;
}
