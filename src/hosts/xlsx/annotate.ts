import type { Workbook } from 'exceljs';
import { MARK_FILLS, type CellFix, type CellMark } from '../../forms/fixes';

/** Heads our part of a note, so a reader can tell it from the submitter's own. */
export const NOTE_HEADING = '—— 绩效自评助手 ——';

/** Writes fixes (values, format first) and marks (fill + note) into a loaded workbook; nothing else changes. */
export function annotateWorkbook(
  workbook: Workbook,
  fixes: readonly CellFix[],
  marks: readonly CellMark[],
): void {
  for (const fix of fixes) {
    const cell = workbook.getWorksheet(fix.sheet)?.getCell(fix.cell.row + 1, fix.cell.col + 1);
    if (!cell) continue;
    if (fix.format) cell.numFmt = fix.format;
    cell.value = fix.value;
  }
  for (const mark of marks) {
    const cell = workbook.getWorksheet(mark.sheet)?.getCell(mark.cell.row + 1, mark.cell.col + 1);
    if (!cell) continue;
    // A fresh style object: loaded cells may share one, and only this cell may change.
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${MARK_FILLS[mark.severity]}` } },
    };
    const existing =
      typeof cell.note === 'string' ? cell.note : (cell.note?.texts?.map((t) => t.text).join('') ?? '');
    // Our part of the note is replaced, never stacked: marking a marked copy again changes nothing.
    const own = existing.includes(NOTE_HEADING)
      ? existing.slice(0, existing.indexOf(NOTE_HEADING)).replace(/\n$/, '')
      : existing;
    cell.note = own ? `${own}\n${NOTE_HEADING}\n${mark.note}` : `${NOTE_HEADING}\n${mark.note}`;
  }
}
