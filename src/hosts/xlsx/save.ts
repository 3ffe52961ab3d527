import type { Workbook } from 'exceljs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes a workbook through a temporary file and a rename, so no half-written file is ever left. */
export async function saveWorkbookAtomically(workbook: Workbook, path: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${String(process.pid)}.tmp`);
  try {
    await writeFile(temporary, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
