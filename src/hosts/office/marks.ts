/**
 * Marks on the workbook in Excel: a fill and a note (or, before notes, a comment) on each cell with
 * findings, what the cell had kept in the marks record first, and every cell given back exactly what it had
 * when its mark is cleared or its findings no longer hold. A cell holding the other kind of annotation (a
 * colleague's threaded comment where notes are used, an old note where comments are) keeps it: only the
 * fill is set there, and that is said.
 */
import { fromA1, toA1, type CellPosition } from '../../domain/cells';
import { composeNote, MARK_FILLS, NOTE_HEADING, ownPart, type CellMark } from '../../forms/fixes';
import { said, type Said } from '../../messages';
import type { HostReport } from '../types';
import { qualified, splitAddress } from './addresses';
import type { ExcelApi } from './api';
import { withUnlocked, type LockedSheet } from './protection';
import type { Snapshot } from './state';
import { cellKey, MARKS_SETTING, normalFill, type MarkRecord } from './records';

/** How notes are written on this Excel. */
export type NoteMode = 'notes' | 'comments' | 'none';

const keyOf = (m: { sheet: string; cell: CellPosition }): string => cellKey(m.sheet, m.cell.row, m.cell.col);

/** The protected sheets among these, with the options to protect them again. */
export function lockedSheets(snapshot: Snapshot, names: Iterable<string>): LockedSheet[] {
  return [...new Set(names)].flatMap((name) => {
    const state = snapshot.sheets.get(name);
    return state?.protected ? [{ name, ...(state.options ? { options: state.options } : {}) }] : [];
  });
}

/** One sync: each cell's fill as it is now (RRGGBB, or null for none). */
async function probeFills(api: ExcelApi, marks: readonly CellMark[]): Promise<Map<string, string | null>> {
  if (marks.length === 0) return new Map();
  return api.batch(async (context) => {
    const probes = marks.map((mark) => ({
      key: keyOf(mark),
      fill: context.workbook.worksheets
        .getItem(mark.sheet)
        .getRange(toA1(mark.cell))
        .getCellProperties({ format: { fill: { color: true, pattern: true } } }),
    }));
    await context.sync();
    return new Map(
      probes.map(({ key, fill }) => {
        const format = fill.value[0]?.[0]?.format?.fill;
        return [key, normalFill(format?.color, format?.pattern)];
      }),
    );
  });
}

/** Restores one released cell: its fill, and its note without ours (or our comment deleted). */
function release(
  context: Excel.RequestContext,
  record: MarkRecord,
  snapshot: Snapshot,
  mode: NoteMode,
): void {
  const sheet = context.workbook.worksheets.getItem(record.sheet);
  const fill = sheet.getRange(toA1(record)).format.fill;
  if (record.fill === null) fill.clear();
  else fill.color = `#${record.fill}`;
  const key = cellKey(record.sheet, record.row, record.col);
  if (mode === 'notes') {
    const existing = snapshot.notes?.get(key);
    if (!existing?.includes(NOTE_HEADING)) return;
    const note = sheet.notes.getItem(toA1(record));
    const own = ownPart(existing);
    if (own) note.content = own;
    else note.delete();
  } else if (mode === 'comments') {
    const existing = snapshot.comments.get(key);
    if (existing?.content.startsWith(NOTE_HEADING)) context.workbook.comments.getItem(existing.id).delete();
  }
}

/** Sets one mark's fill, and its note where the cell can take one; says so where it cannot. */
function annotate(
  context: Excel.RequestContext,
  mark: CellMark,
  snapshot: Snapshot,
  mode: NoteMode,
  left: Said[],
  newComments: CellMark[],
): void {
  const sheet = context.workbook.worksheets.getItem(mark.sheet);
  const address = toA1(mark.cell);
  sheet.getRange(address).format.fill.color = `#${MARK_FILLS[mark.tone]}`;
  const key = keyOf(mark);
  const where = `${mark.sheet}!${address}`;
  if (mode === 'notes') {
    // A note and a threaded comment cannot share a cell: the colleague's comment stays.
    if (snapshot.comments.has(key)) left.push(said('office.marks.threaded-comment', { cell: where }));
    else {
      const existing = snapshot.notes?.get(key);
      if (existing === undefined) sheet.notes.add(address, composeNote(undefined, mark.note));
      else sheet.notes.getItem(address).content = composeNote(existing, mark.note);
    }
  } else if (mode === 'comments') {
    const existing = snapshot.comments.get(key);
    const content = `${NOTE_HEADING}\n${mark.note}`;
    if (!existing) newComments.push(mark);
    else if (existing.content.startsWith(NOTE_HEADING))
      context.workbook.comments.getItem(existing.id).content = content;
    else left.push(said('office.marks.others-comment', { cell: where }));
  }
}

/**
 * Adds comments in one batch; a cell holding an old-style note (which ExcelApi before 1.18 cannot see)
 * refuses its comment and stops the batch: the comments then present tell which one it was, and the rest
 * are added again without it.
 */
async function addComments(
  api: ExcelApi,
  locked: readonly LockedSheet[],
  marks: readonly CellMark[],
  left: Said[],
): Promise<void> {
  let rest = [...marks];
  while (rest.length > 0) {
    const batch = rest;
    try {
      await withUnlocked(api, locked, (context) => {
        for (const mark of batch)
          context.workbook.comments.add(
            qualified(mark.sheet, toA1(mark.cell)),
            `${NOTE_HEADING}\n${mark.note}`,
          );
      });
      return;
    } catch {
      const added = await commentedCells(api);
      const failed = batch.find((mark) => !added.has(keyOf(mark)));
      if (!failed) return;
      left.push(said('office.marks.has-note', { cell: `${failed.sheet}!${toA1(failed.cell)}` }));
      rest = batch.slice(batch.indexOf(failed) + 1);
    }
  }
}

/** The cells that hold a threaded comment now: one sync for the list, one for their places. */
async function commentedCells(api: ExcelApi): Promise<Set<string>> {
  return api.batch(async (context) => {
    const comments = context.workbook.comments.load('items');
    await context.sync();
    const places = comments.items.map((comment) => comment.getLocation().load('address'));
    await context.sync();
    const cells = new Set<string>();
    for (const place of places) {
      const { sheet, range } = splitAddress(place.address);
      const cell = fromA1(range.split(':')[0] ?? '');
      if (cell) cells.add(cellKey(sheet, cell.row, cell.col));
    }
    return cells;
  });
}

export interface MarkResult {
  readonly report: HostReport;
  readonly records: Map<string, MarkRecord>;
}

/**
 * Marks the cells, and gives the `released` cells (marked before, no finding now) back what they had: a sync
 * to read the new cells' fills, then one batch that saves the record first and writes every change.
 */
export async function setMarks(
  api: ExcelApi,
  snapshot: Snapshot,
  mode: NoteMode,
  marks: readonly CellMark[],
  released: readonly MarkRecord[] = [],
): Promise<MarkResult> {
  const left: Said[] = [];
  if (mode === 'none') left.push(said('office.marks.no-comments'));
  const records = new Map(snapshot.records);
  const fresh = marks.filter((mark) => !records.has(keyOf(mark)));
  const fills = await probeFills(api, fresh);
  for (const mark of fresh) {
    const note = mode === 'notes' ? snapshot.notes?.get(keyOf(mark)) : undefined;
    records.set(keyOf(mark), {
      sheet: mark.sheet,
      row: mark.cell.row,
      col: mark.cell.col,
      fill: fills.get(keyOf(mark)) ?? null,
      note: note === undefined ? null : ownPart(note) || null,
    });
  }
  // A cell on a sheet renamed or deleted since it was marked cannot be given back: it is said, and forgotten.
  const gone = released.filter((record) => !snapshot.sheets.has(record.sheet));
  for (const sheet of new Set(gone.map((record) => record.sheet)))
    left.push(said('office.marks.sheet-gone', { sheet }));
  const restorable = released.filter((record) => snapshot.sheets.has(record.sheet));
  // Saved first with the released cells still in it: should a write fail midway, every marked cell is known.
  const whileWriting = JSON.stringify([...records.values()]);
  for (const record of released) records.delete(cellKey(record.sheet, record.row, record.col));
  const locked = lockedSheets(snapshot, [...marks.map((m) => m.sheet), ...restorable.map((r) => r.sheet)]);
  const newComments: CellMark[] = [];
  await withUnlocked(api, locked, (context) => {
    context.workbook.settings.add(MARKS_SETTING, whileWriting);
    for (const record of restorable) release(context, record, snapshot, mode);
    for (const mark of marks) annotate(context, mark, snapshot, mode, left, newComments);
    // Last, once every cell is as the record says: the released cells leave it.
    context.workbook.settings.add(MARKS_SETTING, JSON.stringify([...records.values()]));
  });
  if (newComments.length > 0) await addComments(api, locked, newComments, left);
  return { report: { notes: left }, records };
}

/** Gives every recorded cell back what it had, deletes our notes and comments, and the record. */
export async function clearAllMarks(api: ExcelApi, snapshot: Snapshot, mode: NoteMode): Promise<HostReport> {
  const records = [...snapshot.records.values()].filter((r) => snapshot.sheets.has(r.sheet));
  const recordedKeys = new Set(records.map((r) => cellKey(r.sheet, r.row, r.col)));
  // Notes and comments of ours on cells the record does not list (a record lost with an old copy).
  const strayNotes = [...(snapshot.notes ?? [])].filter(
    ([key, text]) => !recordedKeys.has(key) && text.includes(NOTE_HEADING),
  );
  const strayComments = [...snapshot.comments].filter(
    ([key, c]) => !recordedKeys.has(key) && c.content.startsWith(NOTE_HEADING),
  );
  const report = { notes: snapshot.recordProblem ? [snapshot.recordProblem] : [] };
  if (
    records.length === 0 &&
    strayNotes.length === 0 &&
    strayComments.length === 0 &&
    !snapshot.recordPresent
  )
    return report;
  const sheetOf = (key: string): string => (JSON.parse(key) as [string])[0];
  // Deleting a comment or a note needs its sheet unprotected as much as restoring a fill does.
  const sheets = [
    ...records.map((r) => r.sheet),
    ...strayNotes.map(([key]) => sheetOf(key)),
    ...strayComments.map(([key]) => sheetOf(key)),
  ];
  await withUnlocked(api, lockedSheets(snapshot, sheets), (context) => {
    for (const record of records) release(context, record, snapshot, mode);
    for (const [key, text] of strayNotes) {
      const [sheet, row, col] = JSON.parse(key) as [string, number, number];
      const note = context.workbook.worksheets.getItem(sheet).notes.getItem(toA1({ row, col }));
      const own = ownPart(text);
      if (own) note.content = own;
      else note.delete();
    }
    for (const [, comment] of strayComments) context.workbook.comments.getItem(comment.id).delete();
    if (snapshot.recordPresent) context.workbook.settings.getItem(MARKS_SETTING).delete();
  });
  return report;
}
