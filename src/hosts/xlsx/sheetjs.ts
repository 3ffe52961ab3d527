/**
 * The spreadsheet formats that are not Office Open XML — .xls (Excel 97–2003), .et (WPS), .ods (OpenDocument)
 * — read with SheetJS (@e965/xlsx, Apache-2.0) into the same Grids as an .xlsx: values (what a number means
 * under its format decided as for every reader, in src/sheet/cell-value.ts), formulas with their cached
 * results, number formats, merged cells and hidden sheets. The rows read are bounded, so a crafted file
 * cannot make it work forever.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import {
  EMPTY_CONTENT,
  gridCellOf,
  numberContent,
  textContent,
  type CellContent,
} from '../../sheet/cell-value';
import type { Grid, GridCell, Merge } from '../../sheet/grid';
import { REASONS, type LoadLimits, type Refusal } from './guard';

/** The parts of SheetJS this reader uses (loaded when a file needs it: the command line, a lazy chunk). */
export interface SheetJs {
  read(data: Uint8Array, options: Record<string, unknown>): WorkBook;
  /** The OLE compound-file reader, to look at an .xls's streams before parsing it. */
  CFB: { read(data: Uint8Array, options: { type: 'array' }): { FileIndex: { name: string }[] } };
}

/**
 * Rows read of each sheet at most: no self-evaluation form comes near, and it bounds what a crafted .xls can
 * make SheetJS build (an .xls has at most 256 columns: 5 million cells at worst, refused after).
 */
const MOST_ROWS = 20_000;

/** What a SheetJS cell holds (read with `cellDates: false`: a date-formatted number stays a number). */
function contentOf(cell: CellObject, format: string | undefined, date1904: boolean): CellContent {
  switch (cell.t) {
    case 'n':
      return numberContent(Number(cell.v), format, date1904);
    case 'd':
      return {
        kind: 'date',
        day: cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v).slice(0, 10),
      };
    case 'b':
      return { kind: 'boolean', boolean: Boolean(cell.v) };
    case 'e':
      return { kind: 'error', error: typeof cell.w === 'string' ? cell.w : '#N/A' };
    case 's':
      return textContent(typeof cell.v === 'string' ? cell.v : '');
    default:
      return EMPTY_CONTENT;
  }
}

function gridOf(name: string, sheet: WorkSheet, hidden: boolean, date1904: boolean): Grid {
  const rows: (GridCell | undefined)[][] = [];
  const dense = (sheet as { '!data'?: (CellObject | undefined)[][] })['!data'] ?? [];
  dense.forEach((line, r) => {
    line.forEach((cell, c) => {
      if (!cell) return;
      const format = typeof cell.z === 'string' && cell.z !== 'General' ? cell.z : undefined;
      const gridCell = gridCellOf({
        content: contentOf(cell, format, date1904),
        formula: typeof cell.f === 'string' && cell.f !== '' ? cell.f : undefined,
        format,
      });
      if (gridCell) (rows[r] ??= [])[c] = gridCell;
    });
  });
  const merges: Merge[] = (sheet['!merges'] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  return { sheet: name, rows, merges, ...(hidden ? { hidden: true } : {}) };
}

/** Why SheetJS could not read the bytes, as the guard's sentences say it. */
function refusal(error: unknown, ole: boolean): Refusal {
  const text = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(text)) return REASONS.encryptedWorkbook;
  return ole ? REASONS.oleDamaged : REASONS.unreadable;
}

/** Whether the bytes hold this name as UTF-16LE, as an OLE directory entry writes it. */
function holdsName(bytes: Uint8Array, name: string): boolean {
  const wanted = [...name].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  const first = wanted[0];
  for (let at = bytes.indexOf(first ?? 0); at >= 0; at = bytes.indexOf(first ?? 0, at + 1))
    if (wanted.every((byte, i) => bytes[at + i] === byte)) return true;
  return false;
}

/** What an OLE file's streams say before it is parsed: encrypted (a password), a Word .doc, or a workbook. */
function oleVerdict(xlsx: SheetJs, bytes: Uint8Array): Refusal | null {
  // An encrypted .xlsx is an OLE file whose streams name the encryption, whatever else is broken in it.
  if (holdsName(bytes, 'EncryptedPackage') || holdsName(bytes, 'EncryptionInfo'))
    return REASONS.encryptedWorkbook;
  let names: string[];
  try {
    names = xlsx.CFB.read(bytes, { type: 'array' }).FileIndex.map((entry) => entry.name);
  } catch {
    return REASONS.oleDamaged;
  }
  if (names.some((name) => /^(EncryptedPackage|EncryptionInfo)$/.test(name)))
    return REASONS.encryptedWorkbook;
  if (names.includes('WordDocument')) return REASONS.wordDoc;
  if (!names.some((name) => /^(Workbook|Book)$/i.test(name))) return REASONS.oleDamaged;
  return null;
}

/**
 * Runs the library with its console notes held back: it prints remarks about formats it reads only
 * approximately ("ODS number format may be incorrect"), which would reach a reviewer's terminal as noise.
 * The read is synchronous, so nothing else logs meanwhile.
 */
function quietly<T>(work: () => T): T {
  const { error, warn, log } = console;
  console.error = console.warn = console.log = () => undefined;
  try {
    return work();
  } finally {
    Object.assign(console, { error, warn, log });
  }
}

/** The workbook's sheets as Grids, or why it cannot be read (one plain sentence). */
export function sheetJsGrids(xlsx: SheetJs, bytes: Uint8Array, limits: LoadLimits): Grid[] | Refusal {
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  const verdict = ole ? oleVerdict(xlsx, bytes) : null;
  if (verdict) return verdict;
  let book: WorkBook;
  try {
    book = quietly(() =>
      xlsx.read(bytes, {
        type: 'array',
        dense: true,
        cellFormula: true,
        cellNF: true,
        cellDates: false,
        cellStyles: false,
        sheetRows: Math.min(MOST_ROWS, limits.maxCells),
        WTF: false,
      }),
    );
  } catch (error) {
    return refusal(error, ole);
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  return book.SheetNames.map((name, index) => {
    const hidden = (book.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    const sheet = book.Sheets[name];
    return sheet ? gridOf(name, sheet, hidden, date1904) : { sheet: name, rows: [], merges: [] };
  });
}
