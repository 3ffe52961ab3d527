/**
 * Refuses hostile or broken files before anything reads them, and keeps the XML parts the readers need
 * (xml-grids.ts, docx.ts): ExcelJS inflates every part into memory and expands merges and validations cell by
 * cell, so a small file could cost gigabytes. Web APIs only by default (DecompressionStream, TextDecoder);
 * the CLI passes Node's zlib. The checks live beside it: the zip directory (zip-directory.ts), unpacking
 * (inflate.ts), each part's XML (part-scan.ts), what was read (grid-limits.ts), and the sentences (reasons.ts).
 */
import { webInflate, type Inflate } from './inflate';
import { DEFAULT_LIMITS, MIB, type LoadLimits } from './limits';
import { inspectPart, type Tally } from './part-scan';
import { isRefusal, REASONS, type Refusal } from './reasons';
import { OLE_MAGIC, sniff, startsWith, ZIP_MAGIC } from './sniff';
import { READ_PARTS, type XlsxParts } from './xml-grids';
import { DEFLATED, readDirectory, STORED, type ZipEntry } from './zip-directory';

export { inspectGrids, odsCells } from './grid-limits';
export { PastDeclaredSize, webInflate, type Inflate } from './inflate';
export { DEFAULT_LIMITS, type LoadLimits } from './limits';
export { isRefusal, REASONS, refusalOf, type FileKind, type Refusal } from './reasons';
export { readDirectory, type ZipEntry } from './zip-directory';

/** Parts smaller than this are never refused for their ratio: their size is harmless whatever it is. */
const RATIO_FLOOR = MIB;

/** A workbook the guard let through, with the XML parts the cell reader needs; or why it was refused. */
export type OpenedXlsx =
  { readonly problem: Refusal } | { readonly problem: null; readonly parts: XlsxParts };

/** What a file holds, by its content: an .xlsx/.xlsm package, a Word .docx, an OpenDocument sheet, an OLE file. */
export type PackageKind = 'xlsx' | 'docx' | 'ods' | 'ole';

/** A file the guard let through: its kind, and the XML parts kept; or why it was refused. */
export type OpenedPackage =
  | { readonly problem: Refusal }
  | { readonly problem: null; readonly kind: PackageKind; readonly parts: XlsxParts };

type ZipKind = Exclude<PackageKind, 'ole'>;

/** The parts each kind of package is read from (Word: the body and its relationships for nothing else). */
const KEEP: Readonly<Record<ZipKind, RegExp>> = {
  xlsx: READ_PARTS,
  docx: /^word\/document\.xml$/,
  ods: /^content\.xml$/,
};

/** What the guard found: why the file must not be read, or the kind of package it is. */
type Verdict = { readonly problem: Refusal } | { readonly kind: ZipKind };

/** How one opening goes: the parts to collect (null: none), which to keep by kind, and what is expected. */
interface Opening {
  readonly limits: LoadLimits;
  readonly inflate: Inflate;
  readonly parts: Map<string, string> | null;
  readonly keep: (kind: ZipKind) => RegExp;
  readonly expect: 'xlsx' | 'any';
}

/**
 * Opens an .xlsx the guard's way: refuses it with one plain sentence, or hands back the text of the XML parts
 * `keep` names (by default those `gridsFromParts` reads). Checks, cheapest first: size, file type, zip
 * directory, declared sizes and ratios, the workbook part, then every part's real size and XML
 * (declarations, encoding, cells, merges, columns).
 */
export async function openXlsx(
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LIMITS,
  inflate: Inflate = webInflate,
  keep: RegExp = READ_PARTS,
): Promise<OpenedXlsx> {
  const parts = new Map<string, string>();
  const result = await guarded(bytes, { limits, inflate, parts, keep: () => keep, expect: 'xlsx' });
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
  const result = await guarded(bytes, { limits, inflate, parts, keep: (kind) => KEEP[kind], expect: 'any' });
  return 'problem' in result ? { problem: result.problem } : { problem: null, kind: result.kind, parts };
}

/** Why the bytes must not be read, as one plain sentence; null when they may (see openXlsx). */
export async function inspectXlsx(
  bytes: Uint8Array,
  limits: LoadLimits = DEFAULT_LIMITS,
  inflate: Inflate = webInflate,
): Promise<Refusal | null> {
  const result = await guarded(bytes, {
    limits,
    inflate,
    parts: null,
    keep: () => READ_PARTS,
    expect: 'xlsx',
  });
  return 'problem' in result ? result.problem : null;
}

async function guarded(bytes: Uint8Array, opening: Opening): Promise<Verdict> {
  try {
    const result = await inspect(bytes, opening);
    return isRefusal(result) ? { problem: result } : result;
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

/** The cheapest checks, on the bytes as they are: empty, too large, not a zip, too short to be one. */
function inspectBytes(bytes: Uint8Array, limits: LoadLimits): Refusal | null {
  if (bytes.length === 0) return REASONS.empty;
  if (bytes.length > limits.maxFileBytes) return REASONS.tooLarge(limits.maxFileBytes);
  if (startsWith(bytes, OLE_MAGIC)) return REASONS.ole;
  if (!startsWith(bytes, ZIP_MAGIC)) return REASONS.notZip(sniff(bytes));
  if (bytes.length < 22) return REASONS.truncated;
  return null;
}

/** What the directory declares: encryption, compression methods, sizes and ratios. */
function inspectEntries(entries: readonly ZipEntry[], limits: LoadLimits): Refusal | null {
  for (const entry of entries) {
    if (entry.flags & 1) return REASONS.encrypted;
    if (entry.method !== STORED && entry.method !== DEFLATED) return REASONS.method;
    if (entry.method === STORED && entry.packed !== entry.size) return REASONS.corrupt;
  }
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > limits.maxUnpackedBytes) return REASONS.unpacked(limits.maxUnpackedBytes);
  if (entries.some((entry) => entry.size > RATIO_FLOOR && entry.size > entry.packed * limits.maxRatio))
    return REASONS.ratio(limits.maxRatio);
  return null;
}

async function inspect(bytes: Uint8Array, opening: Opening): Promise<Refusal | { readonly kind: ZipKind }> {
  const { limits, inflate, parts, keep, expect } = opening;
  const refused = inspectBytes(bytes, limits);
  if (refused) return refused;
  const entries = readDirectory(bytes, limits);
  if (isRefusal(entries)) return entries;
  const declared = inspectEntries(entries, limits);
  if (declared) return declared;
  const kind = zipKind(entries);
  if (kind === null || (expect === 'xlsx' && kind !== 'xlsx')) return REASONS.notWorkbook;

  const tally: Tally = { cells: 0, merges: 0 };
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.size === 0) continue;
    const problem = await inspectPart(bytes, entry, { tally, limits, inflate, parts, keep: keep(kind) });
    if (problem) return problem;
  }
  return { kind };
}
