/**
 * The workbook open in Excel, through Office.js (ExcelApi 1.14 and later). Each operation lives in its own
 * module; this class keeps what the last read saw, so that marking right after a check needs no read of
 * its own, and forgets it after every write.
 */
import { toA1, type CellPosition } from '../../domain/cells';
import { said, type Said } from '../../messages';
import type { CellFix, CellMark } from '../../forms/fixes';
import type { Grid } from '../../sheet/grid';
import type { WorkbookPlan } from '../../sheet/plan';
import type { HostCapabilities, HostReport, WorkbookHost } from '../types';
import { ExcelApi, MIN_EXCEL_API, type ExcelEntry } from './api';
import { onUserChange } from './events';
import { clearAllMarks, lockedSheets, setMarks, type NoteMode } from './marks';
import { applyPlan } from './plan-writer';
import { HostError } from './errors';
import { PROTECTION_NOT_RESTORED, withUnlocked } from './protection';
import { readWorkbook } from './read';
import { readState, type Snapshot } from './state';
import { cellKey, type MarkRecord } from './records';

export { HostError, toHostError } from './errors';

/** What this Excel lacks for the pane to run, as one sentence; null when it has everything. */
export function unsupportedReason(isSetSupported: ExcelEntry['isSetSupported']): Said | null {
  const version = `1.${String(MIN_EXCEL_API)}`;
  return isSetSupported('ExcelApi', version) ? null : said('office.unsupported-version', { version });
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  readonly capabilities: HostCapabilities;
  private readonly api: ExcelApi;
  private readonly mode: NoteMode;
  /** What the last read saw; null after any write, so that the next mark reads afresh. */
  private snapshot: Snapshot | null = null;
  /** The cells the last check read, by sheet: what a cell the user leaves is compared with on the web. */
  private lastRead = new Map<string, Grid>();
  /** Selections the host made itself whose change event has not come yet. */
  private ownSelections = 0;
  /** Operations run one at a time: a live re-check never interleaves with a mark or another check. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(entry: ExcelEntry) {
    this.api = new ExcelApi(entry);
    this.mode = this.api.has(18) ? 'notes' : 'comments';
    this.capabilities = {
      dataValidation: true,
      conditionalFormats: true,
      protection: true,
      names: true,
      notes: this.mode,
      liveCheck: true,
    };
  }

  /** Runs after every operation started before it, whatever became of them. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async sheetNames(): Promise<string[]> {
    return this.exclusive(() =>
      this.api.batch(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    );
  }

  readGrids(): Promise<Grid[]> {
    return this.exclusive(async () => {
      const { grids, snapshot } = await readWorkbook(this.api);
      this.snapshot = snapshot;
      this.lastRead = new Map(grids.map((grid) => [grid.sheet, grid]));
      return grids;
    });
  }

  applyPlan(plan: WorkbookPlan): Promise<HostReport> {
    return this.exclusive(() => {
      this.snapshot = null;
      return applyPlan(this.api, plan);
    });
  }

  /** One batch: format first, then the value, cell by cell (fixes are a handful of scattered cells). */
  writeFixes(fixes: readonly CellFix[]): Promise<HostReport> {
    return this.exclusive(() => this.fixing(fixes));
  }

  private async fixing(fixes: readonly CellFix[]): Promise<HostReport> {
    if (fixes.length === 0) return { notes: [] };
    const snapshot = await this.fresh();
    this.snapshot = null;
    await withUnlocked(
      this.api,
      lockedSheets(
        snapshot,
        fixes.map((fix) => fix.sheet),
      ),
      (context) => {
        for (const fix of fixes) {
          const range = context.workbook.worksheets.getItem(fix.sheet).getRange(toA1(fix.cell));
          if (fix.format) range.numberFormat = [[fix.format]];
          range.values = [[fix.value]];
        }
      },
    );
    return { notes: [] };
  }

  mark(marks: readonly CellMark[]): Promise<HostReport> {
    if (marks.length === 0) return Promise.resolve({ notes: [] });
    return this.exclusive(() => this.marking(marks, () => []));
  }

  /** After a re-check (which read everything just before): released cells get back what they had. */
  updateMarks(marks: readonly CellMark[]): Promise<HostReport> {
    const keep = new Set(marks.map((mark) => cellKey(mark.sheet, mark.cell.row, mark.cell.col)));
    return this.exclusive(() =>
      this.marking(marks, (snapshot) =>
        [...snapshot.records].filter(([key]) => !keep.has(key)).map(([, record]) => record),
      ),
    );
  }

  /**
   * Marks, and releases what `released` picks from the record. When the workbook changed since the read (a
   * colleague's comment arrived, a sheet was renamed) and Excel refuses a write, it reads again and tries
   * once more: protection is restored after each attempt, and what was marked is on record.
   */
  private async marking(
    marks: readonly CellMark[],
    released: (snapshot: Snapshot) => MarkRecord[],
  ): Promise<HostReport> {
    const attempt = async (snapshot: Snapshot): Promise<HostReport> => {
      const free = released(snapshot);
      if (marks.length === 0 && free.length === 0) return { notes: [] };
      return (await setMarks(this.api, snapshot, this.mode, marks, free)).report;
    };
    const snapshot = await this.fresh();
    this.snapshot = null;
    try {
      return await attempt(snapshot);
    } catch (error) {
      // A sheet left unprotected is said at once, never papered over by a second attempt.
      if (error instanceof HostError && error.code === PROTECTION_NOT_RESTORED) throw error;
      return attempt(await readState(this.api));
    }
  }

  clearMarks(): Promise<HostReport> {
    return this.exclusive(async () => {
      // Always read afresh: marks may have been made by an earlier session, or changed by hand.
      const snapshot = await readState(this.api);
      this.snapshot = null;
      return clearAllMarks(this.api, snapshot, this.mode);
    });
  }

  /** One sync: activates the sheet and selects the cell. */
  select(sheet: string, cell: CellPosition): Promise<void> {
    return this.exclusive(async () => {
      this.ownSelections++;
      try {
        await this.api.batch(async (context) => {
          const target = context.workbook.worksheets.getItem(sheet);
          target.activate();
          target.getRange(toA1(cell)).select();
          await context.sync();
        });
      } catch (error) {
        this.ownSelections--;
        throw error;
      }
    });
  }

  /** Calls the listener when the user changes the workbook; resolves to the function that unsubscribes. */
  onChanged(listener: () => void): Promise<() => Promise<void>> {
    return this.exclusive(() =>
      onUserChange(this.api, listener, {
        valueAt: (sheet, row, col) => this.lastRead.get(sheet)?.rows[row]?.[col]?.value ?? null,
        ownSelection: () => {
          if (this.ownSelections === 0 || !this.api.onWeb) return false;
          this.ownSelections--;
          return true;
        },
      }),
    );
  }

  /** The last read's snapshot, or a fresh read of the sheets' state when there is none. */
  private async fresh(): Promise<Snapshot> {
    return this.snapshot ?? readState(this.api);
  }
}
