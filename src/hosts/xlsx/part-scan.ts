/**
 * Each part unpacked once and its XML scanned as it streams past: its real size against the directory's,
 * declarations and foreign encodings refused, and what the worksheets would make ExcelJS build (cells, rows,
 * merges, validated ranges) counted against the limits.
 */
import { columnIndex } from '../../domain/cells';
import { unpacked, PastDeclaredSize, type Inflate } from './inflate';
import { MIB, type LoadLimits } from './limits';
import { REASONS, type Refusal } from './reasons';
import type { ZipEntry } from './zip-directory';

/** What the worksheets would make ExcelJS build, summed over the workbook. */
export interface Tally {
  cells: number;
  merges: number;
}

/** Longest markup (one tag with its attributes) kept between chunks; real tags are far shorter. */
const LONGEST_TAG = 1024 * 1024;
/** Inflated bytes scanned at a time: the scanner copies what it holds, so a slice bounds that copy. */
const SCAN_SLICE = MIB;
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

const DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;
const SHEET_TAG = /<(?:[A-Za-z_][\w.-]*:)?(c|row|col|mergeCell|dataValidation)(?=[\s/>])/g;
const ATTRIBUTE = /\s(r|ref|sqref|min|max)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const XML_PART = /\.(xml|rels|vml)$/i;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** The end of the tag starting at `from` (just past its `>`), or the end of the text when it is not closed. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i + 1;
    else if (char === '<') return i;
  }
  return text.length;
}

/** A row or column number the way ExcelJS reads an address: letters then digits, `$` ignored. */
function addressOf(text: string): { row: number; col: number } | null {
  const match = /([A-Z]+)\$?(\d+)/.exec(text.slice(text.lastIndexOf('!') + 1));
  if (!match) return null;
  return { row: Number(match[2]), col: columnIndex(match[1] ?? '') + 1 };
}

/** The number of cells ExcelJS walks for a range list such as `A1:B2 D4`. */
function area(ranges: string): number {
  let cells = 0;
  for (const range of ranges.trim().split(/\s+/)) {
    const [first, second] = range.split(':');
    const tl = addressOf(first ?? '');
    const br = second === undefined ? tl : addressOf(second);
    if (tl && br) cells += (Math.abs(br.row - tl.row) + 1) * (Math.abs(br.col - tl.col) + 1);
  }
  return cells;
}

/** Counts one attribute of a sheet tag into the tally; the refusal when it reaches past Excel's grid. */
function countAttribute(
  tally: Tally,
  tag: string,
  attribute: string | undefined,
  value: string,
): Refusal | null {
  // ExcelJS keeps rows in an array: one at row 1 000 000 000 makes every walk over them take a minute.
  if (tag === 'row' && attribute === 'r') {
    if (!(parseInt(value, 10) <= MAX_ROW)) return REASONS.rows;
  } else if (tag === 'col' && (attribute === 'min' || attribute === 'max')) {
    if (!(Number(value) <= MAX_COLUMN)) return REASONS.columns;
  } else if (tag === 'mergeCell' && attribute === 'ref') {
    tally.merges++;
    tally.cells += area(value);
  } else if (tag === 'dataValidation' && attribute === 'sqref') tally.cells += area(value);
  return null;
}

/** Reads one XML part as it streams past: refuses declarations and foreign encodings, counts sheet cells. */
class XmlScanner {
  private readonly decoder = new TextDecoder();
  /** The text from the last `<` seen, which may be a tag cut in two by the chunking. */
  private carry = '';

  /** `kept` collects the decoded text when the part is one the cell reader needs. */
  constructor(
    private readonly sheet: boolean,
    private readonly tally: Tally,
    private readonly limits: LoadLimits,
    readonly kept: string[] | null,
  ) {}

  push(bytes: Uint8Array): Refusal | null {
    // XML 1.0 forbids NUL; UTF-16 and UTF-32 text is full of it.
    if (bytes.includes(0)) return REASONS.encoding;
    const decoded = this.decoder.decode(bytes, { stream: true });
    this.kept?.push(decoded);
    const text = this.carry + decoded;
    const last = text.lastIndexOf('<');
    if (last < 0) {
      this.carry = '';
      return null;
    }
    const problem = this.scan(text.slice(0, last));
    if (problem) return problem;
    this.carry = text.slice(last);
    if (this.carry.length > LONGEST_TAG) {
      // Past one closed tag there is only text (the carry holds no other `<`), which can be dropped.
      const end = tagEnd(this.carry, 0);
      if (end >= this.carry.length) return REASONS.markup;
      const tag = this.carry.slice(0, end);
      this.carry = '';
      return this.scan(tag);
    }
    return null;
  }

  end(): Refusal | null {
    const decoded = this.decoder.decode();
    this.kept?.push(decoded);
    const rest = this.carry + decoded;
    this.carry = '';
    return this.scan(rest);
  }

  private scan(text: string): Refusal | null {
    if (DECLARATION.test(text)) return REASONS.declaration;
    if (!this.sheet) return null;
    const { tally, limits } = this;
    for (const match of text.matchAll(SHEET_TAG)) {
      const name = match[1] ?? '';
      tally.cells += name === 'c' || name === 'row' ? 1 : 0;
      if (name === 'c') continue;
      const tag = text.slice(match.index, tagEnd(text, match.index));
      // Every matching attribute counts, so that a value quoted inside another attribute cannot hide one.
      for (const [, attribute, double, single] of tag.matchAll(ATTRIBUTE)) {
        const problem = countAttribute(tally, name, attribute, double ?? single ?? '');
        if (problem) return problem;
      }
    }
    if (tally.merges > limits.maxMerges) return REASONS.merges(limits.maxMerges);
    if (tally.cells > limits.maxCells) return REASONS.cells(limits.maxCells);
    return null;
  }
}

/** How one part is inspected: the workbook's running tally, the limits, and the parts the reader keeps. */
export interface PartInspection {
  readonly tally: Tally;
  readonly limits: LoadLimits;
  readonly inflate: Inflate;
  /** Collects the text of the kept parts; null when nothing is kept. */
  readonly parts: Map<string, string> | null;
  readonly keep: RegExp;
}

/**
 * Inflates one part once, checking its real size against the directory and scanning its XML; the text of a
 * part the cell reader needs goes into `parts`.
 */
export async function inspectPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  { tally, limits, inflate, parts, keep }: PartInspection,
): Promise<Refusal | null> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.packed);
  const kept = parts !== null && keep.test(entry.name);
  const scanner = XML_PART.test(entry.name)
    ? new XmlScanner(SHEET_PART.test(entry.name), tally, limits, kept ? [] : null)
    : null;
  let size = 0;
  try {
    for await (const chunk of unpacked(data, entry, inflate)) {
      size += chunk.length;
      if (size > entry.size) return REASONS.mismatch;
      // Scanned a bounded slice at a time, whatever size the inflater hands over.
      for (let at = 0; scanner && at < chunk.length; at += SCAN_SLICE) {
        const problem = scanner.push(chunk.subarray(at, at + SCAN_SLICE));
        if (problem) return problem;
      }
    }
  } catch (error) {
    return error instanceof PastDeclaredSize ? REASONS.mismatch : REASONS.corrupt;
  }
  if (size !== entry.size) return REASONS.mismatch;
  const problem = scanner?.end() ?? null;
  if (!problem && scanner?.kept) parts?.set(entry.name, scanner.kept.join(''));
  return problem;
}
