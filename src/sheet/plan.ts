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

/** What every validation says: an input prompt shown on the cell and the message of a refused entry, in Chinese. */
interface ValidationText {
  readonly range: Merge;
  readonly prompt: string;
  readonly error: string;
}

export type Validation = ValidationText &
  (
    | { readonly type: 'list'; readonly values: readonly string[] }
    | { readonly type: 'decimal'; readonly min: number; readonly max?: number }
    /** A formula (without `=`) written relative to the range's top-left cell; true accepts the entry. */
    | { readonly type: 'custom'; readonly formula: string }
  );

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
  /**
   * Protect the sheet (no password) so that only input cells can be edited; rows may be inserted, and deleted
   * where every cell of the row is unlocked (`openRows`).
   */
  readonly protect: boolean;
  /** Rows unlocked as a whole (first and last, 0-based): the blocks where rows are added and removed. */
  readonly openRows?: readonly (readonly [number, number])[];
  readonly print?: {
    readonly titleRows?: readonly [number, number];
    readonly fitToWidth: boolean;
    readonly landscape?: boolean;
    /** The page footer's text (centre), in Excel's header/footer code: `&P` the page, `&N` the pages. */
    readonly footer?: string;
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
