/**
 * A Word report (.docx) read as a reviewer reads it: every table of the body as a Grid (rows, cells, cells
 * merged across with gridSpan and down with vMerge, line breaks, the text of nested paragraphs and tables),
 * named 表1, 表2 … in the document's order, and the text around them for the report's own statements.
 */
import type { Grid, GridCell, Merge } from '../../sheet/grid';
import { attributeNamed, childNamed, childrenNamed, parseXml, type XmlElement } from '../../sheet/xml';

/** What a Word report holds for checking: its tables, and its paragraphs outside them. */
export interface WordReport {
  readonly grids: Grid[];
  readonly text: string;
}

/** The name a table's Grid takes (表1 …), and how findings on it are placed (表 2，第 14 行第 9 列). */
export const tableName = (index: number): string => `表${String(index + 1)}`;

/** The text of an element in document order: runs, tabs and breaks; paragraphs on lines of their own. */
function textOf(element: XmlElement): string {
  const parts: string[] = [];
  const walk = (node: XmlElement): void => {
    switch (node.localName) {
      case 't':
        parts.push(node.text);
        return;
      case 'tab':
        parts.push('\t');
        return;
      case 'br':
      case 'cr':
        parts.push('\n');
        return;
      // Deleted text of tracked changes, and field codes, are not what the document shows.
      case 'delText':
      case 'instrText':
      case 'del':
        return;
      default:
        for (const child of node.children) walk(child);
        if (node.localName === 'p' || node.localName === 'tr') parts.push('\n');
        else if (node.localName === 'tc') parts.push(' ');
    }
  };
  walk(element);
  return parts.join('');
}

/** A cell's text: its paragraphs on lines, nested tables' text included, outer blank lines dropped. */
function cellText(cell: XmlElement): string {
  return textOf(cell)
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** A merge being built: vMerge rows extend its bottom. */
type Area = { top: number; left: number; bottom: number; right: number };

const numberAttribute = (element: XmlElement | undefined, name: string): number => {
  const value = element ? Number(attributeNamed(element, name)) : NaN;
  return Number.isInteger(value) && value > 0 ? value : 0;
};

/** One table as a Grid: cells at their grid columns, horizontal and vertical merges as rectangles. */
export function tableGrid(table: XmlElement, sheet: string): Grid {
  const rows: (GridCell | undefined)[][] = [];
  const merges: Area[] = [];
  // The merge each column is open in, for vMerge continuing down.
  const open = new Map<number, Area>();
  childrenNamed(table, 'tr').forEach((tr, r) => {
    const cells: (GridCell | undefined)[] = [];
    let col = numberAttribute(childNamed(childNamed(tr, 'trPr') ?? tr, 'gridBefore'), 'val');
    const seen = new Set<number>();
    for (const tc of childrenNamed(tr, 'tc')) {
      const properties = childNamed(tc, 'tcPr');
      const span = Math.max(1, numberAttribute(properties && childNamed(properties, 'gridSpan'), 'val'));
      const vMerge = properties && childNamed(properties, 'vMerge');
      const continues = vMerge !== undefined && attributeNamed(vMerge, 'val') !== 'restart';
      const above = open.get(col);
      if (continues && above && above.left === col && above.right === col + span - 1) {
        above.bottom = r;
      } else {
        const text = cellText(tc);
        if (text !== '') cells[col] = { value: text };
        const area = { top: r, left: col, bottom: r, right: col + span - 1 };
        if (span > 1 || vMerge !== undefined) merges.push(area);
        for (let c = col; c < col + span; c++) open.set(c, area);
      }
      for (let c = col; c < col + span; c++) seen.add(c);
      col += span;
    }
    // A column this row does not continue closes its merge.
    for (const c of [...open.keys()]) if (!seen.has(c)) open.delete(c);
    rows[r] = cells;
  });
  return {
    sheet,
    rows,
    merges: merges.filter((m) => m.bottom > m.top || m.right > m.left).map((m): Merge => ({ ...m })),
  };
}

/** The tables and text of a Word document's body (word/document.xml, already through the guard). */
export function readWordDocument(documentXml: string): WordReport {
  const document = parseXml(documentXml);
  const body = childNamed(document, 'body');
  const grids: Grid[] = [];
  const text: string[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.localName === 'tbl') grids.push(tableGrid(child, tableName(grids.length)));
      else if (child.localName === 'p') text.push(textOf(child).replace(/\n$/, ''));
      // Content controls and the like hold paragraphs and tables of the body.
      else if (child.localName === 'sdt' || child.localName === 'sdtContent') walk(child);
    }
  };
  if (body) walk(body);
  return { grids, text: text.join('\n') };
}
