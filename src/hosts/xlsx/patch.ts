/**
 * A checked copy is the original package with only the touched cells changed (DESIGN: a copy is a patch).
 * The worksheet parts holding touched cells, the style sheet (new records appended), the notes parts and the
 * package's bookkeeping (relationships, content types) are rewritten; every other part — charts, drawings,
 * pictures, pivot tables, macros, custom XML, themes, external links, printer settings — is copied from the
 * original zip byte for byte, still compressed.
 */
import type { CellPosition } from '../../domain/cells';
import { said, SaidError } from '../../messages';
import type { CellEdit } from '../../sheet/plan';
import { attributeNamed, childNamed, parseXml } from '../../sheet/xml';
import { openXlsx } from './guard';
import { webInflate, type Inflate } from './inflate';
import { DEFAULT_LIMITS, type LoadLimits } from './limits';
import { isRefusal, type Refusal } from './reasons';
import { readDirectory, type ZipEntry } from './zip-directory';
import {
  applySplices,
  CONTENT_TYPES_PART,
  freshId,
  RELATIONSHIP_TYPES,
  relationshipsOf,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  startTag,
  xmlAttribute,
  type Splice,
} from './package';
import { extendVml, newComments, newVml, patchComments, vmlIds, type NoteEdit } from './patch-notes';
import { patchSheet, type SheetCellEdit } from './patch-sheet';
import { MINIMAL_STYLES, StyleBook } from './patch-styles';
import { workbookSheets } from './xml-grids';
import { crc32, writeZip, type ZipPart } from './zip-write';

/** Compresses a changed part (raw deflate); without one, changed parts are stored uncompressed. */
export type Deflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export interface PatchCodec {
  readonly inflate: Inflate;
  readonly deflate?: Deflate;
}

export interface PatchedWorkbook {
  readonly bytes: Uint8Array;
  /** Marked cells whose note could not be added (a threaded comment stands there): their fill is set. */
  readonly notesSkipped: readonly { readonly sheet: string; readonly cell: CellPosition }[];
}

/** Thrown when the original cannot be patched: one plain sentence, a refusal of the guard's or the package's. */
export class PatchError extends SaidError {
  constructor(reason: Refusal) {
    super(reason);
    this.name = 'PatchError';
  }
}

/** Every XML part of the package is kept as text while patching. */
const XML_PARTS = /\.(xml|rels|vml)$/i;
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const COMMENTS_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const STYLES_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const VML_CONTENT = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The package being patched: its parts as text, what changed, and what was added. */
class Package {
  readonly changed = new Map<string, string>();
  private readonly contentSplices: string[] = [];

  constructor(
    readonly parts: ReadonlyMap<string, string>,
    readonly names: ReadonlySet<string>,
  ) {}

  text(name: string): string | undefined {
    return this.changed.get(name) ?? this.parts.get(name);
  }

  has(name: string): boolean {
    return this.names.has(name) || this.changed.has(name);
  }

  /** `xl/comments3.xml` for the first free 3. */
  freeName(pattern: (n: number) => string): string {
    let n = 1;
    while (this.has(pattern(n))) n++;
    return pattern(n);
  }

  /** Adds a relationship from `fromPart`; returns its id. */
  relate(fromPart: string, type: string, toPart: string): string {
    const relsPath = relsPathOf(fromPart);
    const rels = this.text(relsPath) ?? EMPTY_RELS;
    const id = freshId(relationshipsOf(rels).map((r) => r.id));
    const root = parseXml(rels);
    const entry = `<Relationship Id="${id}" Type="${type}" Target="${xmlAttribute(relativeTarget(fromPart, toPart))}"/>`;
    const close = root.end - `</${root.name}>`.length;
    const splice: Splice =
      root.contentStart === root.end
        ? {
            start: root.start,
            end: root.end,
            text: `${startTag(root.name, root.attributes)}${entry}</${root.name}>`,
          }
        : { start: close, end: close, text: entry };
    this.changed.set(relsPath, applySplices(rels, [splice]));
    return id;
  }

  /** Declares a content type: an Override for one part, or a Default for an extension. */
  declare(entry: string): void {
    this.contentSplices.push(entry);
  }

  finishContentTypes(): void {
    if (this.contentSplices.length === 0) return;
    const types = this.text(CONTENT_TYPES_PART);
    if (types === undefined) throw new PatchError(said('files.no-content-types'));
    const root = parseXml(types);
    const have = new Set(
      root.children.map((c) =>
        `${c.localName}:${attributeNamed(c, 'PartName') ?? attributeNamed(c, 'Extension') ?? ''}`.toLowerCase(),
      ),
    );
    const wanted = this.contentSplices.filter((entry) => {
      const match = /^<(\w+) (?:PartName|Extension)="([^"]*)"/.exec(entry);
      return !match || !have.has(`${match[1] ?? ''}:${match[2] ?? ''}`.toLowerCase());
    });
    if (wanted.length === 0) return;
    const close = root.end - `</${root.name}>`.length;
    this.changed.set(
      CONTENT_TYPES_PART,
      applySplices(types, [{ start: close, end: close, text: wanted.join('') }]),
    );
  }
}

/** The style sheet's part, created (with its relationship and content type) when the workbook has none. */
function stylesPart(pkg: Package): string {
  const rel = relationshipsOf(pkg.text('xl/_rels/workbook.xml.rels')).find(
    (r) => r.type === RELATIONSHIP_TYPES.styles,
  );
  if (rel) {
    const part = resolveTarget('xl/workbook.xml', rel.target);
    if (pkg.text(part) !== undefined) return part;
  }
  const part = pkg.freeName((n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${String(n)}.xml`));
  pkg.changed.set(part, MINIMAL_STYLES);
  pkg.relate('xl/workbook.xml', RELATIONSHIP_TYPES.styles, part);
  pkg.declare(`<Override PartName="/${part}" ContentType="${STYLES_CONTENT}"/>`);
  return part;
}

/** Sets the notes of one sheet: comments part and VML drawing, created or extended; returns the legacy drawing id when the sheet needs the element. */
function setNotes(
  pkg: Package,
  sheetPart: string,
  sheetXml: string,
  notes: readonly NoteEdit[],
): { legacyDrawingId?: string; skipped: readonly NoteEdit[] } {
  const rels = relationshipsOf(pkg.text(relsPathOf(sheetPart)));
  const commentsRel = rels.find((r) => r.type === RELATIONSHIP_TYPES.comments && !r.external);
  const sheetRoot = parseXml(sheetXml);
  const legacy = childNamed(sheetRoot, 'legacyDrawing');
  const legacyId = legacy ? attributeNamed(legacy, 'id') : undefined;
  const vmlRel = rels.find((r) => r.id === legacyId && r.type === RELATIONSHIP_TYPES.vmlDrawing);

  let result;
  const commentsPart = commentsRel ? resolveTarget(sheetPart, commentsRel.target) : undefined;
  const existingComments = commentsPart === undefined ? undefined : pkg.text(commentsPart);
  if (commentsPart !== undefined && existingComments !== undefined) {
    result = patchComments(existingComments, notes);
    pkg.changed.set(commentsPart, result.xml);
  } else {
    result = newComments(notes);
    const part = pkg.freeName((n) => `xl/comments${String(n)}.xml`);
    pkg.changed.set(part, result.xml);
    pkg.relate(sheetPart, RELATIONSHIP_TYPES.comments, part);
    pkg.declare(`<Override PartName="/${part}" ContentType="${COMMENTS_CONTENT}"/>`);
  }
  if (result.added.length === 0) return { skipped: result.skipped };

  const allVml = [...pkg.names, ...pkg.changed.keys()].filter((name) => /\.vml$/i.test(name));
  const ids = allVml.map((name) => vmlIds(pkg.text(name) ?? ''));
  const vmlPart = vmlRel ? resolveTarget(sheetPart, vmlRel.target) : undefined;
  const existingVml = vmlPart === undefined ? undefined : pkg.text(vmlPart);
  if (vmlPart !== undefined && existingVml !== undefined) {
    const own = vmlIds(existingVml);
    const block = own.blocks[0] ?? 1;
    const first = Math.max(block * 1024, ...own.shapes) + 1;
    pkg.changed.set(vmlPart, extendVml(existingVml, result.added, first));
    return { skipped: result.skipped };
  }
  const block =
    Math.max(
      0,
      ...ids.flatMap((i) => i.blocks),
      ...ids.flatMap((i) => i.shapes.map((s) => Math.floor(s / 1024))),
    ) + 1;
  const part = pkg.freeName((n) => `xl/drawings/vmlDrawing${String(n)}.vml`);
  pkg.changed.set(part, newVml(result.added, block));
  const id = pkg.relate(sheetPart, RELATIONSHIP_TYPES.vmlDrawing, part);
  pkg.declare(`<Default Extension="vml" ContentType="${VML_CONTENT}"/>`);
  return { legacyDrawingId: id, skipped: result.skipped };
}

/**
 * The original with the edits applied: a new package in which only the touched cells differ. Throws a
 * PatchError (one plain sentence) when the original is not a workbook the guard lets through.
 */
export async function patchWorkbook(
  original: Uint8Array,
  edits: readonly CellEdit[],
  codec: PatchCodec = { inflate: webInflate },
  limits: LoadLimits = DEFAULT_LIMITS,
): Promise<PatchedWorkbook> {
  const opened = await openXlsx(original, limits, codec.inflate, XML_PARTS);
  if (opened.problem !== null) throw new PatchError(opened.problem);
  const entries = readDirectory(original, limits);
  if (isRefusal(entries)) throw new PatchError(entries);
  const pkg = new Package(opened.parts, new Set(entries.map((e) => e.name)));
  const sheets = workbookSheets(opened.parts).sheets;
  const notesSkipped: { sheet: string; cell: CellPosition }[] = [];

  const bySheet = new Map<string, CellEdit[]>();
  for (const edit of edits) bySheet.set(edit.sheet, [...(bySheet.get(edit.sheet) ?? []), edit]);
  const needsStyles = edits.some((e) => e.fill !== undefined || e.format !== undefined);
  const styles = needsStyles ? stylesPart(pkg) : undefined;
  const book = styles === undefined ? undefined : new StyleBook(pkg.text(styles) ?? MINIMAL_STYLES);

  for (const [name, sheetEdits] of bySheet) {
    const entry = sheets.find((s) => s.name === name);
    const xml = entry ? pkg.text(entry.part) : undefined;
    if (!entry || xml === undefined) throw new PatchError(said('files.no-such-sheet', { sheet: name }));
    const cells: SheetCellEdit[] = sheetEdits.map((edit) => ({
      row: edit.cell.row,
      col: edit.cell.col,
      style: (current) =>
        book && (edit.fill !== undefined || edit.format !== undefined)
          ? book.derive(current, {
              ...(edit.fill ? { fill: edit.fill } : {}),
              ...(edit.format ? { format: edit.format } : {}),
            })
          : current,
      ...(edit.value === undefined ? {} : { value: edit.value }),
    }));
    const notes = sheetEdits.flatMap((e) =>
      e.note === undefined ? [] : [{ row: e.cell.row, col: e.cell.col, text: e.note }],
    );
    let legacyDrawing: { id: string; relationshipsPrefix: string } | undefined;
    if (notes.length > 0) {
      const set = setNotes(pkg, entry.part, xml, notes);
      if (set.legacyDrawingId)
        legacyDrawing = { id: set.legacyDrawingId, relationshipsPrefix: RELATIONSHIPS_NS };
      for (const skipped of set.skipped)
        notesSkipped.push({ sheet: name, cell: { row: skipped.row, col: skipped.col } });
    }
    pkg.changed.set(entry.part, patchSheet(xml, cells, legacyDrawing));
  }
  if (book && styles !== undefined && !book.unchanged) pkg.changed.set(styles, book.toXml());
  pkg.finishContentTypes();
  return { bytes: await writePackage(original, entries, pkg.changed, codec.deflate), notesSkipped };
}

/** The zip of the copy: changed parts anew, the others copied still packed, new parts last. */
async function writePackage(
  original: Uint8Array,
  entries: readonly ZipEntry[],
  changed: ReadonlyMap<string, string>,
  deflate: Deflate | undefined,
): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const fresh = async (name: string, text: string, like?: ZipEntry): Promise<ZipPart> => {
    const data = encoder.encode(text);
    const packed = deflate ? await deflate(data) : data;
    return {
      name,
      method: deflate ? 8 : 0,
      crc: crc32(data),
      size: data.length,
      data: packed,
      ...(like ? { time: like.time, date: like.date } : {}),
    };
  };
  const parts: ZipPart[] = [];
  for (const entry of entries) {
    const text = changed.get(entry.name);
    if (text !== undefined) parts.push(await fresh(entry.name, text, entry));
    else
      parts.push({
        name: entry.name,
        method: entry.method,
        crc: entry.crc,
        size: entry.size,
        data: original.subarray(entry.dataStart, entry.dataStart + entry.packed),
        time: entry.time,
        date: entry.date,
      });
  }
  const present = new Set(entries.map((e) => e.name));
  for (const [name, text] of changed) if (!present.has(name)) parts.push(await fresh(name, text));
  return writeZip(parts);
}
