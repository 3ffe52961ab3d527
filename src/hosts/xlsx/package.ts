/**
 * The Open Packaging Conventions as an .xlsx uses them: where a part's relationships live, how a relationship
 * target resolves to a part, and how to write text into XML safely. Shared by the reader and the patcher.
 */
import { attributeNamed, childrenNamed, parseXml } from '../../sheet/xml';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export const RELATIONSHIP_TYPES = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
} as const;

export const CONTENT_TYPES_PART = '[Content_Types].xml';

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A zip path without `.` and `..` steps. */
function normalise(path: string): string {
  const pieces: string[] = [];
  for (const piece of path.split('/'))
    if (piece === '..') pieces.pop();
    else if (piece !== '.' && piece !== '') pieces.push(piece);
  return pieces.join('/');
}

/** The part a relationship of `fromPart` points at: relative to its folder, or absolute from the root. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return normalise(target);
  return normalise(`${fromPart.slice(0, fromPart.lastIndexOf('/') + 1)}${target}`);
}

/** How `fromPart` names `toPart` in its relationships: `../comments1.xml`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The relationships of a `.rels` part, in order. */
export function relationshipsOf(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return childrenNamed(parseXml(xml), 'Relationship').flatMap((element) => {
    const id = attributeNamed(element, 'Id');
    const type = attributeNamed(element, 'Type');
    const target = attributeNamed(element, 'Target');
    if (id === undefined || type === undefined || target === undefined) return [];
    return [{ id, type, target, external: attributeNamed(element, 'TargetMode') === 'External' }];
  });
}

/** An id not among `taken`: `rId7`, `rId8`, … */
export function freshId(taken: Iterable<string>, prefix = 'rId'): string {
  const used = new Set(taken);
  let n = used.size + 1;
  while (used.has(`${prefix}${String(n)}`)) n++;
  return `${prefix}${String(n)}`;
}

/** The C0 controls XML 1.0 cannot carry, and the two non-characters. */
// eslint-disable-next-line no-control-regex -- matching those controls is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text as XML character data. Characters XML cannot carry are written as OOXML's `_xHHHH_` escapes, and a
 * literal `_xHHHH_` in the text is escaped itself, so that Excel reads back exactly the text given.
 */
export function xmlText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(NOT_XML, (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Text as a double-quoted XML attribute value. */
export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** A start tag (or empty element when `empty`) with these attributes, in this order. */
export function startTag(
  name: string,
  attributes: Iterable<readonly [string, string]>,
  empty = false,
): string {
  let tag = `<${name}`;
  for (const [key, value] of attributes) tag += ` ${key}="${xmlAttribute(value)}"`;
  return `${tag}${empty ? '/>' : '>'}`;
}

/** One text edit of a part: replace `source.slice(start, end)` with `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping splices; insertions at the same offset keep the order they were given in. */
export function applySplices(source: string, splices: readonly Splice[]): string {
  const ordered = splices
    .map((splice, index) => ({ splice, index }))
    .sort((a, b) => a.splice.start - b.splice.start || a.index - b.index)
    .map(({ splice }) => splice);
  let out = '';
  let at = 0;
  for (const splice of ordered) {
    if (splice.start < at) throw new Error('overlapping edits of one part');
    out += source.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return out + source.slice(at);
}
