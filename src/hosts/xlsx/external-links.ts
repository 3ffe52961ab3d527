/**
 * ExcelJS drops a workbook's external links when it writes it: the formulas keep `[1]Sheet1!$D$4`, but the
 * parts saying what `[1]` is are gone, and Excel then has to repair the file. This puts them back into the
 * copy ExcelJS wrote — the link parts as they were, their relationships, their content types and the
 * workbook's `<externalReferences>` in their original order — so every `[n]` means what it meant.
 */
import type { Workbook } from 'exceljs';
import { readDirectory, webInflate, type ZipEntry } from './guard';
import { attributeNamed, childNamed, childrenNamed, parseXml } from '../../sheet/xml';
import { storedText, writeZip, type ZipPart } from './zip-write';

/** Unpacks one deflated part whole: the command line passes Node's zlib, the browser DecompressionStream. */
export type Unpack = (packed: Uint8Array) => Promise<Uint8Array>;

export const webUnpack: Unpack = async (packed) => {
  const chunks: Uint8Array[] = [];
  for await (const chunk of webInflate(packed)) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

const LINK_FOLDER = 'xl/externalLinks/';
const LINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink';
const LINK_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

async function partText(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  name: string,
  unpack: Unpack,
): Promise<string | null> {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.packed);
  return new TextDecoder().decode(entry.method === 0 ? data : await unpack(data));
}

/** The workbook's relationships: id → type and target. */
function relationships(xml: string): Map<string, { type: string; target: string }> {
  const found = new Map<string, { type: string; target: string }>();
  for (const relation of childrenNamed(parseXml(xml), 'Relationship')) {
    const id = relation.attributes.get('Id');
    const type = relation.attributes.get('Type');
    const target = relation.attributes.get('Target');
    if (id && type && target) found.set(id, { type, target });
  }
  return found;
}

/** The targets of the workbook's external references, in order: the first is `[1]` in formulas. */
function referenceTargets(book: string, rels: string): string[] {
  const byId = relationships(rels);
  const references = childNamed(parseXml(book), 'externalReferences');
  return (references ? childrenNamed(references, 'externalReference') : []).flatMap((reference) => {
    const relation = byId.get(attributeNamed(reference, 'id') ?? '');
    return relation?.type === LINK_TYPE ? [relation.target] : [];
  });
}

/**
 * `written` (ExcelJS's copy of `original`) with the original's external links back in; `written` as it is
 * when the original has none, the copy kept them, or either zip is not what ExcelJS and Excel write.
 */
export async function carryExternalLinks(
  original: Uint8Array,
  written: Uint8Array,
  unpack: Unpack = webUnpack,
): Promise<Uint8Array> {
  const source = readDirectory(original);
  const target = readDirectory(written);
  if (typeof source === 'string' || typeof target === 'string') return written;
  const links = source.filter((entry) => entry.name.startsWith(LINK_FOLDER) && !entry.name.endsWith('/'));
  if (links.length === 0 || target.some((entry) => entry.name.startsWith(LINK_FOLDER))) return written;

  const sourceBook = await partText(original, source, WORKBOOK, unpack);
  const sourceRels = await partText(original, source, WORKBOOK_RELS, unpack);
  const book = await partText(written, target, WORKBOOK, unpack);
  const rels = await partText(written, target, WORKBOOK_RELS, unpack);
  const types = await partText(written, target, CONTENT_TYPES, unpack);
  if (!sourceBook || !sourceRels || !book || !rels || !types || !book.includes('</sheets>')) return written;
  const order = referenceTargets(sourceBook, sourceRels);
  if (order.length === 0) return written;

  const taken = new Set(relationships(rels).keys());
  let n = 0;
  const ids = order.map(() => {
    let id: string;
    do id = `rIdLink${String(++n)}`;
    while (taken.has(id));
    return id;
  });
  const newRels = rels.replace(
    /<\/Relationships>\s*$/,
    `${ids.map((id, i) => `<Relationship Id="${id}" Type="${LINK_TYPE}" Target="${escapeAttribute(order[i] ?? '')}"/>`).join('')}</Relationships>`,
  );
  // The r prefix may not be declared on ExcelJS's root; declaring it here as well is harmless.
  const prefix = /<workbook\b[^>]*\sxmlns:r="/.test(book) ? '' : ` xmlns:r="${REL_NS}"`;
  const references = `<externalReferences${prefix}>${ids.map((id) => `<externalReference r:id="${id}"/>`).join('')}</externalReferences>`;
  const newBook = book.replace('</sheets>', `</sheets>${references}`);
  const overrides = links
    .filter((entry) => entry.name.endsWith('.xml') && !types.includes(`PartName="/${entry.name}"`))
    .map((entry) => `<Override PartName="/${escapeAttribute(entry.name)}" ContentType="${LINK_CONTENT}"/>`)
    .join('');
  const newTypes = types.replace(/<\/Types>\s*$/, `${overrides}</Types>`);

  const copied = (bytes: Uint8Array, entry: ZipEntry): ZipPart => ({
    name: entry.name,
    method: entry.method,
    crc: entry.crc,
    size: entry.size,
    data: bytes.subarray(entry.dataStart, entry.dataStart + entry.packed),
  });
  const changed = new Map([
    [WORKBOOK, newBook],
    [WORKBOOK_RELS, newRels],
    [CONTENT_TYPES, newTypes],
  ]);
  return writeZip([
    ...target.map((entry) => {
      const text = changed.get(entry.name);
      return text === undefined ? copied(written, entry) : storedText(entry.name, text);
    }),
    ...links.map((entry) => copied(original, entry)),
  ]);
}

/**
 * The bytes of a workbook ExcelJS loaded from `source`, with what ExcelJS drops on writing put back (the
 * external links); a workbook made from nothing (`source` null) is written as it is.
 */
export async function workbookBytes(
  workbook: Workbook,
  source: Uint8Array | null,
  unpack: Unpack = webUnpack,
): Promise<Uint8Array> {
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return source ? await carryExternalLinks(source, written, unpack) : written;
}
