/**
 * Compares a checked copy with its original the way a careful reviewer would, but on every cell: value,
 * formula, number format, font, fill, border, alignment, protection and note of each cell; merges, data
 * validations, conditional formats and defined names of each sheet; and the package's parts. Styles are
 * resolved through the style sheet (a cell's look is what its style record points at), so a copy that adds
 * style records compares equal where the look is unchanged. Read straight from the XML, independently of
 * the patcher and of ExcelJS.
 */
import { inflateRawSync } from 'node:zlib';
import { isRefusal, readDirectory } from '../../src/hosts/xlsx/guard';
import { SaidError } from '../../src/messages';
import { relationshipsOf, relsPathOf, resolveTarget, RELATIONSHIP_TYPES } from '../../src/hosts/xlsx/package';
import { workbookSheets } from '../../src/hosts/xlsx/xml-grids';
import { attributeNamed, childNamed, childrenNamed, parseXml, type XmlElement } from '../../src/sheet/xml';

/** Every part of a package, unpacked. */
export function unpack(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = readDirectory(bytes);
  if (isRefusal(entries)) throw new SaidError(entries);
  return new Map(
    entries.map((entry) => {
      const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.packed);
      return [entry.name, entry.method === 0 ? packed : new Uint8Array(inflateRawSync(packed))];
    }),
  );
}

const text = (parts: Map<string, Uint8Array>, name: string): string | undefined => {
  const bytes = parts.get(name);
  return bytes ? new TextDecoder().decode(bytes) : undefined;
};

/** An element as written, whitespace between tags removed (what a diff should not see). */
const canonical = (source: string, element: XmlElement | undefined): string =>
  element ? source.slice(element.start, element.end).replace(/>\s+</g, '><') : '';

const BUILTIN: Readonly<Record<string, string>> = {
  '0': 'General',
  '1': '0',
  '2': '0.00',
  '3': '#,##0',
  '4': '#,##0.00',
  '9': '0%',
  '10': '0.00%',
  '14': 'mm-dd-yy',
  '49': '@',
};

/** What a cell looks like: everything its style record resolves to. */
export interface CellLook {
  readonly numFmt: string;
  readonly font: string;
  readonly fill: string;
  readonly border: string;
  readonly alignment: string;
  readonly protection: string;
  readonly parentStyle: string;
}

function styleResolver(styles: string | undefined): (index: number) => CellLook {
  if (styles === undefined)
    return () => ({
      numFmt: 'General',
      font: '',
      fill: '',
      border: '',
      alignment: '',
      protection: '',
      parentStyle: '0',
    });
  const root = parseXml(styles);
  const list = (name: string, item: string): XmlElement[] =>
    childrenNamed(childNamed(root, name) ?? root, item);
  const formats = new Map(
    list('numFmts', 'numFmt').map((f) => [
      attributeNamed(f, 'numFmtId') ?? '',
      attributeNamed(f, 'formatCode') ?? '',
    ]),
  );
  const fonts = list('fonts', 'font');
  const fills = list('fills', 'fill');
  const borders = list('borders', 'border');
  const xfs = list('cellXfs', 'xf');
  return (index) => {
    const xf = xfs[index] ?? xfs[0];
    const at = (name: string): number => Number(attributeNamed(xf ?? root, name) ?? '0');
    const numFmtId = attributeNamed(xf ?? root, 'numFmtId') ?? '0';
    return {
      numFmt: formats.get(numFmtId) ?? BUILTIN[numFmtId] ?? `#${numFmtId}`,
      font: canonical(styles, fonts[at('fontId')]),
      fill: canonical(styles, fills[at('fillId')]),
      border: canonical(styles, borders[at('borderId')]),
      alignment: canonical(styles, xf ? childNamed(xf, 'alignment') : undefined),
      protection: canonical(styles, xf ? childNamed(xf, 'protection') : undefined),
      parentStyle: attributeNamed(xf ?? root, 'xfId') ?? '0',
    };
  };
}

export interface CellState {
  /** The stored value: type and text (a shared string resolved to its text). */
  readonly value: string;
  readonly formula: string;
  readonly look: CellLook;
  /** The note's text, or '' for none. */
  readonly note: string;
}

export interface SheetState {
  readonly cells: Map<string, CellState>;
  readonly merges: string[];
  readonly validations: string;
  readonly conditionalFormats: string;
  readonly other: string;
}

export interface WorkbookState {
  readonly sheets: Map<string, SheetState>;
  readonly definedNames: string;
  readonly parts: Map<string, Uint8Array>;
}

function sharedStrings(source: string | undefined): string[] {
  if (source === undefined) return [];
  return childrenNamed(parseXml(source), 'si').map((si) => {
    let out = '';
    for (const child of si.children)
      if (child.localName === 't') out += child.text;
      else if (child.localName === 'r') for (const t of childrenNamed(child, 't')) out += t.text;
    return out;
  });
}

function notesOf(parts: Map<string, Uint8Array>, sheetPart: string): Map<string, string> {
  const notes = new Map<string, string>();
  const rel = relationshipsOf(text(parts, relsPathOf(sheetPart))).find(
    (r) => r.type === RELATIONSHIP_TYPES.comments,
  );
  const source = rel ? text(parts, resolveTarget(sheetPart, rel.target)) : undefined;
  if (source === undefined) return notes;
  for (const comment of childrenNamed(
    childNamed(parseXml(source), 'commentList') ?? parseXml(source),
    'comment',
  )) {
    const body = childNamed(comment, 'text');
    let out = '';
    for (const child of body?.children ?? [])
      if (child.localName === 't') out += child.text;
      else if (child.localName === 'r') for (const t of childrenNamed(child, 't')) out += t.text;
    notes.set((attributeNamed(comment, 'ref') ?? '').toUpperCase(), out);
  }
  return notes;
}

/** Reads the state a reviewer would compare from a package. */
export function workbookState(bytes: Uint8Array): WorkbookState {
  const parts = unpack(bytes);
  const strings = sharedStrings(text(parts, 'xl/sharedStrings.xml'));
  const textParts = new Map<string, string>();
  for (const [name] of parts) if (/\.(xml|rels)$/.test(name)) textParts.set(name, text(parts, name) ?? '');
  const { sheets } = workbookSheets(textParts);
  const stylesRel = relationshipsOf(textParts.get('xl/_rels/workbook.xml.rels')).find(
    (r) => r.type === RELATIONSHIP_TYPES.styles,
  );
  const look = styleResolver(
    stylesRel ? textParts.get(resolveTarget('xl/workbook.xml', stylesRel.target)) : undefined,
  );
  const state = new Map<string, SheetState>();
  for (const entry of sheets) {
    const source = textParts.get(entry.part) ?? '';
    const root = parseXml(source);
    const notes = notesOf(parts, entry.part);
    const cells = new Map<string, CellState>();
    for (const row of childrenNamed(childNamed(root, 'sheetData') ?? root, 'row'))
      for (const c of childrenNamed(row, 'c')) {
        const address = (attributeNamed(c, 'r') ?? '').toUpperCase();
        const type = attributeNamed(c, 't') ?? 'n';
        const v = childNamed(c, 'v')?.text ?? '';
        const is = childNamed(c, 'is');
        const inline = is
          ? childrenNamed(is, 't')
              .map((t) => t.text)
              .join('')
          : '';
        const value =
          type === 's'
            ? `s:${strings[Number(v)] ?? ''}`
            : type === 'inlineStr'
              ? `s:${inline}`
              : `${type}:${v}`;
        cells.set(address, {
          value: value === 'n:' ? '' : value,
          formula: canonical(source, childNamed(c, 'f')),
          look: look(Number(attributeNamed(c, 's') ?? '0')),
          note: notes.get(address) ?? '',
        });
      }
    for (const [address, note] of notes)
      if (!cells.has(address)) cells.set(address, { value: '', formula: '', look: look(0), note });
    const merges = childrenNamed(childNamed(root, 'mergeCells') ?? root, 'mergeCell').map(
      (m) => attributeNamed(m, 'ref') ?? '',
    );
    const kept = new Set([
      'sheetData',
      'mergeCells',
      'dataValidations',
      'conditionalFormatting',
      'legacyDrawing',
      'dimension',
    ]);
    state.set(entry.name, {
      cells,
      merges: merges.sort(),
      validations: canonical(source, childNamed(root, 'dataValidations')),
      conditionalFormats: childrenNamed(root, 'conditionalFormatting')
        .map((e) => canonical(source, e))
        .join(''),
      // Everything else of the sheet (views, columns, protection, print setup, drawings): unchanged.
      other: root.children
        .filter((child) => !kept.has(child.localName))
        .map((child) => canonical(source, child))
        .join(''),
    });
  }
  const book = parseXml(textParts.get('xl/workbook.xml') ?? '<workbook/>');
  return {
    sheets: state,
    definedNames: canonical(textParts.get('xl/workbook.xml') ?? '', childNamed(book, 'definedNames')),
    parts,
  };
}

/** What the copy may differ in at one cell, as the edits say. */
export interface AllowedChange {
  readonly value?: boolean;
  readonly fill?: string;
  readonly note?: boolean;
}

const DEFAULT_LOOK_KEYS: readonly (keyof CellLook)[] = [
  'font',
  'border',
  'alignment',
  'protection',
  'parentStyle',
];

/**
 * Every difference between original and copy that the allowed changes do not explain, as readable lines;
 * empty when the copy changes only what it means to. `changedParts` may differ (they hold the touched cells
 * or their bookkeeping); every other part must be byte for byte the same.
 */
export function unexplainedDifferences(
  original: WorkbookState,
  copy: WorkbookState,
  allowed: ReadonlyMap<string, AllowedChange>,
  mayChange: (part: string) => boolean,
): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of original.parts) {
    const other = copy.parts.get(name);
    if (!other) problems.push(`part ${name} is missing from the copy`);
    else if (!mayChange(name) && Buffer.compare(Buffer.from(bytes), Buffer.from(other)) !== 0)
      problems.push(`part ${name} changed`);
  }
  for (const name of copy.parts.keys())
    if (!original.parts.has(name) && !mayChange(name)) problems.push(`part ${name} was added`);
  if (original.definedNames !== copy.definedNames) problems.push('defined names changed');
  for (const [sheet, before] of original.sheets) {
    const after = copy.sheets.get(sheet);
    if (!after) {
      problems.push(`sheet ${sheet} is missing`);
      continue;
    }
    if (before.merges.join() !== after.merges.join()) problems.push(`${sheet}: merges changed`);
    if (before.validations !== after.validations) problems.push(`${sheet}: data validations changed`);
    if (before.conditionalFormats !== after.conditionalFormats)
      problems.push(`${sheet}: conditional formats changed`);
    if (before.other.replace(/<legacyDrawing[^>]*>/, '') !== after.other.replace(/<legacyDrawing[^>]*>/, ''))
      problems.push(`${sheet}: sheet settings changed`);
    const addresses = new Set([...before.cells.keys(), ...after.cells.keys()]);
    for (const address of addresses) {
      const a = before.cells.get(address);
      const b = after.cells.get(address);
      const change = allowed.get(`${sheet}!${address}`);
      const where = `${sheet}!${address}`;
      if (!a || !b) {
        // A cell the copy wrote that the original did not have: only a marked or filled one.
        if (!a && b && change) continue;
        problems.push(`${where} ${a ? 'is missing from the copy' : 'was added'}`);
        continue;
      }
      if (a.formula !== b.formula) problems.push(`${where}: formula ${a.formula} → ${b.formula}`);
      if (a.value !== b.value && !change?.value) problems.push(`${where}: value ${a.value} → ${b.value}`);
      if (a.look.numFmt !== b.look.numFmt && !change?.value)
        problems.push(`${where}: number format ${a.look.numFmt} → ${b.look.numFmt}`);
      if (a.look.fill !== b.look.fill && change?.fill === undefined)
        problems.push(`${where}: fill ${a.look.fill} → ${b.look.fill}`);
      if (change?.fill !== undefined && !b.look.fill.includes(`FF${change.fill}`))
        problems.push(`${where}: mark fill ${change.fill} missing (${b.look.fill})`);
      for (const key of DEFAULT_LOOK_KEYS)
        if (a.look[key] !== b.look[key]) problems.push(`${where}: ${key} ${a.look[key]} → ${b.look[key]}`);
      if (a.note !== b.note && !change?.note) problems.push(`${where}: note changed`);
      if (
        change?.note &&
        a.note &&
        !b.note.startsWith(a.note.split('—— 绩效自评助手 ——')[0]?.replace(/\n$/, '') ?? '')
      )
        problems.push(`${where}: the user's own note was lost`);
    }
  }
  return problems;
}
