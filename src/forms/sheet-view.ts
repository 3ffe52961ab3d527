import { isBlank, type FormCell } from '../domain/cells';
import { labelKey } from '../domain/text';
import { formCell, gridWidth, type Grid, type Merge } from '../sheet/grid';
import { namesColumn, PLACEHOLDER_VALUE, type ColumnSpec } from './vocabulary';

/** Columns a block's header names, by key. */
export type Columns<K extends string> = Partial<Record<K, number>>;

/** A sheet read once into label keys, so recognition never normalises a cell twice. */
export class SheetView {
  readonly width: number;
  readonly height: number;
  private readonly keys: (string | undefined)[][] = [];
  private readonly mergeAt = new Map<string, Merge>();

  constructor(readonly grid: Grid) {
    this.width = gridWidth(grid);
    this.height = grid.rows.length;
    grid.rows.forEach((row, r) => {
      const keys: (string | undefined)[] = [];
      row?.forEach((cell, c) => {
        if (cell && typeof cell.value === 'string' && cell.value.trim() !== '')
          keys[c] = labelKey(cell.value);
      });
      this.keys[r] = keys;
    });
    for (const merge of grid.merges) this.mergeAt.set(`${String(merge.top)},${String(merge.left)}`, merge);
  }

  key(row: number, col: number): string | undefined {
    return this.keys[row]?.[col];
  }

  /** The raw text of a cell (for what label keys drop: a weight in brackets, a colon and its value). */
  text(row: number, col: number): string {
    const value = this.grid.rows[row]?.[col]?.value;
    return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  }

  /** The first column in the row whose label matches, from `from` on (up to `to`). */
  find(row: number, pattern: RegExp, from = 0, to = this.width): number | undefined {
    const keys = this.keys[row];
    if (!keys) return undefined;
    for (let c = from; c < Math.min(to, keys.length); c++) {
      const key = keys[c];
      if (key !== undefined && pattern.test(key)) return c;
    }
    return undefined;
  }

  rowMatches(row: number, pattern: RegExp): boolean {
    return this.find(row, pattern) !== undefined;
  }

  /** The leftmost label of a row, if it has one. */
  firstLabel(row: number): { col: number; key: string } | undefined {
    const keys = this.keys[row];
    if (!keys) return undefined;
    for (let c = 0; c < keys.length; c++) {
      const key = keys[c];
      if (key !== undefined) return { col: c, key };
    }
    return undefined;
  }

  /** The cell, with blank-template placeholders (`……`, `-`) read as no value; its text still shows them. */
  cell(row: number, col: number): FormCell {
    const cell = formCell(this.grid, row, col);
    return typeof cell.value === 'string' && PLACEHOLDER_VALUE.test(cell.value.trim())
      ? { ...cell, value: null, text: cell.value }
      : cell;
  }

  /** The merged area starting at a cell, if any. */
  mergeFrom(row: number, col: number): Merge | undefined {
    return this.mergeAt.get(`${String(row)},${String(col)}`);
  }

  /** The merged area covering a cell, if any. */
  mergeCovering(row: number, col: number): Merge | undefined {
    return this.grid.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  }

  /** The value cell right of a label: the first non-empty one before `stopAt`, else the first past the label's merge. */
  valueRightOf(row: number, col: number, stopAt = this.width): FormCell {
    const merge = this.mergeCovering(row, col);
    const first = merge ? merge.right + 1 : col + 1;
    for (let c = first; c < stopAt; c++) if (!isBlank(this.cell(row, c))) return this.cell(row, c);
    return this.cell(row, first);
  }

  isEmptyRow(row: number): boolean {
    return (this.grid.rows[row] ?? []).every(
      (cell) => !cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === ''),
    );
  }

  /** Whether any cell of the row holds a number (a header row holds none). */
  hasNumber(row: number): boolean {
    return (this.grid.rows[row] ?? []).some((cell) => typeof cell?.value === 'number');
  }

  /**
   * The columns a header row (or rows) names: each label taken by the first column whose headings match it,
   * each column by its first label. Earlier rows win, so a two-row header lists its lower row first.
   */
  columns<K extends string>(rows: readonly number[], specs: Readonly<Record<K, ColumnSpec>>): Columns<K> {
    const columns: Columns<K> = {};
    const names = Object.keys(specs) as K[];
    for (const row of rows)
      for (let c = 0; c < this.width; c++) {
        const key = this.key(row, c);
        if (key === undefined) continue;
        const name = names.find((n) => namesColumn(specs[n], key));
        if (name !== undefined && columns[name] === undefined && !Object.values(columns).includes(c))
          columns[name] = c;
      }
    return columns;
  }
}

/** A cell that stands for a value recognition worked out (a composed target, a weight from a label). */
export function derivedCell(at: { row: number; col: number }, value: string | number): FormCell {
  return { row: at.row, col: at.col, value };
}
