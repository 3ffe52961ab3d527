import type { Workbook } from 'exceljs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { workbookBytes } from './external-links';
import { nodeUnpack } from './load';

/** A file that could not be written, said in one plain sentence (the command line prints it as it is). */
export class OutputError extends Error {
  constructor(path: string, cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    super(
      `无法写入“${path}”${typeof code === 'string' ? `（${code}）` : ''}：请确认文件夹存在、有写入权限，且该文件没有在 Excel 中打开。`,
    );
    this.name = 'OutputError';
  }
}

/** The temporary file a result is written to beside `path`, renamed over it only once complete. */
export function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${String(process.pid)}.tmp`);
}

/**
 * Writes a workbook through a temporary file and a rename, so no half-written file is ever left. A workbook
 * loaded from `source` keeps what ExcelJS drops (see workbookBytes).
 */
export async function saveWorkbookAtomically(
  workbook: Workbook,
  path: string,
  source: Uint8Array | null = null,
): Promise<void> {
  const bytes = await workbookBytes(workbook, source, nodeUnpack);
  const temporary = temporaryBeside(path);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new OutputError(path, error);
  }
}
