/** The files below a folder that `check` and `review` are given: the spreadsheets to check, and the others. */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { temporaryBeside } from '../hosts/xlsx/save';
import { said, type Said } from '../messages';

/** Files a submission may come as (spreadsheets and Word reports): each is checked, or said unreadable with why. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|et|ett|ods|xlsb|csv|docx|doc)$/i;

/** Every file below a folder, in a stable order: the spreadsheets to check, and the others with why not. */
export interface FolderContents {
  readonly workbooks: readonly string[];
  readonly skipped: readonly { readonly path: string; readonly reason: Said }[];
}

/** Why a file below the folder is not checked; null when it is a spreadsheet to check. */
function skipReason(name: string): Said | null {
  if (name.startsWith('~$')) return said('cli.skip.lock-file');
  if (!SPREADSHEET.test(name)) return said('cli.skip.not-spreadsheet');
  return null;
}

/** The files below `dir` (sub-folders too), leaving out `skip` (the summary being written) and its temporary. */
export async function findWorkbooks(dir: string, skip: string): Promise<FolderContents> {
  const workbooks: string[] = [];
  const skipped: { path: string; reason: Said }[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (resolve(path) === skip || resolve(path) === temporaryBeside(skip)) continue;
      else if (!entry.isFile()) skipped.push({ path, reason: said('cli.skip.not-regular') });
      else {
        const reason = skipReason(entry.name);
        if (reason === null) workbooks.push(path);
        else skipped.push({ path, reason });
      }
    }
  };
  await walk(dir);
  return { workbooks, skipped };
}
