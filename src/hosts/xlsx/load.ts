import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { createInflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import { said, SaidError } from '../../messages';
import type { Grid } from '../../sheet/grid';
import { PastDeclaredSize, type Inflate } from './inflate';
import { DEFAULT_LIMITS, type LoadLimits } from './limits';
import { isRefusal, REASONS, type Refusal } from './reasons';
import type { PatchCodec } from './patch';
import { convertedWorkbook } from './converted';
import { readSubmission, type FileFormat } from './read-file';
import type { SheetJs } from './sheetjs';

/** Parts up to this size inflate in one call; larger ones stream, so a refused part never stands whole. */
const ONE_CALL_BYTES = 4 * 1024 * 1024;

/**
 * Node's native zlib. A small part inflates in one call, its output capped one byte past the declared size
 * so a part that lies about its size stops there; a large one streams 1 MiB at a time, and the guard stops
 * reading it as soon as it exceeds its size or the cell limit.
 */
const nodeInflate: Inflate = (packed, size) => {
  if (size > ONE_CALL_BYTES) return Readable.from([packed]).pipe(createInflateRaw({ chunkSize: 1 << 20 }));
  try {
    return [inflateRawSync(packed, { maxOutputLength: size + 1 })];
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new PastDeclaredSize();
    throw error;
  }
};

/** The result, or null when reading the file threw (gone, unreadable, a folder). */
function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** Node's zlib for patching a copy: the guard's inflater, and deflate for the parts that changed. */
export const NODE_CODEC: PatchCodec = { inflate: nodeInflate, deflate: (data) => deflateRawSync(data) };

/** A workbook that could not be read, with one plain sentence saying why (`reason`, the refusal itself). */
export class WorkbookReadError extends SaidError {
  constructor(
    readonly file: string,
    readonly reason: Refusal,
  ) {
    super(said('files.cannot-read', { file, reason }));
    this.name = 'WorkbookReadError';
  }
}

export interface LoadedWorkbook {
  readonly grids: Grid[];
  readonly format: FileFormat;
  /** A Word report's text outside its tables. */
  readonly text?: string;
  /**
   * Kept only when asked for: the .xlsx a checked copy is patched from — the file itself, or for the other
   * formats an .xlsx made from what was read.
   */
  readonly source?: Uint8Array;
}

/** SheetJS for the command line, with the code pages of old .xls files (GBK strings in BIFF5). */
async function loadSheetJs(): Promise<SheetJs> {
  const xlsx = (await import('@e965/xlsx')) as unknown as SheetJs & {
    set_cptable(table: unknown): void;
  };
  xlsx.set_cptable(await import('@e965/xlsx/dist/cpexcel'));
  return xlsx;
}

/**
 * Reads a submission file into Grids, every failure a WorkbookReadError. The guard refuses hostile files;
 * .xlsx and .xlsm are read from their XML parts, .xls, .et and .ods by SheetJS, .docx reports by their tables.
 */
export async function loadWorkbookFile(
  path: string,
  { keepSource = false, limits = DEFAULT_LIMITS }: { keepSource?: boolean; limits?: LoadLimits } = {},
): Promise<LoadedWorkbook> {
  // Synchronous on purpose: a submission is a few hundred KB, and each async call's round trip through
  // libuv's thread pool costs more than the read itself (300 files: 150 ms against 5 ms).
  const info = attempt(() => statSync(path));
  if (!info?.isFile()) throw new WorkbookReadError(path, REASONS.missing);
  // Checked before reading, so a huge file is never read into memory.
  if (info.size > limits.maxFileBytes)
    throw new WorkbookReadError(path, REASONS.tooLarge(limits.maxFileBytes));
  const bytes = attempt(() => readFileSync(path));
  if (!bytes) throw new WorkbookReadError(path, REASONS.missing);
  const read = await readSubmission(bytes, basename(path), loadSheetJs, nodeInflate, limits);
  if (isRefusal(read)) throw new WorkbookReadError(path, read);
  const loaded = {
    grids: read.grids,
    format: read.format,
    ...(read.text === undefined ? {} : { text: read.text }),
  };
  if (!keepSource) return loaded;
  const ooxml = read.format === 'xlsx' || read.format === 'xlsm';
  if (ooxml) return { ...loaded, source: bytes };
  const { default: ExcelJS } = await import('exceljs');
  return { ...loaded, source: await convertedWorkbook(ExcelJS.Workbook, read.grids) };
}
