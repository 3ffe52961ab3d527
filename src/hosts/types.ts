import type { CellPosition } from '../domain/cells';
import type { CellFix, CellMark } from '../forms/fixes';
import type { Grid } from '../sheet/grid';
import type { WorkbookPlan } from '../sheet/plan';

/** What this host can do; the pane says plainly what is missing (DESIGN: degrade, never crash). */
export interface HostCapabilities {
  /** Dropdowns and decimal checks in built templates (ExcelApi 1.8). */
  readonly dataValidation: boolean;
  /** The red 偏差原因 format (ExcelApi 1.6). */
  readonly conditionalFormats: boolean;
  /** Locked cells on built sheets (ExcelApi 1.2). */
  readonly protection: boolean;
  /** Defined names for key cells (ExcelApi 1.4). */
  readonly names: boolean;
  /** Notes on marked cells (ExcelApi 1.18); otherwise comments (1.10), otherwise fill only. */
  readonly notes: 'notes' | 'comments' | 'none';
  /** Re-check as the user types (ExcelApi 1.7 onChanged). */
  readonly liveCheck: boolean;
}

/** One workbook as the pane works on it: Excel through Office.js, or a file in the browser. */
export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  readonly capabilities: HostCapabilities;
  /** What the last operation had to leave out on this Excel (said in Chinese), if anything. */
  readonly lastNotes?: readonly string[];
  /** The sheets' used ranges (and the hidden identity sheet) as Grids. */
  readGrids(): Promise<Grid[]>;
  /** Names of the existing sheets, so a template never lands on one. */
  sheetNames(): Promise<string[]>;
  /** Adds the plan's sheets as new sheets. */
  applyPlan(plan: WorkbookPlan): Promise<void>;
  /** Writes computed values into their cells (formats first). */
  writeFixes(fixes: readonly CellFix[]): Promise<void>;
  /** Marks findings on their cells, remembering what each cell had so clearMarks can restore it. */
  mark(marks: readonly CellMark[]): Promise<void>;
  /** Removes every mark, restoring the user's own fills and notes exactly. */
  clearMarks(): Promise<void>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: CellPosition): Promise<void>;
}
