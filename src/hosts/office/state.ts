/**
 * The workbook's sheets and what marking needs besides cells, in two syncs: the sheets with their
 * protection, notes, comments and the marks record; then the sheets' used ranges and where each note and
 * comment is.
 */
import { fromA1, type CellPosition } from '../../domain/cells';
import type { Said } from '../../messages';
import type { Merge } from '../../sheet/grid';
import { splitAddress } from './addresses';
import type { ExcelApi } from './api';
import { cellKey, MARKS_SETTING, recordsOf, type MarkRecord } from './records';

/** What marking needs besides values, known from the last read. */
export interface Snapshot {
  readonly sheets: ReadonlyMap<
    string,
    { readonly protected: boolean; readonly options?: Excel.WorksheetProtectionOptions }
  >;
  /** Note text by cell key; null when notes cannot be read (ExcelApi < 1.18). */
  readonly notes: Map<string, string> | null;
  /** Threaded comment by cell key. */
  readonly comments: Map<string, { readonly id: string; readonly content: string }>;
  readonly records: Map<string, MarkRecord>;
  /** Whether the workbook holds a marks record (a damaged one included). */
  readonly recordPresent: boolean;
  /** Why the saved marks record could not be read, if it could not. */
  readonly recordProblem: Said | null;
}

/** A sheet as the read of its cells needs it. */
export interface SheetRead {
  readonly name: string;
  readonly hidden: boolean;
  readonly used: Merge | null;
}

/** What the first sync loads. */
interface Loaded {
  readonly sheets: Excel.WorksheetCollection;
  readonly notes: Excel.NoteCollection | null;
  readonly comments: Excel.CommentCollection;
  readonly setting: Excel.Setting;
}

/** Something at a place in the workbook (a note, a comment), with the place loaded. */
interface Placed<T> {
  readonly item: T;
  readonly at: Excel.Range;
}

function loadState(context: Excel.RequestContext, withNotes: boolean): Loaded {
  const { workbook } = context;
  return {
    sheets: workbook.worksheets.load(
      'items/name,items/visibility,items/protection/protected,items/protection/options',
    ),
    notes: withNotes ? workbook.notes.load('items/content') : null,
    comments: workbook.comments.load('items/id,items/content'),
    setting: workbook.settings.getItemOrNullObject(MARKS_SETTING).load('value'),
  };
}

/** Each item by the key of its cell (the top-left one of its place). */
function byCell<T, V>(placed: readonly Placed<T>[], value: (item: T) => V): Map<string, V> {
  const cells = new Map<string, V>();
  for (const { item, at } of placed) {
    const { sheet, range } = splitAddress(at.address);
    const cell: CellPosition | null = fromA1(range.split(':')[0] ?? '');
    if (cell) cells.set(cellKey(sheet, cell.row, cell.col), value(item));
  }
  return cells;
}

/** A used range as a rectangle in sheet coordinates; null for an empty sheet. */
function usedRect(range: Excel.Range | undefined): Merge | null {
  if (!range || range.isNullObject) return null;
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

function snapshotOf(
  loaded: Loaded,
  notes: readonly Placed<Excel.Note>[],
  comments: readonly Placed<Excel.Comment>[],
): Snapshot {
  const { sheets, setting } = loaded;
  const { records, problem } = recordsOf(setting.isNullObject ? null : (setting.value as unknown));
  return {
    sheets: new Map(
      sheets.items.map((sheet) => [
        sheet.name,
        { protected: sheet.protection.protected, options: sheet.protection.options },
      ]),
    ),
    notes: loaded.notes ? byCell(notes, (note) => note.content) : null,
    comments: byCell(comments, (comment) => ({ id: comment.id, content: comment.content })),
    records,
    recordPresent: !setting.isNullObject,
    recordProblem: problem,
  };
}

/** Two syncs: the sheets, used areas, protection, notes and comments (with their cells), marks record. */
export async function readSheets(api: ExcelApi): Promise<{ sheets: SheetRead[]; snapshot: Snapshot }> {
  return api.batch(async (context) => {
    const loaded = loadState(context, api.has(18));
    await context.sync();
    const sheets = loaded.sheets.items;
    const used = sheets.map((sheet) =>
      sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
    );
    const place = <T extends Excel.Note | Excel.Comment>(item: T): Placed<T> => ({
      item,
      at: item.getLocation().load('address'),
    });
    const notes = loaded.notes?.items.map(place) ?? [];
    const comments = loaded.comments.items.map(place);
    await context.sync();
    return {
      sheets: sheets.map((sheet, i) => ({
        name: sheet.name,
        hidden: sheet.visibility !== 'Visible',
        used: usedRect(used[i]),
      })),
      snapshot: snapshotOf(loaded, notes, comments),
    };
  });
}

/** The sheets' protection, notes, comments and marks record, without their cells: what marking needs. */
export async function readState(api: ExcelApi): Promise<Snapshot> {
  return (await readSheets(api)).snapshot;
}
