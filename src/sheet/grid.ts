import type { CellValue, FormCell } from '../domain/cells';

/** A merged range, 0-based and inclusive. */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One cell of a used range, as a host reads it. */
export interface GridCell {
  readonly value: CellValue;
  /** Formula without the leading `=`. */
  readonly formula?: string;
  /** Number format (`0.00%`, `@`, `General`). */
  readonly format?: string;
  /** Displayed text, when the host knows it. */
  readonly text?: string;
}

/**
 * The host-neutral picture of one sheet's used range: rows of cells in sheet coordinates
 * (row 0 is the sheet's first row, whatever the used range), and the merges.
 */
export interface Grid {
  readonly sheet: string;
  /** Sparse rows: `rows[r]?.[c]` is the cell at sheet row r, column c. */
  readonly rows: readonly (readonly (GridCell | undefined)[] | undefined)[];
  readonly merges: readonly Merge[];
  /** True for a hidden or very-hidden sheet. */
  readonly hidden?: boolean;
}

export function gridCell(grid: Grid, row: number, col: number): GridCell | undefined {
  return grid.rows[row]?.[col];
}

/** The cell as the domain sees it: value, position, format and formula. */
export function formCell(grid: Grid, row: number, col: number): FormCell {
  const cell = gridCell(grid, row, col);
  return {
    row,
    col,
    value: cell?.value ?? null,
    ...(cell?.format !== undefined ? { format: cell.format } : {}),
    ...(cell?.text !== undefined ? { text: cell.text } : {}),
    ...(cell?.formula !== undefined ? { formula: cell.formula } : {}),
  };
}

/** Number of columns of the widest row. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) if (row && row.length > width) width = row.length;
  return width;
}

/** Builds a Grid from a 2-D array of plain values (tests, CSV-like input). */
export function gridFromValues(
  sheet: string,
  values: readonly (readonly (CellValue | undefined)[])[],
  merges: readonly Merge[] = [],
): Grid {
  return {
    sheet,
    rows: values.map((row) =>
      row.map((value) => (value === undefined || value === null ? undefined : { value })),
    ),
    merges,
  };
}
