/**
 * Refuses hostile or broken .xlsx files before anything reads them, and keeps the XML parts the cell reader
 * needs (xml-grids.ts): ExcelJS inflates every part into memory and expands merges and validations cell by
 * cell, so a small file could cost gigabytes. Web APIs only by default (DecompressionStream, TextDecoder);
 * the CLI passes Node's zlib.
 */
import { columnIndex } from '../../domain/cells';
import type { Grid } from '../../sheet/grid';
import { READ_PARTS, type XlsxParts } from './xml-grids';

/** What opening one workbook may cost: a setting, with defaults far above any real submission. */
export interface LoadLimits {
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Largest total of the unpacked parts, in bytes. */
  readonly maxUnpackedBytes: number;
  /** Highest unpacked/packed ratio of one part (parts under 1 MiB unpacked are exempt). */
  readonly maxRatio: number;
  /** Most cells in the workbook, counting rows and each cell of merged and validated ranges too. */
  readonly maxCells: number;
  /** Most parts in the zip. */
  readonly maxEntries: number;
  /** Most merged ranges in the workbook (ExcelJS's merge check is quadratic: 10 000 take 8 s). */
  readonly maxMerges: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: LoadLimits = {
  maxFileBytes: 50 * MIB,
  maxUnpackedBytes: 300 * MIB,
  maxRatio: 200,
  maxCells: 400_000,
  maxEntries: 10_000,
  maxMerges: 5_000,
};

const count = (n: number): string => n.toLocaleString('en-US');
const mebibytes = (bytes: number): string => count(Math.round(bytes / MIB));

/** The English of each refusal sentence given so far, by its Chinese (file mode shows the pane's language). */
const ENGLISH = new Map<string, string>();

/** A sentence in Chinese whose English is kept, for file mode to show in the pane's language. */
function said(zh: string, en: string): string {
  ENGLISH.set(zh, en);
  return zh;
}

/** A refusal sentence with figures, in Chinese, its English kept as it is made. */
function bilingual<A extends unknown[]>(
  zh: (...a: A) => string,
  en: (...a: A) => string,
): (...a: A) => string {
  return (...a: A) => said(zh(...a), en(...a));
}

/** A refusal sentence in English, when it is one the guard gave; the Chinese itself otherwise. */
export function inEnglish(reason: string): string {
  return ENGLISH.get(reason) ?? reason;
}

/** What a non-zip file looks like, for the sentence: Chinese and English. */
const KINDS: Readonly<Record<string, string>> = {
  pdf: 'a PDF file',
  rtf: 'an RTF document',
  html: 'a web page (HTML, often what a website’s “export to Excel” makes)',
  xml: 'an XML file (perhaps an Excel 2003 XML spreadsheet)',
  text: 'a CSV or other text file',
};
const KINDS_ZH: Readonly<Record<string, string>> = {
  pdf: ' PDF 文件',
  rtf: ' RTF 文档',
  html: '网页（HTML，常由网站的“导出 Excel”生成）',
  xml: ' XML 文件（可能是 Excel 2003 XML 表格）',
  text: ' CSV 或其他文本文件',
};

/** Why a file is refused, one plain sentence each: the CLI puts 无法读取“路径”： before it, file mode “文件名”. */
export const REASONS = {
  missing: said('文件不存在或无法打开。', 'does not exist or cannot be opened.'),
  empty: said('文件是空的（0 字节）。', 'is empty (0 bytes).'),
  tooLarge: bilingual(
    (bytes: number) => `文件大于 ${mebibytes(bytes)} MB 的上限，自评表远小于此，已拒绝读取。`,
    (bytes: number) =>
      `is larger than the ${mebibytes(bytes)} MB limit (a self-evaluation form is far smaller): not read.`,
  ),
  ole: said(
    '文件是加密或旧版的工作簿（设了打开密码的 .xlsx 或 Excel 97-2003 的 .xls），请在 Excel 中另存为不设密码的 .xlsx 后再检查。',
    'is an encrypted or old workbook (an .xlsx with a password, or an Excel 97-2003 .xls): save it in Excel as an .xlsx without a password and check it again.',
  ),
  notZip: bilingual(
    (kind: string | null) =>
      `不是 .xlsx 文件${kind ? `，内容像是${KINDS_ZH[kind] ?? kind}` : '（可能是改了扩展名的其他文件）'}，请在 Excel 中另存为 .xlsx 后再检查。`,
    (kind: string | null) =>
      `is not an .xlsx file${kind ? `; it looks like ${KINDS[kind] ?? kind}` : ' (perhaps another file renamed)'}: save it in Excel as .xlsx and check it again.`,
  ),
  truncated: said(
    '文件不完整或已损坏（找不到压缩包的目录），可能没有下载或复制完整。',
    'is incomplete or damaged (the zip directory is missing): it may not have been downloaded or copied in full.',
  ),
  pastEnd: said(
    '文件不完整或已损坏（压缩包中的内容超出了文件末尾），可能没有下载或复制完整。',
    'is incomplete or damaged (zip content runs past the end of the file): it may not have been downloaded or copied in full.',
  ),
  corrupt: said(
    '文件已损坏（压缩包的结构不正确），请在 Excel 中打开并另存为 .xlsx 后再检查。',
    'is damaged (the zip structure is wrong): open it in Excel, save it as .xlsx and check it again.',
  ),
  mismatch: said(
    '文件已损坏或被改动过（解压出的内容与压缩包目录记载的大小不符），已拒绝读取。',
    'is damaged or was tampered with (unpacked sizes differ from what the zip directory records): not read.',
  ),
  encrypted: said(
    '文件中的内容设了压缩包密码，无法读取。',
    'has password-protected zip content and cannot be read.',
  ),
  method: said(
    '文件使用了 Excel 不会用的压缩方式，请在 Excel 中另存为 .xlsx 后再检查。',
    'uses a compression method Excel never uses: save it in Excel as .xlsx and check it again.',
  ),
  notWorkbook: said(
    '文件里没有 Excel 工作簿内容（xl/workbook.xml），可能是 .xlsb、.ods、Word 文档或普通压缩包，请在 Excel 中另存为 .xlsx 后再检查。',
    'holds no Excel workbook (xl/workbook.xml): it may be .xlsb, .ods, a Word document or a plain zip; save it in Excel as .xlsx and check it again.',
  ),
  entries: bilingual(
    (n: number) => `文件的压缩包内有超过 ${count(n)} 个部件，可能是恶意构造的压缩包，已拒绝读取。`,
    (n: number) => `holds more than ${count(n)} zip parts, which suggests a crafted file: not read.`,
  ),
  unpacked: bilingual(
    (bytes: number) => `文件解压后超过 ${mebibytes(bytes)} MB，可能是恶意构造的压缩包，已拒绝读取。`,
    (bytes: number) =>
      `unpacks to more than ${mebibytes(bytes)} MB, which suggests a crafted file: not read.`,
  ),
  ratio: bilingual(
    (ratio: number) => `文件中有部件的压缩比超过 ${count(ratio)} 倍，可能是恶意构造的压缩包，已拒绝读取。`,
    (ratio: number) =>
      `has a part compressed more than ${count(ratio)} times, which suggests a crafted file: not read.`,
  ),
  cells: bilingual(
    (n: number) =>
      `文件的工作表内容超过 ${count(n)} 个单元格的上限（请删去多余的行列后再检查），已拒绝读取。`,
    (n: number) =>
      `has more than the limit of ${count(n)} cells (delete the rows and columns not needed and check it again): not read.`,
  ),
  merges: bilingual(
    (n: number) => `文件中的合并单元格超过 ${count(n)} 处，已拒绝读取。`,
    (n: number) => `has more than ${count(n)} merged areas: not read.`,
  ),
  columns: said(
    '文件的列定义超出了 Excel 的最大列（XFD），可能是恶意构造的文件，已拒绝读取。',
    'defines columns beyond Excel’s last (XFD), which suggests a crafted file: not read.',
  ),
  rows: said(
    '文件的行号超出了 Excel 的最大行（1,048,576），可能是恶意构造的文件，已拒绝读取。',
    'has rows beyond Excel’s last (1,048,576), which suggests a crafted file: not read.',
  ),
  declaration: said(
    '文件的 XML 中含有 DOCTYPE 或 ENTITY 声明（Excel 从不写出这种内容，它可用于外部实体或实体膨胀攻击），已拒绝读取。',
    'has DOCTYPE or ENTITY declarations in its XML (Excel never writes them; they serve entity attacks): not read.',
  ),
  encoding: said(
    '文件中的 XML 不是 UTF-8 编码（Excel 只写 UTF-8），已拒绝读取。',
    'has XML that is not UTF-8 (Excel writes only UTF-8): not read.',
  ),
  markup: said(
    '文件中的 XML 有超长的标记，可能是恶意构造的文件，已拒绝读取。',
    'has XML markup of extreme length, which suggests a crafted file: not read.',
  ),
  usedRange: bilingual(
    (sheet: string, rows: number, cols: number, max: number) =>
      `工作表“${sheet}”的使用区域达 ${count(rows)} 行 × ${count(cols)} 列，超过 ${count(max)} 个单元格的上限（请删去远处多余的内容后再检查），已拒绝读取。`,
    (sheet: string, rows: number, cols: number, max: number) =>
      `uses ${count(rows)} rows × ${count(cols)} columns on sheet “${sheet}”, more than the limit of ${count(max)} cells (delete the far-off content and check it again): not read.`,
  ),
  encryptedWorkbook: said(
    '文件设了打开密码（加密的工作簿），无法读取，请在 Excel 或 WPS 中去掉打开密码后另存为 .xlsx 再检查。',
    'has an open password (an encrypted workbook) and cannot be read: remove the password in Excel or WPS, save it as .xlsx and check it again.',
  ),
  oleDamaged: said(
    '文件是已损坏的 Excel 97-2003 或 WPS 工作簿（.xls、.et），无法读取，请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查。',
    'is a damaged Excel 97-2003 or WPS workbook (.xls, .et) that cannot be read: open it in Excel or WPS, save it as .xlsx and check it again.',
  ),
  wordDoc: said(
    '是 Word 97-2003 文档（.doc），无法读取其中的表格，请在 Word 中另存为 .docx 后再检查。',
    'is a Word 97-2003 document (.doc) whose tables cannot be read: save it in Word as .docx and check it again.',
  ),
  unreadable: said(
    '文件已损坏或不是 Excel 能打开的 .xlsx 格式，请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查。',
    'is damaged or not an .xlsx Excel can open: open it in Excel or WPS, save it as .xlsx and check it again.',
  ),
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const STORED = 0;
const DEFLATED = 8;
/** Parts smaller than this are never refused for their ratio: their size is harmless whatever it is. */
const RATIO_FLOOR = MIB;
/** Packed bytes fed to the inflater at a time: at most ~16 MiB comes out of each (deflate tops at 1032:1). */
const FEED = 16 * 1024;
/** Longest markup (one tag with its attributes) kept between chunks; real tags are far shorter. */
const LONGEST_TAG = 1024 * 1024;
/** Inflated bytes scanned at a time: the scanner copies what it holds, so a slice bounds that copy. */
const SCAN_SLICE = MIB;
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** A guess at what a non-zip file is (a key of KINDS), for the message; null when nothing fits. */
function sniff(bytes: Uint8Array): string | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  const start = head.trimStart().slice(0, 200).toLowerCase();
  if (
    start.startsWith('<!doctype html') ||
    start.startsWith('<html') ||
    /<(head|body|table)[\s>]/.test(start)
  )
    return 'html';
  if (start.startsWith('<?xml')) return 'xml';
  // Text with no control characters besides tab and line breaks: CSV or another plain-text export.
  if (head.length > 0 && [...head].every((char) => !isControl(char) || '\t\n\r'.includes(char)))
    return 'text';
  return null;
}

/** A C0 control character or DEL (GBK text, common for CSV here, decodes to U+FFFD marks, not these). */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** One part of the zip, as its central directory states it. */
export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  /** CRC-32 of the unpacked bytes, as the directory states it. */
  readonly crc: number;
  /** Last-modified time and date, in MS-DOS form, as the directory states them. */
  readonly time: number;
  readonly date: number;
  readonly packed: number;
  readonly size: number;
  readonly dataStart: number;
}

/** A little-endian 64-bit field as a number (exact below 2^53, which is all a 50 MB file can hold). */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function findEnd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === SIG_END) return at;
  return -1;
}

/** The central directory as a list of entries, or why it cannot be trusted. */
export function readDirectory(bytes: Uint8Array, limits: LoadLimits = DEFAULT_LIMITS): ZipEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return REASONS.truncated;
  let total = view.getUint16(end + 10, true);
  let dirSize = view.getUint32(end + 12, true);
  let dirStart = view.getUint32(end + 16, true);
  let dirLimit = end;
  if (total === 0xffff || dirSize === 0xffffffff || dirStart === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== SIG_LOCATOR64) return REASONS.corrupt;
    const record = uint64(view, locator + 8);
    if (record + 56 > locator || view.getUint32(record, true) !== SIG_END64) return REASONS.corrupt;
    total = uint64(view, record + 32);
    dirSize = uint64(view, record + 40);
    dirStart = uint64(view, record + 48);
    dirLimit = record;
  }
  if (total > limits.maxEntries) return REASONS.entries(limits.maxEntries);
  if (dirStart + dirSize > dirLimit) return REASONS.truncated;

  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = dirStart;
  for (let i = 0; i < total; i++) {
    if (at + 46 > dirStart + dirSize || view.getUint32(at, true) !== SIG_CENTRAL) return REASONS.corrupt;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > dirStart + dirSize) return REASONS.corrupt;
    let size = view.getUint32(at + 24, true);
    let packed = view.getUint32(at + 20, true);
    let local = view.getUint32(at + 42, true);
    // ZIP64: the real values follow in extra field 0x0001, in this order, for each field that overflowed.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = view.getUint16(x, true);
      const length = view.getUint16(x + 2, true);
      if (id === 1) {
        let field = x + 4;
        const take = (): number => {
          if (field + 8 > x + 4 + length) return Infinity;
          const value = uint64(view, field);
          field += 8;
          return value;
        };
        if (size === 0xffffffff) size = take();
        if (packed === 0xffffffff) packed = take();
        if (local === 0xffffffff) local = take();
      }
      x += 4 + length;
    }
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, '');
    if (local + 30 > bytes.length) return REASONS.pastEnd;
    if (view.getUint32(local, true) !== SIG_LOCAL) return REASONS.corrupt;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + packed > bytes.length) return REASONS.pastEnd;
    entries.push({
      name,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      packed,
      size,
      dataStart,
    });
    at = next;
  }
  // JSZip (ExcelJS's unzipper) rejects a directory holding more records than its end record says, too.
  if (at !== dirStart + dirSize) return REASONS.corrupt;
  return entries;
}

/**
 * Inflates raw deflate data a piece at a time, yielding at most `size + 1` bytes in all (a part that inflates
 * past its declared size is refused either way); Node passes its native zlib, ~30× faster than the web stream.
 */
export type Inflate = (packed: Uint8Array, size: number) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Thrown by an Inflate that stopped because the part inflated past its declared size. */
export class PastDeclaredSize extends Error {
  constructor() {
    super('part inflates past its declared size');
    this.name = 'PastDeclaredSize';
  }
}

/** The part's bytes as they inflate, a piece at a time; the caller may stop early. */
async function* unpacked(
  data: Uint8Array,
  entry: ZipEntry,
  inflate: Inflate,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += 4 * FEED) yield data.subarray(at, at + 4 * FEED);
    return;
  }
  yield* inflate(data, entry.size);
}

/** The browser's (and any runtime's) inflater: DecompressionStream, fed a bounded slice at a time. */
export async function* webInflate(data: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  let offset = 0;
  const packed = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (offset >= data.length) controller.close();
        else controller.enqueue(data.slice(offset, (offset += FEED)));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = packed.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** What the worksheets would make ExcelJS build, summed over the workbook. */
interface Tally {
  cells: number;
  merges: number;
}

const DECLARATION = /<!(?:DOCTYPE|ENTITY)/i;
const SHEET_TAG = /<(?:[A-Za-z_][\w.-]*:)?(c|row|col|mergeCell|dataValidation)(?=[\s/>])/g;
const ATTRIBUTE = /\s(r|ref|sqref|min|max)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

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

  push(bytes: Uint8Array): string | null {
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

  end(): string | null {
    const decoded = this.decoder.decode();
    this.kept?.push(decoded);
    const rest = this.carry + decoded;
    this.carry = '';
    return this.scan(rest);
  }

  private scan(text: string): string | null {
    if (DECLARATION.test(text)) return REASONS.declaration;
    if (!this.sheet) return null;
    const { tally, limits } = this;
    for (const match of text.matchAll(SHEET_TAG)) {
      const name = match[1];
      tally.cells += name === 'c' || name === 'row' ? 1 : 0;
      if (name === 'c') continue;
      const tag = text.slice(match.index, tagEnd(text, match.index));
      // Every matching attribute counts, so that a value quoted inside another attribute cannot hide one.
      for (const [, attribute, double, single] of tag.matchAll(ATTRIBUTE)) {
        const value = double ?? single ?? '';
        // ExcelJS keeps rows in an array: one at row 1 000 000 000 makes every walk over them take a minute.
        if (name === 'row' && attribute === 'r') {
          if (!(parseInt(value, 10) <= MAX_ROW)) return REASONS.rows;
        } else if (name === 'col' && (attribute === 'min' || attribute === 'max')) {
          if (!(Number(value) <= MAX_COLUMN)) return REASONS.columns;
        } else if (name === 'mergeCell' && attribute === 'ref') {
          tally.merges++;
          tally.cells += area(value);
        } else if (name === 'dataValidation' && attribute === 'sqref') tally.cells += area(value);
      }
    }
    if (tally.merges > limits.maxMerges) return REASONS.merges(limits.maxMerges);
    if (tally.cells > limits.maxCells) return REASONS.cells(limits.maxCells);
    return null;
  }
}

const XML_PART = /\.(xml|rels|vml)$/i;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Inflates one part once, checking its real size against the directory and scanning its XML; the text of a
 * part the cell reader needs goes into `parts`.
 */
async function inspectPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  tally: Tally,
  limits: LoadLimits,
  inflate: Inflate,
  parts: Map<string, string> | null,
  keep: RegExp,
) {
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

/** A workbook the guard let through, with the XML parts the cell reader needs; or why it was refused. */
export type OpenedXlsx = { readonly problem: string } | { readonly problem: null; readonly parts: XlsxParts };

/** What a file holds, by its content: an .xlsx/.xlsm package, a Word .docx, an OpenDocument sheet, an OLE file. */
export type PackageKind = 'xlsx' | 'docx' | 'ods' | 'ole';

/** A file the guard let through: its kind, and the XML parts kept; or why it was refused. */
export type OpenedPackage =
  | { readonly problem: string }
  | { readonly problem: null; readonly kind: PackageKind; readonly parts: XlsxParts };

/** The parts each kind of package is read from (Word: the body and its relationships for nothing else). */
const KEEP: Readonly<Record<Exclude<PackageKind, 'ole'>, RegExp>> = {
  xlsx: READ_PARTS,
  docx: /^word\/document\.xml$/,
  ods: /^content\.xml$/,
};

/**
 * Opens an .xlsx the guard's way: refuses it with one plain Chinese sentence, or hands back the text of the
 * XML parts `keep` names (by default those `gridsFromParts` reads). Checks, cheapest first: size, file type,
 * zip directory, declared sizes and ratios, the workbook part, then every part's real size and XML
 * (declarations, encoding, cells, merges, columns).
 */
export async function openXlsx(
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LIMITS,
  inflate: Inflate = webInflate,
  keep: RegExp = READ_PARTS,
): Promise<OpenedXlsx> {
  const parts = new Map<string, string>();
  const result = await guarded(bytes, limits, inflate, parts, () => keep, 'xlsx');
  return 'problem' in result ? { problem: result.problem } : { problem: null, parts };
}

/**
 * Opens any file a reviewer may receive, the guard's way: an .xlsx or .xlsm, a Word .docx, an OpenDocument
 * sheet (every part checked as for .xlsx), or an OLE file (.xls, .et: size checked here, the rest by its
 * reader's bounds). Refused with one plain sentence, or the kind and the parts its reader needs.
 */
export async function openPackage(
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LIMITS,
  inflate: Inflate = webInflate,
): Promise<OpenedPackage> {
  if (bytes.length > 0 && bytes.length <= limits.maxFileBytes && startsWith(bytes, OLE_MAGIC))
    return { problem: null, kind: 'ole', parts: new Map() };
  const parts = new Map<string, string>();
  const result = await guarded(bytes, limits, inflate, parts, (kind) => KEEP[kind], 'any');
  return 'problem' in result ? { problem: result.problem } : { problem: null, kind: result.kind, parts };
}

/** Why the bytes must not be read, as one plain Chinese sentence; null when they may (see openXlsx). */
export async function inspectXlsx(
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LIMITS,
  inflate: Inflate = webInflate,
): Promise<string | null> {
  const result = await guarded(bytes, limits, inflate, null, () => READ_PARTS, 'xlsx');
  return 'problem' in result ? result.problem : null;
}

type ZipKind = Exclude<PackageKind, 'ole'>;
/** What the guard found: why the file must not be read, or the kind of package it is. */
type Verdict = { readonly problem: string } | { readonly kind: ZipKind };

async function guarded(
  bytes: Uint8Array,
  limits: LoadLimits,
  inflate: Inflate,
  parts: Map<string, string> | null,
  keep: (kind: ZipKind) => RegExp,
  expect: 'xlsx' | 'any',
): Promise<Verdict> {
  try {
    const result = await inspect(bytes, limits, inflate, parts, keep, expect);
    return typeof result === 'string' ? { problem: result } : result;
  } catch {
    // A read past the end of a mangled record (DataView throws): the zip is broken.
    return { problem: REASONS.corrupt };
  }
}

/** The kind of zip package by its parts; null when it is none a reviewer is sent. */
function zipKind(entries: readonly ZipEntry[]): ZipKind | null {
  const has = (name: string): boolean => entries.some((entry) => entry.name === name);
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('word/document.xml')) return 'docx';
  if (has('content.xml') && has('mimetype')) return 'ods';
  return null;
}

async function inspect(
  bytes: Uint8Array,
  limits: LoadLimits,
  inflate: Inflate,
  parts: Map<string, string> | null,
  keep: (kind: ZipKind) => RegExp,
  expect: 'xlsx' | 'any',
): Promise<string | { readonly kind: ZipKind }> {
  if (bytes.length === 0) return REASONS.empty;
  if (bytes.length > limits.maxFileBytes) return REASONS.tooLarge(limits.maxFileBytes);
  if (startsWith(bytes, OLE_MAGIC)) return REASONS.ole;
  if (!startsWith(bytes, [0x50, 0x4b])) return REASONS.notZip(sniff(bytes));
  if (bytes.length < 22) return REASONS.truncated;

  const entries = readDirectory(bytes, limits);
  if (typeof entries === 'string') return entries;
  for (const entry of entries) {
    if (entry.flags & 1) return REASONS.encrypted;
    if (entry.method !== STORED && entry.method !== DEFLATED) return REASONS.method;
    if (entry.method === STORED && entry.packed !== entry.size) return REASONS.corrupt;
  }
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limits.maxUnpackedBytes) return REASONS.unpacked(limits.maxUnpackedBytes);
  if (entries.some((entry) => entry.size > RATIO_FLOOR && entry.size > entry.packed * limits.maxRatio))
    return REASONS.ratio(limits.maxRatio);
  const kind = zipKind(entries);
  if (kind === null || (expect === 'xlsx' && kind !== 'xlsx')) return REASONS.notWorkbook;

  const tally: Tally = { cells: 0, merges: 0 };
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.size === 0) continue;
    const problem = await inspectPart(bytes, entry, tally, limits, inflate, parts, keep(kind));
    if (problem) return problem;
  }
  return { kind };
}

/** The attribute's whole-number value in a start tag, or 1 when it is absent (ODF's repeat counts). */
function repeats(tag: string, attribute: string): number {
  const value = new RegExp(`${attribute}="(\\d+)"`).exec(tag)?.[1];
  return value === undefined ? 1 : Number(value);
}

/**
 * The cells an OpenDocument sheet's content.xml holds once its repeats are expanded: a row repeated a million
 * times with a value in a cell repeated across 16,000 columns is a billion cells to a reader. Empty cells,
 * however repeated, are not counted (LibreOffice writes the empty rest of a sheet that way).
 */
export function odsCells(contentXml: string): number {
  let cells = 0;
  for (const row of contentXml.matchAll(/<table:table-row\b([^>]*?)(\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const rowRepeats = repeats(row[1] ?? '', 'table:number-rows-repeated');
    let inRow = 0;
    for (const cell of (row[3] ?? '').matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(\/?)>/g)) {
      const attributes = cell[1] ?? '';
      // A self-closed cell without a value type holds nothing.
      if (cell[2] === '/' && !/office:value-type=/.test(attributes)) continue;
      inRow += repeats(attributes, 'table:number-columns-repeated');
    }
    cells += rowRepeats * inRow;
    if (cells > Number.MAX_SAFE_INTEGER / 2) break;
  }
  return cells;
}

/** Excel's own sheet-name rules allow 31 characters; a longer or odd one is shortened for the message. */
function shownName(name: string): string {
  const plain = [...name].filter((char) => !isControl(char)).join('');
  return plain.length > 31 ? `${plain.slice(0, 30)}…` : plain;
}

/**
 * The check on what was read: cells, and each sheet's used area (recognition walks rows × columns, so one
 * stray cell at XFD1048576 would cost 17 billion steps).
 */
export function inspectGrids(grids: readonly Grid[], limits: LoadLimits = DEFAULT_LIMITS): string | null {
  let cells = 0;
  for (const grid of grids) {
    let lastRow = 0;
    let lastCol = 0;
    grid.rows.forEach((row, r) => {
      let filled = false;
      row?.forEach((cell, c) => {
        if (cell === undefined) return;
        filled = true;
        cells++;
        if (c + 1 > lastCol) lastCol = c + 1;
      });
      if (filled) lastRow = r + 1;
    });
    if (cells > limits.maxCells) return REASONS.cells(limits.maxCells);
    if (lastRow * lastCol > limits.maxCells)
      return REASONS.usedRange(shownName(grid.sheet), lastRow, lastCol, limits.maxCells);
  }
  return null;
}
