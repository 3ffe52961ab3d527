/**
 * Notes (legacy comments) on the cells a copy marks. A sheet's notes live in a comments part, and Excel
 * draws each one from a shape in the sheet's VML drawing; a note of ours is added to both, or extends the
 * user's own note on that cell (our part after a heading, replaced on a second copy, never stacked).
 */
import { attributeNamed, childNamed, childrenNamed, parseXml, type XmlElement } from '../../sheet/xml';
import { columnLetters } from '../../domain/cells';
import { composeNote, NOTE_HEADING } from '../../forms/fixes';
import { applySplices, startTag, xmlText, type Splice } from './package';

/** The product's name as an author: of the notes a copy adds, and of the workbooks it makes (their creator). */
export const AUTHOR = '绩效自评助手';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** One note to set: 0-based cell and our text. */
export interface NoteEdit {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** The text of a comment's `<text>`: its `<t>` and its runs' `<t>`, in order. */
function commentText(comment: XmlElement): string {
  const text = childNamed(comment, 'text');
  if (!text) return '';
  let out = '';
  for (const child of text.children)
    if (child.localName === 't') out += child.text;
    else if (child.localName === 'r') for (const t of childrenNamed(child, 't')) out += t.text;
  return out;
}

/** Excel's placeholder for a threaded comment, whose real text lives elsewhere: such a cell keeps its thread. */
const THREADED = /^\[Threaded comment\]/;

const run = (p: string, text: string): string =>
  `<${p}r><${p}rPr><${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr><${p}t xml:space="preserve">${xmlText(text)}</${p}t></${p}r>`;

export interface CommentsResult {
  readonly xml: string;
  /** Cells that got a new comment: each needs a shape in the VML drawing. */
  readonly added: readonly NoteEdit[];
  /** Cells left without our note, said in one sentence each (a threaded comment stands there). */
  readonly skipped: readonly NoteEdit[];
}

/** A new comments part holding the notes. */
export function newComments(notes: readonly NoteEdit[]): CommentsResult {
  const list = notes
    .map(
      (note) =>
        `<comment ref="${columnLetters(note.col)}${String(note.row + 1)}" authorId="0"><text>${run('', composeNote(undefined, note.text))}</text></comment>`,
    )
    .join('');
  return {
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${AUTHOR}</author></authors><commentList>${list}</commentList></comments>`,
    added: notes,
    skipped: [],
  };
}

/** A splice putting `inner` at the end of `parent`: appended, or filling an empty or self-closed element. */
function appendTo(parent: XmlElement, inner: string): Splice {
  if (parent.contentStart === parent.end)
    return { start: parent.start, end: parent.end, text: `<${parent.name}>${inner}</${parent.name}>` };
  const close = parent.end - `</${parent.name}>`.length;
  return { start: close, end: close, text: inner };
}

/** Our author's index in the comments part, adding the author (and the list, when missing) if need be. */
function authorIndex(root: XmlElement, p: string, splices: Splice[]): number {
  const authors = childNamed(root, 'authors');
  const names = authors ? childrenNamed(authors, 'author').map((a) => a.text) : [];
  const existing = names.indexOf(AUTHOR);
  if (existing >= 0) return existing;
  const author = `<${p}author>${AUTHOR}</${p}author>`;
  splices.push(
    authors
      ? appendTo(authors, author)
      : { start: root.contentStart, end: root.contentStart, text: `<${p}authors>${author}</${p}authors>` },
  );
  return names.length;
}

/** The splice setting our note on a cell's existing comment: after the user's runs, or replacing ours. */
function extendedComment(comment: XmlElement, p: string, note: NoteEdit, before: string): Splice {
  const text = childNamed(comment, 'text');
  if (text && !before.includes(NOTE_HEADING) && text.contentStart !== text.end) {
    // The user's own runs stay as they are; ours follow them.
    const close = text.end - `</${text.name}>`.length;
    return { start: close, end: close, text: run(p, `\n${NOTE_HEADING}\n${note.text}`) };
  }
  // An earlier note of ours is replaced: the comment keeps the user's part as plain text.
  const attributes = new Map(comment.attributes);
  return {
    start: comment.start,
    end: comment.end,
    text: `${startTag(comment.name, attributes)}<${p}text>${run(p, composeNote(before, note.text))}</${p}text></${comment.name}>`,
  };
}

/** The comments part with the notes set: a cell's existing note is extended, a new one is added. */
export function patchComments(source: string, notes: readonly NoteEdit[]): CommentsResult {
  const root = parseXml(source);
  const p = root.name.slice(0, root.name.indexOf(':') + 1);
  const splices: Splice[] = [];
  const authorId = authorIndex(root, p, splices);
  const commentList = childNamed(root, 'commentList');
  const existing = new Map<string, XmlElement>();
  for (const comment of commentList ? childrenNamed(commentList, 'comment') : [])
    existing.set((attributeNamed(comment, 'ref') ?? '').toUpperCase(), comment);

  const added: NoteEdit[] = [];
  const skipped: NoteEdit[] = [];
  let fresh = '';
  for (const note of notes) {
    const ref = `${columnLetters(note.col)}${String(note.row + 1)}`;
    const comment = existing.get(ref);
    if (!comment) {
      fresh += `<${p}comment ref="${ref}" authorId="${String(authorId)}"><${p}text>${run(p, composeNote(undefined, note.text))}</${p}text></${p}comment>`;
      added.push(note);
      continue;
    }
    const before = commentText(comment);
    if (THREADED.test(before)) skipped.push(note);
    else splices.push(extendedComment(comment, p, note, before));
  }
  if (fresh !== '') {
    const close = root.end - `</${root.name}>`.length;
    splices.push(
      commentList
        ? appendTo(commentList, fresh)
        : { start: close, end: close, text: `<${p}commentList>${fresh}</${p}commentList>` },
    );
  }
  return { xml: applySplices(source, splices), added, skipped };
}

/** Shape ids in use by a VML drawing (`_x0000_s1025` → 1025), and its id blocks (`o:idmap data="1"`). */
export function vmlIds(vml: string): { shapes: number[]; blocks: number[] } {
  const shapes = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  const blocks = [...vml.matchAll(/<o:idmap\b[^>]*\bdata="([^"]*)"/g)].flatMap((m) =>
    (m[1] ?? '')
      .split(',')
      .map((n) => Number(n.trim()))
      .filter((n) => Number.isInteger(n)),
  );
  return { shapes, blocks };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The VML shape Excel draws a note from, anchored beside its cell and hidden until hovered. */
function noteShape(id: number, note: NoteEdit, z: number): string {
  const anchor = [note.col + 1, 15, Math.max(note.row - 1, 0), 10, note.col + 4, 15, note.row + 5, 4].join(
    ', ',
  );
  return (
    `<v:shape id="_x0000_s${String(id)}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;z-index:${String(z)};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${String(note.row)}</x:Row><x:Column>${String(note.col)}</x:Column></x:ClientData></v:shape>`
  );
}

/** A new VML drawing for a sheet's notes, with shape ids in a block no other drawing uses. */
export function newVml(notes: readonly NoteEdit[], block: number): string {
  const shapes = notes.map((note, i) => noteShape(block * 1024 + 1 + i, note, i + 1)).join('');
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${String(block)}"/></o:shapelayout>${SHAPE_TYPE}${shapes}</xml>`
  );
}

/**
 * An existing VML drawing with shapes for the notes added before its end (as text: Excel's VML is not
 * always well-formed XML, so it is never parsed). Ids continue after the highest in use anywhere.
 */
export function extendVml(vml: string, notes: readonly NoteEdit[], firstId: number): string {
  const end = vml.lastIndexOf('</xml>');
  if (end < 0) throw new Error('VML drawing without its closing tag');
  const type = vml.includes('_x0000_t202') ? '' : SHAPE_TYPE;
  const shapes = notes.map((note, i) => noteShape(firstId + i, note, 1000 + i)).join('');
  return `${vml.slice(0, end)}${type}${shapes}${vml.slice(end)}`;
}
