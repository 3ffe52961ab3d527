/**
 * Reads the Grids of an .xlsx straight from its XML parts (as the guard unpacked them), without ExcelJS:
 * cell values and cached formula results, formulas (shared ones as each cell shows them), number formats,
 * merges and hidden sheets. What a cell's value means is decided in `src/sheet/cell-value.ts`, for every
 * reader, so a workbook checks the same whichever reader saw it (`test/hosts/readers.test.ts`).
 */
import type { Grid, GridCell, Merge } from '../../sheet/grid';
import { fromA1Range } from '../../sheet/address';
import {
  EMPTY_CONTENT,
  gridCellOf,
  numberContent,
  textContent,
  type CellContent,
} from '../../sheet/cell-value';
import { slideFormula } from './shared-formula';
import { attributeNamed, childNamed, childrenNamed, parseXml, type XmlElement } from '../../sheet/xml';

/** The unpacked XML parts of a workbook, by path inside the zip (`xl/workbook.xml`). */
export type XlsxParts = ReadonlyMap<string, string>;

/** Parts the reader needs: the guard keeps these as text, and no others. */
export const READ_PARTS =
  /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/i;

/** Built-in number formats (ECMA-376 §18.8.30), with the zh-CN forms of the East Asian date formats. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** `_x000D_` and friends: how OOXML escapes characters XML cannot carry in string items. */
function unescapeOoxml(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** Stands in for an element a part leaves out: no attributes, no children. */
export const EMPTY: XmlElement = {
  name: '',
  localName: '',
  attributes: new Map(),
  children: [],
  text: '',
  line: 0,
  start: 0,
  contentStart: 0,
  end: 0,
};

/** The root element of a part, or null when the workbook has no such part. */
function rootOf(xml: string | undefined): XmlElement | null {
  return xml === undefined ? null : parseXml(xml);
}

/** The text of an `<si>` or `<is>`: its `<t>`s and its runs' `<t>`s in order, phonetic guides left out. */
function stringItem(item: XmlElement): string {
  let text = '';
  for (const child of item.children)
    if (child.localName === 't') text += child.text;
    else if (child.localName === 'r') for (const t of childrenNamed(child, 't')) text += t.text;
  return unescapeOoxml(text);
}

function sharedStrings(xml: string | undefined): string[] {
  const root = rootOf(xml);
  return root ? childrenNamed(root, 'si').map(stringItem) : [];
}

/**
 * A style's number format, the code as written: `0.00\%` keeps its backslash, since it shows 12 as 12.00%
 * where `0.00%` shows 1 200.00% (ExcelJS drops it, and reads such a cell wrongly).
 */
interface StyleFormat {
  readonly code: string;
}

/** The number format of each cell style (`s` index), undefined for General. */
function cellFormats(xml: string | undefined): (StyleFormat | undefined)[] {
  const root = rootOf(xml);
  if (!root) return [];
  const custom = new Map<number, string>();
  for (const numFmt of childrenNamed(childNamed(root, 'numFmts') ?? root, 'numFmt')) {
    const id = attributeNamed(numFmt, 'numFmtId');
    const code = attributeNamed(numFmt, 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(parseInt(id, 10), code);
  }
  return childrenNamed(childNamed(root, 'cellXfs') ?? root, 'xf').map((xf) => {
    const id = parseInt(attributeNamed(xf, 'numFmtId') ?? '0', 10);
    const code = id ? (custom.get(id) ?? BUILTIN_FORMATS[id]) : undefined;
    return code === undefined ? undefined : { code };
  });
}

export interface SheetEntry {
  readonly name: string;
  readonly part: string;
  readonly hidden: boolean;
}

/** `worksheets/sheet1.xml` relative to `xl/`, or an absolute `/xl/...`, as a zip path. */
export function resolvePart(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const parts: string[] = [];
  for (const piece of path.split('/'))
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  return parts.join('/');
}

export function workbookSheets(parts: XlsxParts): { sheets: SheetEntry[]; date1904: boolean } {
  const targets = new Map<string, string>();
  for (const relation of childrenNamed(
    rootOf(parts.get('xl/_rels/workbook.xml.rels')) ?? EMPTY,
    'Relationship',
  )) {
    const id = attributeNamed(relation, 'Id');
    const target = attributeNamed(relation, 'Target');
    const external = attributeNamed(relation, 'TargetMode') === 'External';
    if (id && target && !external && attributeNamed(relation, 'Type')?.endsWith('/worksheet'))
      targets.set(id, resolvePart(target));
  }
  const book = rootOf(parts.get('xl/workbook.xml')) ?? EMPTY;
  const flag = attributeNamed(childNamed(book, 'workbookPr') ?? EMPTY, 'date1904');
  const sheets: SheetEntry[] = [];
  for (const sheet of childrenNamed(childNamed(book, 'sheets') ?? EMPTY, 'sheet')) {
    const name = attributeNamed(sheet, 'name');
    const id = attributeNamed(sheet, 'id');
    const part = id === undefined ? undefined : targets.get(id);
    const state = attributeNamed(sheet, 'state');
    if (name !== undefined && part !== undefined)
      sheets.push({ name, part, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  return { sheets, date1904: flag === '1' || flag === 'true' };
}

/** Column and row (1-based) of an address such as `AB12`; zeros when it is not one. */
function position(address: string): { row: number; col: number } {
  let col = 0;
  let at = 0;
  for (; at < address.length; at++) {
    const code = address.charCodeAt(at);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36 /* $ */) break;
  }
  const row = Number(address.slice(at).replace('$', ''));
  return Number.isInteger(row) && col > 0 ? { row, col } : { row: 0, col: 0 };
}

interface Context {
  readonly strings: readonly string[];
  readonly formats: readonly (StyleFormat | undefined)[];
  readonly date1904: boolean;
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/** What a `<c>` holds by its type: its value, or a formula's cached result. */
function contentOf(c: XmlElement, format: string | undefined, context: Context): CellContent {
  const type = attributeNamed(c, 't');
  if (type === 'inlineStr') {
    const is = childNamed(c, 'is');
    return textContent(is ? stringItem(is) : '');
  }
  const raw = childNamed(c, 'v')?.text ?? '';
  if (raw === '') return EMPTY_CONTENT;
  switch (type) {
    case 's':
      return textContent(context.strings[parseInt(raw, 10)] ?? '');
    case 'str':
      return textContent(raw);
    case 'b':
      return { kind: 'boolean', boolean: parseInt(raw, 10) !== 0 };
    case 'e':
      return { kind: 'error', error: raw };
    case 'd':
      return /^\d{4}-\d\d-\d\d/.test(raw) ? { kind: 'date', day: raw.slice(0, 10) } : textContent(raw);
    default:
      // parseFloat, as ExcelJS reads a number.
      return numberContent(parseFloat(raw), format, context.date1904);
  }
}

/** A `<c>`'s formula: its own, or a shared one slid from its master to this cell; undefined for none. */
function formulaOf(
  c: XmlElement,
  at: { row: number; col: number },
  masters: Map<string, SharedMaster>,
): string | undefined {
  const f = childNamed(c, 'f');
  if (!f) return undefined;
  const t = attributeNamed(f, 't');
  const si = attributeNamed(f, 'si');
  if (f.text !== '') {
    if (t === 'shared' && attributeNamed(f, 'ref') !== undefined && si !== undefined)
      masters.set(si, { formula: f.text, row: at.row, col: at.col });
    return f.text;
  }
  const master = t === 'shared' && si !== undefined ? masters.get(si) : undefined;
  return master && slideFormula(master.formula, at.row - master.row, at.col - master.col);
}

function worksheet(entry: SheetEntry, xml: string, context: Context): Grid {
  const rows: (GridCell | undefined)[][] = [];
  const masters = new Map<string, SharedMaster>();
  const root = parseXml(xml);
  let row = 0;
  for (const rowElement of childrenNamed(childNamed(root, 'sheetData') ?? EMPTY, 'row')) {
    const r = attributeNamed(rowElement, 'r');
    row = r === undefined ? row + 1 : parseInt(r, 10);
    let col = 0;
    for (const c of childrenNamed(rowElement, 'c')) {
      const address = attributeNamed(c, 'r');
      const at = address === undefined ? { row, col: col + 1 } : position(address);
      if (at.row < 1) continue;
      col = at.col;
      const style = parseInt(attributeNamed(c, 's') ?? '0', 10);
      // Style 0 is the workbook's default, which ExcelJS never reads a number format from.
      const format = style ? context.formats[style] : undefined;
      const cell = gridCellOf({
        content: contentOf(c, format?.code, context),
        formula: formulaOf(c, at, masters),
        format: format?.code,
      });
      if (cell) (rows[at.row - 1] ??= [])[at.col - 1] = cell;
    }
  }
  const merges: Merge[] = [];
  for (const mergeCell of childrenNamed(childNamed(root, 'mergeCells') ?? EMPTY, 'mergeCell')) {
    const merge = fromA1Range(attributeNamed(mergeCell, 'ref') ?? '');
    if (merge) merges.push(merge);
  }
  // A merged range shows its top-left cell only; whatever the others hold is hidden, as ExcelJS drops it.
  for (const merge of merges)
    for (let r = merge.top; r <= merge.bottom; r++) {
      const cells = rows[r];
      if (cells)
        for (let c = merge.left; c <= merge.right; c++)
          if (r !== merge.top || c !== merge.left) cells[c] = undefined;
    }
  return { sheet: entry.name, rows, merges, ...(entry.hidden ? { hidden: true } : {}) };
}

/** Every worksheet of the workbook as a Grid, in tab order; sheets whose part is missing are left out. */
export function gridsFromParts(parts: XlsxParts): Grid[] {
  const { sheets, date1904 } = workbookSheets(parts);
  const context: Context = {
    strings: sharedStrings(parts.get('xl/sharedStrings.xml')),
    formats: cellFormats(parts.get('xl/styles.xml')),
    date1904,
  };
  const grids: Grid[] = [];
  for (const entry of sheets) {
    const xml = parts.get(entry.part);
    if (xml !== undefined) grids.push(worksheet(entry, xml, context));
  }
  return grids;
}
