/**
 * Rewrites the cells a copy touches inside one worksheet part, and nothing else: each touched `<c>` is
 * replaced (a filled value) or gets a new style index (a mark); a cell or row that does not exist yet is
 * inserted where it belongs. Every other byte of the part stays as it was.
 */
import { columnLetters } from '../../domain/cells';
import { fromA1Range, toA1Range } from '../../sheet/address';
import { attributeNamed, childNamed, childrenNamed, parseXml, type XmlElement } from '../../sheet/xml';
import { applySplices, startTag, xmlText, type Splice } from './package';

/** One touched cell: its new style index, and its new value when it is filled. */
export interface SheetCellEdit {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  /** The style index to give it, from the style it has now (or inherits, for a cell not written yet). */
  readonly style: (current: number) => number;
  /** A filled value: a number, or text written as an inline string. */
  readonly value?: number | string;
}

/** Where `<legacyDrawing>` may stand: before the first of these children of `<worksheet>`, else at the end. */
const AFTER_LEGACY_DRAWING = [
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** 1-based column and row of an address; null when it is not one. */
function addressOf(text: string | undefined): { row: number; col: number } | null {
  const match = text === undefined ? null : /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text);
  if (!match) return null;
  let col = 0;
  for (const char of (match[1] ?? '').toUpperCase()) col = col * 26 + char.charCodeAt(0) - 64;
  return { row: Number(match[2]), col };
}

interface CellAt {
  readonly element: XmlElement;
  readonly col: number;
}

interface RowAt {
  readonly element: XmlElement;
  readonly row: number;
  readonly cells: CellAt[];
  /** True when some `<c>` has no `r`: the row is rewritten with every cell's address spelled out. */
  readonly implicit: boolean;
}

/** The sheet's style for a cell that is not written yet: its row's, else its column's, else the default. */
function inheritedStyle(root: XmlElement, row: XmlElement | undefined, col: number): number {
  if (row && /^(1|true)$/.test(attributeNamed(row, 'customFormat') ?? ''))
    return parseInt(attributeNamed(row, 's') ?? '0', 10) || 0;
  for (const column of childrenNamed(childNamed(root, 'cols') ?? root, 'col')) {
    const min = parseInt(attributeNamed(column, 'min') ?? '0', 10);
    const max = parseInt(attributeNamed(column, 'max') ?? '0', 10);
    if (col >= min && col <= max) return parseInt(attributeNamed(column, 'style') ?? '0', 10) || 0;
  }
  return 0;
}

/** A `<c>` holding a filled value, with its address and style. */
function valueCell(prefix: string, address: string, style: number, value: number | string): string {
  const attributes: [string, string][] = [
    ['r', address],
    ['s', String(style)],
  ];
  if (typeof value === 'number')
    return `${startTag(`${prefix}c`, attributes)}<${prefix}v>${String(value)}</${prefix}v></${prefix}c>`;
  attributes.push(['t', 'inlineStr']);
  return `${startTag(`${prefix}c`, attributes)}<${prefix}is><${prefix}t xml:space="preserve">${xmlText(value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** The start tag of `element` with some attributes set, the others kept in their order. */
function retag(element: XmlElement, set: Readonly<Record<string, string>>, empty: boolean): string {
  const attributes = new Map(element.attributes);
  for (const [name, value] of Object.entries(set)) attributes.set(name, value);
  return startTag(element.name, attributes, empty);
}

/** The text of one touched or untouched cell of a row that is being rewritten. */
function cellText(
  source: string,
  prefix: string,
  cell: CellAt | undefined,
  rowNumber: number,
  col: number,
  edit: SheetCellEdit | undefined,
  inherited: number,
  spellAddress: boolean,
): string {
  const address = `${columnLetters(col - 1)}${String(rowNumber)}`;
  if (!edit) {
    if (!cell) return '';
    if (!spellAddress || attributeNamed(cell.element, 'r') !== undefined)
      return source.slice(cell.element.start, cell.element.end);
    const empty = cell.element.contentStart === cell.element.end;
    return (
      retag(cell.element, { r: address }, empty) + source.slice(cell.element.contentStart, cell.element.end)
    );
  }
  const current = cell ? parseInt(attributeNamed(cell.element, 's') ?? '0', 10) || 0 : inherited;
  const style = edit.style(current);
  if (edit.value !== undefined) return valueCell(prefix, address, style, edit.value);
  if (!cell)
    return startTag(
      `${prefix}c`,
      [
        ['r', address],
        ['s', String(style)],
      ],
      true,
    );
  const empty = cell.element.contentStart === cell.element.end;
  return (
    retag(cell.element, { r: address, s: String(style) }, empty) +
    source.slice(cell.element.contentStart, cell.element.end)
  );
}

/** The sheet being patched: its text, root, element prefix, and whether some row has no `r`. */
interface SheetContext {
  readonly source: string;
  readonly root: XmlElement;
  readonly prefix: string;
  readonly implicitRows: boolean;
}

type RowEdits = Map<number, SheetCellEdit>;

/** The rows of `<sheetData>` with their numbers and cells, counted where `r` is left out. */
function readRows(sheetData: XmlElement): { rows: RowAt[]; implicitRows: boolean } {
  const rows: RowAt[] = [];
  let rowNumber = 0;
  let implicitRows = false;
  for (const element of childrenNamed(sheetData, 'row')) {
    const r = attributeNamed(element, 'r');
    if (r === undefined) implicitRows = true;
    rowNumber = r === undefined ? rowNumber + 1 : parseInt(r, 10);
    const cells: CellAt[] = [];
    let col = 0;
    let implicit = false;
    for (const c of childrenNamed(element, 'c')) {
      const at = addressOf(attributeNamed(c, 'r'));
      if (!at) implicit = true;
      col = at ? at.col : col + 1;
      cells.push({ element: c, col });
    }
    rows.push({ element, row: rowNumber, cells, implicit });
  }
  return { rows, implicitRows };
}

/** The edits by 1-based row, then by 1-based column. */
function editsByRow(edits: readonly SheetCellEdit[]): Map<number, RowEdits> {
  const byRow = new Map<number, RowEdits>();
  for (const edit of edits) {
    const cols = byRow.get(edit.row + 1) ?? new Map<number, SheetCellEdit>();
    cols.set(edit.col + 1, edit);
    byRow.set(edit.row + 1, cols);
  }
  return byRow;
}

/** The start tag of an existing row being rewritten: numbered when rows are implicit, `spans` dropped if wrong. */
function rowStartTag(element: XmlElement, number: number, ordered: readonly number[], implicitRows: boolean) {
  const attributes = new Map(element.attributes);
  // `spans` is only a hint for Excel; a cell outside it would make the hint wrong.
  const spans = attributes.get('spans');
  if (spans !== undefined) {
    const [from, to] = spans.split(':').map(Number);
    const outside = ordered.some((c) => from === undefined || to === undefined || c < from || c > to);
    if (outside) attributes.delete('spans');
  }
  if (implicitRows) attributes.set('r', String(number));
  return startTag(element.name, attributes);
}

/** The new text of a row: its cells in column order, the touched ones rewritten. */
function rowText(sheet: SheetContext, row: RowAt | undefined, number: number, touched: RowEdits): string {
  const { source, root, prefix, implicitRows } = sheet;
  const cols = new Set<number>([...(row?.cells.map((c) => c.col) ?? []), ...touched.keys()]);
  const ordered = [...cols].sort((a, b) => a - b);
  const spell = (row?.implicit ?? false) || implicitRows;
  let inner = '';
  for (const col of ordered) {
    const cell = row?.cells.find((c) => c.col === col);
    const inherited = inheritedStyle(root, row?.element, col);
    inner += cellText(source, prefix, cell, number, col, touched.get(col), inherited, spell);
  }
  if (!row) return `${startTag(`${prefix}row`, [['r', String(number)]])}${inner}</${prefix}row>`;
  return `${rowStartTag(row.element, number, ordered, implicitRows)}${inner}</${row.element.name}>`;
}

/** Splices for rows not written yet: each goes before the first row that follows it, else at the end. */
function newRowSplices(
  sheet: SheetContext,
  sheetData: XmlElement,
  rows: readonly RowAt[],
  byRow: Map<number, RowEdits>,
) {
  const splices: Splice[] = [];
  for (const [number, touched] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const next = rows.find((row) => row.row > number);
    const text = rowText(sheet, undefined, number, touched);
    if (next) splices.push({ start: next.element.start, end: next.element.start, text });
    else if (sheetData.contentStart === sheetData.end)
      splices.push({
        start: sheetData.start,
        end: sheetData.end,
        text: `${retag(sheetData, {}, false)}${text}</${sheetData.name}>`,
      });
    else {
      const close = sheetData.end - `</${sheetData.name}>`.length;
      splices.push({ start: close, end: close, text });
    }
  }
  return splices;
}

/** Rows without `r` take their number from their place: once one is inserted, every row says its own. */
function numberedRowSplices(rows: readonly RowAt[], edits: readonly SheetCellEdit[]): Splice[] {
  return rows
    .filter(
      (row) => !edits.some((e) => e.row + 1 === row.row) && attributeNamed(row.element, 'r') === undefined,
    )
    .map((row) => ({
      start: row.element.start,
      end: row.element.contentStart,
      text: retag(row.element, { r: String(row.row) }, row.element.contentStart === row.element.end),
    }));
}

/** The `<legacyDrawing r:id>` a sheet's notes are drawn from, placed where the schema wants it. */
function legacyDrawingSplice(root: XmlElement, prefix: string, legacyDrawing: LegacyDrawing): Splice {
  const next = root.children.find((child) => AFTER_LEGACY_DRAWING.includes(child.localName));
  const at = next ? next.start : root.end - `</${root.name}>`.length;
  const declared = [...root.attributes.entries()].find(
    ([name, value]) => name.startsWith('xmlns:') && value === legacyDrawing.relationshipsPrefix,
  );
  const r = declared ? declared[0].slice('xmlns:'.length) : 'r';
  const namespace = declared ? '' : ` xmlns:r="${legacyDrawing.relationshipsPrefix}"`;
  return { start: at, end: at, text: `<${prefix}legacyDrawing${namespace} ${r}:id="${legacyDrawing.id}"/>` };
}

/** The relationship of a notes drawing, and the namespace its `r:id` is in. */
export interface LegacyDrawing {
  readonly id: string;
  readonly relationshipsPrefix: string;
}

/**
 * The worksheet part with the edits applied, and `<legacyDrawing r:id>` added when `legacyDrawing` is given
 * and the sheet has none. Throws when the part is not a worksheet.
 */
export function patchSheet(
  source: string,
  edits: readonly SheetCellEdit[],
  legacyDrawing?: LegacyDrawing,
): string {
  const root = parseXml(source);
  if (root.localName !== 'worksheet') throw new Error('not a worksheet part');
  const prefix = root.name.slice(0, root.name.indexOf(':') + 1);
  const sheetData = childNamed(root, 'sheetData');
  if (!sheetData) throw new Error('worksheet without sheetData');
  const { rows, implicitRows } = readRows(sheetData);
  const sheet: SheetContext = { source, root, prefix, implicitRows };
  const byRow = editsByRow(edits);

  const splices: Splice[] = [];
  for (const row of rows) {
    const touched = byRow.get(row.row);
    if (!touched) continue;
    splices.push({
      start: row.element.start,
      end: row.element.end,
      text: rowText(sheet, row, row.row, touched),
    });
    byRow.delete(row.row);
  }
  splices.push(...newRowSplices(sheet, sheetData, rows, byRow));
  if (implicitRows) splices.push(...numberedRowSplices(rows, edits));
  extendDimension(root, edits, splices);
  if (legacyDrawing && !childNamed(root, 'legacyDrawing'))
    splices.push(legacyDrawingSplice(root, prefix, legacyDrawing));
  return applySplices(source, splices);
}

/** Widens `<dimension ref>` when a touched cell stands outside it. */
function extendDimension(root: XmlElement, edits: readonly SheetCellEdit[], splices: Splice[]): void {
  const dimension = childNamed(root, 'dimension');
  const ref = dimension ? attributeNamed(dimension, 'ref') : undefined;
  const range = ref ? fromA1Range(ref) : null;
  if (!dimension || !range) return;
  const wider = { top: range.top, left: range.left, bottom: range.bottom, right: range.right };
  for (const { row, col } of edits) {
    wider.top = Math.min(wider.top, row);
    wider.bottom = Math.max(wider.bottom, row);
    wider.left = Math.min(wider.left, col);
    wider.right = Math.max(wider.right, col);
  }
  if (JSON.stringify(wider) === JSON.stringify(range)) return;
  const empty = dimension.contentStart === dimension.end;
  splices.push({
    start: dimension.start,
    end: dimension.contentStart,
    text: retag(dimension, { ref: toA1Range(wider) }, empty),
  });
}
