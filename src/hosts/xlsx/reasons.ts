/**
 * Why a file is refused, one plain sentence each from the catalogue (files.*): kept as id and data, said in
 * the reader's language where it is shown. The CLI puts 无法读取“路径”： before it, file mode the file's name.
 */
import { said, type Said } from '../../messages';

/** A refusal: the catalogue sentence saying why a file is not read. */
export type Refusal = Said;

const MIB = 1024 * 1024;

/** Figures as both languages write them in a refusal: 10,000. */
const count = (n: number): string => n.toLocaleString('en-US');
const mebibytes = (bytes: number): string => count(Math.round(bytes / MIB));

/** What a file that is no zip seems to be, by its first bytes. */
export type FileKind = 'pdf' | 'rtf' | 'html' | 'xml' | 'text';

export const REASONS = {
  missing: said('files.missing'),
  empty: said('files.empty'),
  tooLarge: (bytes: number): Refusal => said('files.too-large', { megabytes: mebibytes(bytes) }),
  ole: said('files.encrypted-or-old'),
  notZip: (kind: FileKind | null): Refusal =>
    kind === null
      ? said('files.not-xlsx')
      : said('files.not-xlsx.looks-like', { kind: `@files.kind.${kind}` }),
  truncated: said('files.truncated'),
  pastEnd: said('files.past-end'),
  corrupt: said('files.corrupt'),
  mismatch: said('files.size-mismatch'),
  encrypted: said('files.zip-password'),
  method: said('files.compression-method'),
  notWorkbook: said('files.not-workbook'),
  entries: (n: number): Refusal => said('files.too-many-parts', { count: count(n) }),
  unpacked: (bytes: number): Refusal => said('files.unpacks-too-large', { megabytes: mebibytes(bytes) }),
  ratio: (ratio: number): Refusal => said('files.compression-ratio', { ratio: count(ratio) }),
  cells: (n: number): Refusal => said('files.too-many-cells', { count: count(n) }),
  merges: (n: number): Refusal => said('files.too-many-merges', { count: count(n) }),
  columns: said('files.columns-beyond'),
  rows: said('files.rows-beyond'),
  declaration: said('files.xml-declaration'),
  encoding: said('files.xml-encoding'),
  markup: said('files.xml-markup'),
  usedRange: (sheet: string, rows: number, columns: number, max: number): Refusal =>
    said('files.used-range', { sheet, rows: count(rows), columns: count(columns), count: count(max) }),
  encryptedWorkbook: said('files.encrypted-workbook'),
  oleDamaged: said('files.old-workbook-damaged'),
  wordDoc: said('files.word-97'),
  unreadable: said('files.unreadable'),
} as const;

/** The refusal said of one file by name (file mode: “名称”文件是空的…). */
export const refusalOf = (reason: Refusal, file: string): Refusal =>
  said(reason.id, { ...reason.data, file });

/** True for a refusal, as against what was read (an array of entries, a submission with its grids). */
export const isRefusal = (value: object): value is Refusal => 'id' in value;
