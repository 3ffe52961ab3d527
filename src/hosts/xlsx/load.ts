import ExcelJS from 'exceljs';
import { readFile, stat } from 'node:fs/promises';
import type { Grid } from '../../sheet/grid';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import {
  DEFAULT_LIMITS,
  inspectWorkbook,
  inspectXlsx,
  REASONS,
  type Inflate,
  type LoadLimits,
} from './guard';
import { workbookGrids } from './read';

/** Node's native zlib, streamed 1 MiB at a time: the guard's inflate costs a few percent of the load, not as much again. */
const nodeInflate: Inflate = (packed) =>
  Readable.from([packed]).pipe(createInflateRaw({ chunkSize: 1 << 20 }));

/** A workbook that could not be read, with one plain Chinese sentence saying why. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`无法读取“${file}”：${reason}`);
    this.name = 'WorkbookReadError';
  }
}

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly grids: Grid[];
}

/**
 * Reads an .xlsx file into Grids (and the workbook, for writing a copy); every failure is a
 * WorkbookReadError. The guard refuses hostile files before ExcelJS loads them (see guard.ts).
 */
export async function loadWorkbookFile(
  path: string,
  limits: LoadLimits = DEFAULT_LIMITS,
): Promise<LoadedWorkbook> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new WorkbookReadError(path, REASONS.missing);
  // Checked before reading, so a huge file is never read into memory.
  if (info.size > limits.maxFileBytes)
    throw new WorkbookReadError(path, REASONS.tooLarge(limits.maxFileBytes));
  const bytes = await readFile(path).catch(() => {
    throw new WorkbookReadError(path, REASONS.missing);
  });
  const problem = await inspectXlsx(bytes, limits, nodeInflate);
  if (problem) throw new WorkbookReadError(path, problem);
  const workbook = new ExcelJS.Workbook();
  let grids: Grid[];
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const built = inspectWorkbook(workbook, limits);
    if (built) throw new WorkbookReadError(path, built);
    grids = workbookGrids(workbook);
  } catch (error) {
    // ExcelJS's own messages are English internals (`Cannot read properties of undefined`): say it plainly.
    throw error instanceof WorkbookReadError ? error : new WorkbookReadError(path, REASONS.unreadable);
  }
  return { workbook, grids };
}
