/**
 * Collects one sheet of a template while a layout walks down its rows: cells, merges, validation,
 * conditional formats and names; then sizes every row to its labels (text-metrics) and closes the plan.
 */
import { toA1 } from '../../domain/cells';
import type { Merge } from '../../sheet/grid';
import type { CellStyle, ConditionalFormat, PlannedCell, SheetPlan, Validation } from '../../sheet/plan';
import { heightFor, linesIn } from './text-metrics';

export const AMOUNT = '0.00';
export const RATE = '0.00%';
export const SCORE = '0.00';
const LABEL_FILL = 'DDEBF7';
const INPUT_FILL = 'FFFFFF';
const COMPUTED_FILL = 'F2F2F2';
export const ALERT_FILL = 'FFC7CE';
/** The body font's size; titles and captions set their own. */
export const BODY_SIZE = 11;
/** The least height of a row one fills in by hand: room for a line of 11 pt and a comfortable margin. */
const INPUT_HEIGHT = 20;

export const range = (top: number, left: number, bottom = top, right = left): Merge => ({
  top,
  left,
  bottom,
  right,
});
export const a1 = (row: number, col: number): string => toA1({ row, col });

/** One cell of a row laid out from data: a printed label, a cell to fill in, or a bordered blank. */
export type LayoutCell = (
  | { readonly label: string; readonly style?: CellStyle }
  | { readonly input: string | number | undefined; readonly format?: string; readonly style?: CellStyle }
  | { readonly blank: true }
) & {
  readonly col: number;
  /** The last column it is merged across to. */
  readonly to?: number;
};

export class SheetBuilder {
  readonly cells: PlannedCell[] = [];
  readonly merges: Merge[] = [];
  readonly validations: Validation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly names: { name: string; range: Merge }[] = [];
  readonly openRows: [number, number][] = [];
  /** Heights a layout asks for beyond what its labels need (a paragraph to write, a title). */
  private readonly minHeights = new Map<number, number>();

  constructor(private readonly widths: readonly number[]) {}

  put(row: number, col: number, content: Omit<PlannedCell, 'row' | 'col'>): void {
    this.cells.push({ row, col, ...content });
  }

  /** A printed label: bordered, wrapped, centred on a light fill. */
  label(row: number, col: number, text: string, style: CellStyle = {}): void {
    this.put(row, col, {
      value: text,
      style: { border: true, wrap: true, align: 'center', fill: LABEL_FILL, ...style },
    });
  }

  /** A cell one fills in: unlocked on the protected sheet. */
  input(row: number, col: number, format?: string, value?: string | number, style: CellStyle = {}): void {
    this.put(row, col, {
      ...(value === undefined || value === '' ? {} : { value }),
      ...(format ? { format } : {}),
      style: { border: true, wrap: true, input: true, fill: INPUT_FILL, ...style },
    });
  }

  /** A cell the formula fills: locked, on a grey fill. */
  computed(row: number, col: number, formula: string, format?: string): void {
    this.put(row, col, {
      formula,
      ...(format ? { format } : {}),
      style: { border: true, align: 'center', fill: COMPUTED_FILL },
    });
  }

  /** Plain text across the form's width (captions, notes, the sign-off line). */
  text(row: number, lastCol: number, text: string, style: CellStyle = {}): void {
    this.put(row, 0, { value: text, style: { wrap: true, align: 'left', ...style } });
    this.merge(range(row, 0, row, lastCol));
  }

  /** A row as data: each cell put in turn, and merged across to its `to`. */
  lay(row: number, cells: readonly LayoutCell[]): void {
    for (const cell of cells) {
      if ('label' in cell) this.label(row, cell.col, cell.label, cell.style);
      else if ('input' in cell) this.input(row, cell.col, cell.format, cell.input, cell.style);
      else this.blank(row, cell.col);
      if (cell.to !== undefined) this.merge(range(row, cell.col, row, cell.to));
    }
  }

  merge(area: Merge): void {
    if (area.top !== area.bottom || area.left !== area.right) this.merges.push(area);
  }

  /** Cells left empty inside a bordered area still print their borders: the form closes as a rectangle. */
  blank(row: number, col: number): void {
    this.put(row, col, { style: { border: true } });
  }

  /** At least this height for the row, whatever its labels need. */
  atLeast(row: number, height: number): void {
    this.minHeights.set(row, Math.max(height, this.minHeights.get(row) ?? 0));
  }

  validate(validation: Validation): void {
    this.validations.push(validation);
  }

  /** The plan, every row as tall as its tallest label (merged labels spread over the rows they cover). */
  plan(sheet: string, extra: Partial<SheetPlan> = {}): SheetPlan {
    return {
      sheet,
      cells: this.cells,
      merges: this.merges,
      columnWidths: this.widths,
      rowHeights: this.heights(),
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      names: this.names,
      protect: true,
      ...(this.openRows.length > 0 ? { openRows: this.openRows } : {}),
      ...extra,
    };
  }

  private heights(): Record<number, number> {
    const heights = new Map(this.minHeights);
    const need = (row: number, height: number): void => {
      heights.set(row, Math.max(height, heights.get(row) ?? 0));
    };
    const spanning: { area: Merge; height: number }[] = [];
    for (const cell of this.cells) {
      if (cell.style?.input) need(cell.row, INPUT_HEIGHT);
      if (typeof cell.value !== 'string' || cell.value === '') continue;
      const area =
        this.merges.find((m) => m.top === cell.row && m.left === cell.col) ?? range(cell.row, cell.col);
      let width = 0;
      for (let col = area.left; col <= area.right; col++) width += this.widths[col] ?? 8.43;
      const size = cell.style?.fontSize ?? BODY_SIZE;
      const lines = cell.style?.wrap === false ? 1 : linesIn(cell.value, width, size);
      const height = heightFor(lines, size);
      if (area.top === area.bottom) need(area.top, height);
      else spanning.push({ area, height });
    }
    // A label merged down several rows needs their heights together; the last row takes what is missing.
    for (const { area, height } of spanning) {
      let have = 0;
      for (let row = area.top; row <= area.bottom; row++) have += heights.get(row) ?? INPUT_HEIGHT;
      if (have < height) need(area.bottom, (heights.get(area.bottom) ?? INPUT_HEIGHT) + height - have);
    }
    return Object.fromEntries(heights);
  }
}
