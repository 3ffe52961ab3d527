import type { CellPosition, CellValue } from '../domain/cells';
import type { Merge } from './grid';

/** How a planned cell looks; only what the forms need. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
  /** Fill colour as RRGGBB. */
  readonly fill?: string;
  readonly border?: boolean;
  /** True for a cell the user fills in: unlocked on a protected sheet. */
  readonly input?: boolean;
}

/** One cell to write: a value or a formula (without `=`), its number format and style. */
export interface PlannedCell {
  readonly row: number;
  readonly col: number;
  readonly value?: CellValue;
  readonly formula?: string;
  readonly format?: string;
  readonly style?: CellStyle;
}

export type Validation =
  | {
      readonly range: Merge;
      readonly type: 'list';
      readonly values: readonly string[];
      readonly prompt?: string;
    }
  | {
      readonly range: Merge;
      readonly type: 'decimal';
      readonly min: number;
      readonly max?: number;
      readonly prompt?: string;
    };

/** A formula-driven fill, written relative to the range's top-left cell. */
export interface ConditionalFormat {
  readonly range: Merge;
  readonly formula: string;
  readonly fill: string;
}

export interface SheetPlan {
  readonly sheet: string;
  readonly hidden?: boolean;
  readonly cells: readonly PlannedCell[];
  readonly merges: readonly Merge[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Workbook-level defined names pointing into this sheet. */
  readonly names: readonly { readonly name: string; readonly range: Merge }[];
  /** Protect the sheet (no password) so that only input cells can be edited. */
  readonly protect: boolean;
  readonly print?: {
    readonly titleRows?: readonly [number, number];
    readonly fitToWidth: boolean;
    readonly landscape?: boolean;
  };
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

/** One cell of a checked copy that differs from the original: a value filled in, a mark, or both. */
export interface CellEdit {
  readonly sheet: string;
  readonly cell: CellPosition;
  /** A computed value filled in: a number, or text. */
  readonly value?: number | string;
  /** The number format the filled value needs. */
  readonly format?: string;
  /** A solid fill, RRGGBB. */
  readonly fill?: string;
  /** Our note on the cell (the user's own note stays before it). */
  readonly note?: string;
}
