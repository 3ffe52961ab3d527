import type { CellPosition } from '../domain/cells';
import type { CellFix, CellMark } from '../forms/fixes';
import type { Grid } from '../sheet/grid';
import type { CellEdit, WorkbookPlan } from '../sheet/plan';
import { SaidError, type Locale, type Said } from '../messages';

/**
 * A failure said in both languages: `message` in Chinese (the command line's), `messageEn` for the English pane.
 * Kept while hosts/office still uses it; new failures are SaidErrors, said from the catalogue.
 */
export class BilingualError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What a person reads of a failure, in the pane's language. */
export function failureText(error: unknown, locale: Locale): string {
  if (error instanceof SaidError) return error.in(locale);
  if (error instanceof BilingualError && locale === 'en-US') return error.messageEn;
  return error instanceof Error ? error.message : String(error);
}

/** True for a host the pane may change (Excel); a file in the browser is only read. */
export function isEditable(host: WorkbookSource): host is WorkbookHost {
  return host.kind === 'excel';
}

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

/** A workbook the pane can read: a file in the browser (never changed), or Excel. */
export interface WorkbookSource {
  readonly kind: 'excel' | 'file';
  readonly capabilities: HostCapabilities;
  /** The sheets' used ranges (and the hidden identity sheet) as Grids. */
  readGrids(): Promise<Grid[]>;
  /** Names of the existing sheets, so a template never lands on one. */
  sheetNames(): Promise<string[]>;
  /** A Word report's text outside its tables, whose statements are checked against them. */
  readonly document?: string | undefined;
}

/** A file opened in the browser: only read; what the user takes away is a checked copy of it. */
export interface FileSource extends WorkbookSource {
  readonly kind: 'file';
  readonly fileName: string;
  /** What the file was: a checked copy of anything but .xlsx/.xlsm is an .xlsx made from it. */
  readonly format: 'xlsx' | 'xlsm' | 'xls' | 'et' | 'ods' | 'docx';
  /** The original's bytes with only these cells changed. */
  copyBytes(edits: readonly CellEdit[]): Promise<ArrayBuffer>;
}

/** What an operation on the workbook had to leave out, one sentence each (empty when nothing). */
export interface HostReport {
  readonly notes: readonly Said[];
}

/** The workbook open in Excel: read, and changed in place at the user's request. */
export interface WorkbookHost extends WorkbookSource {
  readonly kind: 'excel';
  /** Adds the plan's sheets as new sheets. */
  applyPlan(plan: WorkbookPlan): Promise<HostReport>;
  /** Writes computed values into their cells (formats first). */
  writeFixes(fixes: readonly CellFix[]): Promise<HostReport>;
  /** Marks findings on their cells, remembering what each cell had so clearMarks can restore it. */
  mark(marks: readonly CellMark[]): Promise<HostReport>;
  /** Removes every mark, restoring the user's own fills and notes exactly. */
  clearMarks(): Promise<HostReport>;
  /** After a re-check: cells whose findings no longer hold get back what they had; the others are marked anew. */
  updateMarks(marks: readonly CellMark[]): Promise<HostReport>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: CellPosition): Promise<void>;
  /** Calls the listener after the user changes the workbook; resolves to the function that unsubscribes. */
  onChanged(listener: () => void): Promise<() => Promise<void>>;
}
