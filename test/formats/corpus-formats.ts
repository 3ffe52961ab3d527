/**
 * The real-form corpus in every format a reviewer receives, built once into build/formats: each table as an
 * .xlsx (pasted from Word), as .xls and .ods (saved from it by LibreOffice), and as a table in a .docx.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SOFFICE } from '../copy/corpus';
import { tableWorkbook } from '../corpus/build';
import { readCorpus, type CorpusTable } from '../corpus/format';
import { sharedBuild } from '../support/shared-build';
import { docx } from './docx-writer';

const ROOT = join(__dirname, '..', '..');
export const FORMATS = ['xlsx', 'xls', 'ods', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

async function fingerprint(tables: readonly CorpusTable[]): Promise<string> {
  const hash = createHash('sha256');
  for (const table of tables) hash.update(JSON.stringify(table.rows));
  for (const file of ['corpus-formats.ts', 'docx-writer.ts'])
    hash.update(await readFile(join(__dirname, file)));
  hash.update(await readFile(join(ROOT, 'test', 'corpus', 'build.ts')));
  return hash.digest('hex');
}

/** The folder holding `<id>.<format>` for every table and format. */
export async function corpusInFormats(tables: readonly CorpusTable[] = readCorpus()): Promise<string> {
  return sharedBuild(join(ROOT, 'build', 'formats'), await fingerprint(tables), async (dir) => {
    for (const table of tables) {
      await writeFile(join(dir, `${table.id}.xlsx`), await tableWorkbook(table, 'pasted'));
      await writeFile(join(dir, `${table.id}.docx`), docx([table.source.title, table.rows]));
    }
    const workbooks = (await readdir(dir))
      .filter((name) => name.endsWith('.xlsx'))
      .map((name) => join(dir, name));
    for (const format of ['xls', 'ods'])
      await promisify(execFile)(
        SOFFICE ?? 'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          format,
          '--outdir',
          dir,
          ...workbooks,
        ],
        { timeout: 280_000, maxBuffer: 16 * 1024 * 1024 },
      );
  });
}
