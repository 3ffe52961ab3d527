/**
 * One planned sheet written into a new worksheet as queued commands (no sync): cells as one 2-D block, styles
 * per rectangle of like cells, merges, widths and heights, validation, conditional formats, names,
 * protection and visibility.
 */
import { columnLetters, type CellPosition } from '../../domain/cells';
import { formatMessage, said, type Said } from '../../messages';
import { toA1Range } from '../../sheet/address';
import type { Merge } from '../../sheet/grid';
import type { CellStyle, PlannedCell, SheetPlan, Validation } from '../../sheet/plan';

type Content = string | number | boolean | null;

/** A string Excel would turn into a number, boolean, date or formula when typed: kept as text with `@`. */
function wouldConvert(text: string): boolean {
  const t = text.trim();
  return /^[-+=.\d]/.test(t) || /^(true|false)$/i.test(t) || t.startsWith('#');
}

/** Column width in characters (as SheetPlan and the file writers give it) → points (as Office.js wants it). */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** Cells grouped into rectangles: runs along each row, stacked where the next row has the same run. */
export function rectangles(cells: readonly CellPosition[]): Merge[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const done: { top: number; left: number; bottom: number; right: number }[] = [];
  const open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i] as CellPosition;
    let end = start.col;
    while (sorted[i + 1]?.row === start.row && sorted[i + 1]?.col === end + 1) {
      end++;
      i++;
    }
    i++;
    const key = `${String(start.col)}:${String(end)}`;
    const rect = open.get(key);
    if (rect && rect.bottom === start.row - 1) rect.bottom = start.row;
    else {
      const fresh = { top: start.row, left: start.col, bottom: start.row, right: end };
      done.push(fresh);
      open.set(key, fresh);
    }
  }
  return done;
}

/** All planned contents as one 2-D block: number formats first, then values and formulas (null = untouched). */
function writeCells(sheet: Excel.Worksheet, cells: readonly PlannedCell[]): void {
  const filled = cells.filter(
    (c) =>
      c.formula !== undefined || (c.value !== undefined && c.value !== null && c.value !== '') || c.format,
  );
  if (filled.length === 0) return;
  const top = Math.min(...filled.map((c) => c.row));
  const left = Math.min(...filled.map((c) => c.col));
  const bottom = Math.max(...filled.map((c) => c.row));
  const right = Math.max(...filled.map((c) => c.col));
  const blank = <T>(): (T | null)[][] =>
    Array.from({ length: bottom - top + 1 }, () =>
      Array.from({ length: right - left + 1 }, (): T | null => null),
    );
  const formats = blank<string>();
  const contents = blank<Content>();
  let anyFormat = false;
  for (const cell of filled) {
    const row = formats[cell.row - top];
    const content = contents[cell.row - top];
    if (!row || !content) continue;
    const value = cell.value ?? null;
    const format = cell.format ?? (typeof value === 'string' && wouldConvert(value) ? '@' : null);
    if (format) {
      row[cell.col - left] = format;
      anyFormat = true;
    }
    content[cell.col - left] = cell.formula !== undefined ? `=${cell.formula}` : value === '' ? null : value;
  }
  const range = sheet.getRange(toA1Range({ top, left, bottom, right }));
  if (anyFormat) range.numberFormat = formats;
  range.formulas = contents;
}

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const EDGES: readonly Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

function applyStyle(range: Excel.Range, style: CellStyle, rect: Merge): void {
  const format = range.format;
  // Every styled cell in 宋体, as the official forms print; the row heights are worked out for it.
  format.font.name = '宋体';
  if (style.bold) format.font.bold = true;
  format.font.size = style.fontSize ?? 11;
  if (style.align)
    format.horizontalAlignment =
      style.align === 'left' ? 'Left' : style.align === 'right' ? 'Right' : 'Center';
  if (style.align || style.wrap) format.verticalAlignment = 'Center';
  if (style.wrap) format.wrapText = true;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.border) {
    const edges = [...EDGES];
    if (rect.bottom > rect.top) edges.push('InsideHorizontal');
    if (rect.right > rect.left) edges.push('InsideVertical');
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
  if (style.input) format.protection.locked = false;
}

function writeStyles(sheet: Excel.Worksheet, cells: readonly PlannedCell[]): void {
  const byStyle = new Map<string, { style: CellStyle; cells: CellPosition[] }>();
  for (const cell of cells) {
    if (!cell.style) continue;
    const key = JSON.stringify(cell.style);
    const group = byStyle.get(key) ?? { style: cell.style, cells: [] };
    group.cells.push(cell);
    byStyle.set(key, group);
  }
  for (const { style, cells: group } of byStyle.values())
    for (const rect of rectangles(group)) applyStyle(sheet.getRange(toA1Range(rect)), style, rect);
}

function writeValidation(sheet: Excel.Worksheet, validation: Validation): void {
  const target = sheet.getRange(toA1Range(validation.range)).dataValidation;
  switch (validation.type) {
    case 'list':
      target.rule = { list: { inCellDropDown: true, source: validation.values.join(',') } };
      break;
    case 'decimal':
      target.rule = {
        decimal:
          validation.max === undefined
            ? { operator: 'GreaterThanOrEqualTo', formula1: validation.min }
            : { operator: 'Between', formula1: validation.min, formula2: validation.max },
      };
      break;
    case 'custom':
      target.rule = { custom: { formula: `=${validation.formula}` } };
      break;
  }
  target.ignoreBlanks = true;
  // In Chinese, as the rest of the template (its prompts come from the plan).
  const title = formatMessage('office.template.prompt-title', {}, 'zh-CN');
  target.prompt = { showPrompt: true, title, message: validation.prompt };
  const errorTitle = formatMessage('office.template.error-title', {}, 'zh-CN');
  target.errorAlert = { showAlert: true, style: 'Stop', title: errorTitle, message: validation.error };
}

/**
 * Queues everything of one planned sheet on its new worksheet. `definedNames` are the workbook's names
 * (lower case); a planned name already there is left as it is and said in `left`.
 */
export function writeSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  definedNames: Set<string>,
  left: Said[],
): void {
  writeCells(sheet, plan.cells);
  writeStyles(sheet, plan.cells);
  for (const merge of plan.merges) sheet.getRange(toA1Range(merge)).merge(false);
  plan.columnWidths.forEach((width, col) => {
    const letters = columnLetters(col);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthPoints(width);
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {}))
    sheet.getRange(`${String(Number(row) + 1)}:${String(Number(row) + 1)}`).format.rowHeight = height;
  for (const validation of plan.validations) writeValidation(sheet, validation);
  for (const format of plan.conditionalFormats) {
    const added = sheet.getRange(toA1Range(format.range)).conditionalFormats.add('Custom');
    added.custom.rule.formula = `=${format.formula}`;
    added.custom.format.fill.color = `#${format.fill}`;
  }
  for (const { name, range } of plan.names) {
    if (definedNames.has(name.toLowerCase())) {
      left.push(said('office.template.name-exists', { name }));
      continue;
    }
    definedNames.add(name.toLowerCase());
    context.workbook.names.add(name, sheet.getRange(toA1Range(range)));
  }
  // Whole rows unlocked where rows are added and removed: Excel deletes a row only if none of its cells is locked.
  for (const [first, last] of plan.openRows ?? [])
    sheet.getRange(`${String(first + 1)}:${String(last + 1)}`).format.protection.locked = false;
  if (plan.protect)
    sheet.protection.protect({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowInsertRows: true,
      allowDeleteRows: true,
      selectionMode: 'Normal',
    });
  if (plan.hidden) sheet.visibility = 'VeryHidden';
}
