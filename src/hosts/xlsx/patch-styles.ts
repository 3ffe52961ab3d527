/**
 * New cell styles for the cells a copy touches. A cell's style record (`<xf>` in `cellXfs`) is shared by
 * every cell with the same look, so it is never edited: a touched cell gets a new record, cloned from its
 * own with only the fill or the number format changed. Every existing record stays byte for byte.
 */
import { attributeNamed, childNamed, childrenNamed, parseXml, type XmlElement } from '../../sheet/xml';
import { applySplices, startTag, xmlAttribute, type Splice } from './package';

/** What a touched cell's new look changes; everything else comes from the style it had. */
export interface StyleChange {
  /** Solid fill colour, RRGGBB. */
  readonly fill?: string;
  /** Number format code. */
  readonly format?: string;
}

/** Built-in number formats a copy may need (ECMA-376 §18.8.30): no record is added for them. */
const BUILTIN_IDS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
};

/** The first custom number format id Excel uses. */
const FIRST_CUSTOM_FORMAT = 164;

/** A minimal style sheet for a workbook that has none: one font, the two required fills, one border. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Elements of `<styleSheet>` in schema order: a missing one is inserted before the first that follows it. */
const STYLE_SHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** The style sheet of one workbook, growing new records as touched cells ask for them. */
export class StyleBook {
  private readonly root: XmlElement;
  private readonly xfs: readonly XmlElement[];
  private readonly fillCount: number;
  private readonly newFills: string[] = [];
  private readonly newFormats: { id: number; code: string }[] = [];
  private readonly newXfs: string[] = [];
  private readonly formatIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly derived = new Map<string, number>();
  private nextFormat: number;
  /** The prefix the style sheet's elements carry (`x:`), or none: new elements carry the same. */
  private readonly prefix: string;

  constructor(private readonly source: string) {
    this.root = parseXml(source);
    this.prefix = this.root.name.slice(0, this.root.name.indexOf(':') + 1);
    const cellXfs = childNamed(this.root, 'cellXfs');
    this.xfs = cellXfs ? childrenNamed(cellXfs, 'xf') : [];
    const fills = childNamed(this.root, 'fills');
    this.fillCount = fills ? childrenNamed(fills, 'fill').length : 0;
    let highest = FIRST_CUSTOM_FORMAT - 1;
    for (const numFmt of childrenNamed(childNamed(this.root, 'numFmts') ?? this.root, 'numFmt')) {
      const id = parseInt(attributeNamed(numFmt, 'numFmtId') ?? '', 10);
      const code = attributeNamed(numFmt, 'formatCode');
      if (Number.isInteger(id)) highest = Math.max(highest, id);
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
    }
    this.nextFormat = highest + 1;
  }

  /** The index of a style record like `base` but with `change` applied (one per base and change). */
  derive(base: number, change: StyleChange): number {
    const key = JSON.stringify([base, change.fill ?? null, change.format ?? null]);
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const original = this.xfs[base] ?? this.xfs[0];
    const attributes = new Map<string, string>(original ? original.attributes : []);
    if (!original) for (const name of ['numFmtId', 'fontId', 'fillId', 'borderId']) attributes.set(name, '0');
    if (change.fill !== undefined) {
      attributes.set('fillId', String(this.fillId(change.fill)));
      attributes.set('applyFill', '1');
    }
    if (change.format !== undefined) {
      attributes.set('numFmtId', String(this.formatId(change.format)));
      attributes.set('applyNumberFormat', '1');
    }
    const inner = original
      ? this.source.slice(original.contentStart, original.end - `</${original.name}>`.length)
      : '';
    const empty = !original || original.contentStart === original.end;
    const name = original?.name ?? `${this.prefix}xf`;
    this.newXfs.push(
      empty ? startTag(name, attributes, true) : `${startTag(name, attributes)}${inner}</${name}>`,
    );
    const index = this.xfs.length + this.newXfs.length - 1;
    this.derived.set(key, index);
    return index;
  }

  private fillId(color: string): number {
    const known = this.fillIds.get(color);
    if (known !== undefined) return known;
    const argb = `FF${color.toUpperCase()}`;
    const p = this.prefix;
    this.newFills.push(
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${xmlAttribute(argb)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
    const id = Math.max(this.fillCount, 2) + this.newFills.length - 1;
    this.fillIds.set(color, id);
    return id;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_IDS[code];
    if (builtin !== undefined) return builtin;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.newFormats.push({ id, code });
    this.formatIds.set(code, id);
    return id;
  }

  /** True when nothing was derived: the part stays as it was. */
  get unchanged(): boolean {
    return this.newXfs.length === 0;
  }

  /** The style sheet with the new records appended to their lists (and the lists' counts raised). */
  toXml(): string {
    if (this.unchanged) return this.source;
    const splices: Splice[] = [];
    const p = this.prefix;
    const formats = this.newFormats.map(
      ({ id, code }) => `<${p}numFmt numFmtId="${String(id)}" formatCode="${xmlAttribute(code)}"/>`,
    );
    // Every style sheet starts its fills with `none` and `gray125`; one that lacks them gets them first.
    const required = [
      `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
      `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
    ];
    const fills = [...(this.newFills.length > 0 ? required.slice(this.fillCount) : []), ...this.newFills];
    this.append(splices, 'numFmts', formats);
    this.append(splices, 'fills', fills);
    this.append(splices, 'cellXfs', this.newXfs);
    return applySplices(this.source, splices);
  }

  /** Appends items to a list element, raising its count; creates the list where the schema puts it. */
  private append(splices: Splice[], list: string, items: readonly string[]): void {
    if (items.length === 0) return;
    const element = childNamed(this.root, list);
    if (element) {
      const total = childrenNamed(element, itemNameOf(list)).length + items.length;
      const attributes = new Map(element.attributes);
      attributes.set('count', String(total));
      const selfClosing = element.contentStart === element.end;
      if (selfClosing) {
        splices.push({
          start: element.start,
          end: element.end,
          text: `${startTag(element.name, attributes)}${items.join('')}</${element.name}>`,
        });
        return;
      }
      splices.push({
        start: element.start,
        end: element.contentStart,
        text: startTag(element.name, attributes),
      });
      const close = element.end - `</${element.name}>`.length;
      splices.push({ start: close, end: close, text: items.join('') });
      return;
    }
    const name = `${this.prefix}${list}`;
    const text = `<${name} count="${String(items.length)}">${items.join('')}</${name}>`;
    const following = STYLE_SHEET_ORDER.slice(STYLE_SHEET_ORDER.indexOf(list) + 1);
    const next = this.root.children.find((child) => following.includes(child.localName));
    const at = next ? next.start : this.root.end - `</${this.root.name}>`.length;
    splices.push({ start: at, end: at, text });
  }
}

function itemNameOf(list: string): string {
  return list === 'cellXfs' ? 'xf' : list.slice(0, -1);
}
