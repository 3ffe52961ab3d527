import type { Locale } from '../domain';
import type { Grid, GridCell } from '../sheet/grid';
import type { CellEdit } from '../sheet/plan';
import { checkWorkbook, type WorkbookCheck } from './check';
import { computedFixes, filledMark, findingMarks, MARK_FILLS, type CellFix, type CellMark } from './fixes';

/** What a checked copy of a workbook holds besides the original: its fills, its marks, and its own check. */
export interface CheckedCopy {
  readonly fixes: readonly CellFix[];
  readonly marks: readonly CellMark[];
  /** The cells of the copy that differ from the original. */
  readonly edits: readonly CellEdit[];
  /** The copy checked again: its marks describe it as it now is. */
  readonly check: WorkbookCheck;
}

/** The grids with the fixes' values written in (the formats they need too). */
export function gridsWithFixes(grids: readonly Grid[], fixes: readonly CellFix[]): Grid[] {
  return grids.map((grid) => {
    const own = fixes.filter((fix) => fix.sheet === grid.sheet);
    if (own.length === 0) return grid;
    const rows = grid.rows.map((row) => (row ? [...row] : row));
    for (const fix of own) {
      const cells = (rows[fix.cell.row] ??= []);
      const before = cells[fix.cell.col];
      const format = fix.format ?? before?.format;
      const cell: GridCell = { value: fix.value, ...(format === undefined ? {} : { format }) };
      cells[fix.cell.col] = cell;
    }
    return { ...grid, rows };
  });
}

/**
 * The checked copy of a workbook: the computed cells filled, then the copy checked again, so that every mark
 * tells the truth about the copy — a filled cell is marked as filled (its own colour, what it held before),
 * and a finding the fill resolved is not marked at all.
 */
export function checkedCopy(
  grids: readonly Grid[],
  check: WorkbookCheck,
  locale: Locale = 'zh-CN',
): CheckedCopy {
  const fixes = check.forms.flatMap(computedFixes);
  const after =
    fixes.length === 0 ? check : checkWorkbook(gridsWithFixes(grids, fixes), check.profile, locale);
  const findingsMarks = findingMarks(
    after.forms.flatMap((form) => form.findings),
    locale,
  );
  const key = (m: { sheet: string; cell: { row: number; col: number } }): string =>
    `${m.sheet}!${String(m.cell.row)},${String(m.cell.col)}`;
  const byCell = new Map<string, CellMark>(findingsMarks.map((mark) => [key(mark), mark]));
  for (const fix of fixes) {
    const filled = filledMark(fix, locale);
    const finding = byCell.get(key(filled));
    // A finding that still holds on a filled cell keeps its colour; the note says both.
    byCell.set(key(filled), finding ? { ...finding, note: `${filled.note}\n${finding.note}` } : filled);
  }
  const marks = [...byCell.values()];
  const fixByCell = new Map(fixes.map((fix) => [key(fix), fix]));
  const edits: CellEdit[] = marks.map((mark) => {
    const fix = fixByCell.get(key(mark));
    return {
      sheet: mark.sheet,
      cell: mark.cell,
      fill: MARK_FILLS[mark.tone],
      note: mark.note,
      ...(fix ? { value: fix.value } : {}),
      ...(fix?.format ? { format: fix.format } : {}),
    };
  });
  return { fixes, marks, edits, check: after };
}
