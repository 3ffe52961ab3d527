import ExcelJS from 'exceljs';
import { readFile, stat } from 'node:fs/promises';
import type { Grid } from '../../sheet/grid';
import { workbookGrids } from './read';

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

/** Files larger than this are refused before loading (a setting; submissions are far smaller). */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

function reasonFor(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return '文件是空的。';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip) return null;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf)
    return '这是旧版 .xls 或加密的工作簿，请在 Excel 中另存为 .xlsx（不设密码）后再检查。';
  return '不是 .xlsx 文件（可能是改了扩展名的其他文件）。';
}

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly grids: Grid[];
}

/** Reads an .xlsx file into Grids (and the workbook, for writing a copy); every failure is a WorkbookReadError. */
export async function loadWorkbookFile(
  path: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<LoadedWorkbook> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new WorkbookReadError(path, '文件不存在或无法打开。');
  }
  if (size > maxBytes)
    throw new WorkbookReadError(path, `文件大小超过上限（${String(Math.round(maxBytes / 1048576))} MB）。`);
  const bytes = await readFile(path);
  const problem = reasonFor(bytes);
  if (problem) throw new WorkbookReadError(path, problem);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError(path, `文件已损坏或格式不正确（${detail.slice(0, 120)}）。`);
  }
  return { workbook, grids: workbookGrids(workbook) };
}
