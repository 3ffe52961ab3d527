import type { Workbook } from 'exceljs';
import type { CellPosition } from '../../domain/cells';
import type { CellFix, CellMark } from '../../forms/fixes';
import type { Grid } from '../../sheet/grid';
import type { WorkbookPlan } from '../../sheet/plan';
import type { HostCapabilities, WorkbookHost } from '../types';
import { annotateWorkbook } from './annotate';
import { DEFAULT_LIMITS, inspectGrids, inspectXlsx, REASONS, type LoadLimits } from './guard';
import { workbookBytes } from './external-links';
import { workbookGrids } from './read';
import { writeWorkbookPlan } from './write';

/** ExcelJS is loaded only here, in file mode: a lazy chunk the Excel path never downloads. */
async function exceljs(): Promise<typeof import('exceljs')> {
  const module = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  // The browser build is CommonJS: webpack puts its exports on `default`.
  return 'default' in module ? module.default : module;
}

const FILE_CAPABILITIES: HostCapabilities = {
  dataValidation: true,
  conditionalFormats: true,
  protection: true,
  names: true,
  notes: 'notes',
  liveCheck: false,
};

interface CellSnapshot {
  readonly sheet: string;
  readonly cell: CellPosition;
  readonly style: unknown;
  readonly note: unknown;
}

/** A workbook opened in the browser: everything stays in memory, nothing is uploaded. */
export class FileWorkbookHost implements WorkbookHost {
  readonly kind = 'file' as const;
  readonly capabilities = FILE_CAPABILITIES;
  private readonly snapshots = new Map<string, CellSnapshot>();

  private constructor(
    private readonly workbook: Workbook,
    readonly fileName: string,
    /** The bytes the workbook was opened from: what ExcelJS drops on writing is put back from them. */
    private readonly source: Uint8Array | null = null,
  ) {}

  /** Opens an .xlsx the user picked; a file that is not one, or is hostile, gets one plain Chinese sentence. */
  static async open(
    bytes: ArrayBuffer,
    fileName: string,
    limits: LoadLimits = DEFAULT_LIMITS,
  ): Promise<FileWorkbookHost> {
    const refuse = (reason: string) => new Error(`“${fileName}”${reason}`);
    // Before ExcelJS is even downloaded: a refused file costs neither the chunk nor the memory.
    const problem = await inspectXlsx(new Uint8Array(bytes), limits);
    if (problem) throw refuse(problem);
    const { Workbook: WorkbookClass } = await exceljs();
    const workbook = new WorkbookClass();
    try {
      await workbook.xlsx.load(bytes);
    } catch {
      throw refuse(REASONS.unreadable);
    }
    const built = inspectGrids(workbookGrids(workbook), limits);
    if (built) throw refuse(built);
    return new FileWorkbookHost(workbook, fileName, new Uint8Array(bytes));
  }

  /** A new, empty workbook (for downloading blank templates). */
  static async blank(fileName: string): Promise<FileWorkbookHost> {
    const { Workbook: WorkbookClass } = await exceljs();
    const workbook = new WorkbookClass();
    workbook.creator = '绩效自评助手';
    return new FileWorkbookHost(workbook, fileName);
  }

  readGrids(): Promise<Grid[]> {
    return Promise.resolve(workbookGrids(this.workbook));
  }

  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.workbook.worksheets.map((sheet) => sheet.name));
  }

  async applyPlan(plan: WorkbookPlan): Promise<void> {
    const existing = new Set(this.workbook.worksheets.map((sheet) => sheet.name));
    const clash = plan.sheets.find((sheet) => existing.has(sheet.sheet));
    if (clash) throw new Error(`工作簿中已有名为“${clash.sheet}”的工作表，模板不会覆盖它。`);
    await writeWorkbookPlan(this.workbook, plan);
  }

  writeFixes(fixes: readonly CellFix[]): Promise<void> {
    annotateWorkbook(this.workbook, fixes, []);
    return Promise.resolve();
  }

  mark(marks: readonly CellMark[]): Promise<void> {
    for (const mark of marks) {
      const key = `${mark.sheet}!${String(mark.cell.row)},${String(mark.cell.col)}`;
      if (this.snapshots.has(key)) continue;
      const cell = this.workbook.getWorksheet(mark.sheet)?.getCell(mark.cell.row + 1, mark.cell.col + 1);
      if (cell)
        this.snapshots.set(key, {
          sheet: mark.sheet,
          cell: mark.cell,
          style: structuredClone(cell.style),
          note: cell.note,
        });
    }
    annotateWorkbook(this.workbook, [], marks);
    return Promise.resolve();
  }

  clearMarks(): Promise<void> {
    for (const snapshot of this.snapshots.values()) {
      const cell = this.workbook
        .getWorksheet(snapshot.sheet)
        ?.getCell(snapshot.cell.row + 1, snapshot.cell.col + 1);
      if (!cell) continue;
      cell.style = snapshot.style as typeof cell.style;
      if (snapshot.note === undefined) {
        // ExcelJS 4.4 has no way to delete a note (setting undefined makes an empty one): drop its model,
        // and set the value again, since the value's cached model still carries the note.
        (cell as unknown as { _comment?: unknown })._comment = undefined;
        const { value } = cell;
        cell.value = value;
      } else {
        cell.note = snapshot.note as typeof cell.note;
      }
    }
    this.snapshots.clear();
    return Promise.resolve();
  }

  /** File mode has no cursor to move: the pane shows the address instead. */
  select(): Promise<void> {
    return Promise.resolve();
  }

  /** The workbook as it is now, as .xlsx bytes to download. */
  async toBytes(): Promise<ArrayBuffer> {
    return new Uint8Array(await workbookBytes(this.workbook, this.source)).buffer;
  }
}
