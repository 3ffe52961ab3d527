/**
 * The copy corpus: workbooks as other producers write them, for the guarantee that a checked copy differs
 * from its original only in the cells it fills and marks. ExcelJS writes the fixtures; LibreOffice saves
 * them again (styles shared among many cells, its own chart and drawing parts); openpyxl writes forms with
 * shared styles, notes, pictures, charts, hidden sheets, defined names, validations and conditional formats;
 * one of those becomes an .xlsm with a macro part. Built once into build/copy-corpus and shared.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isRefusal, readDirectory } from '../../src/hosts/xlsx/guard';
import { SaidError } from '../../src/messages';
import { storedText, writeZip, type ZipPart } from '../../src/hosts/xlsx/zip-write';
import { crc32 } from '../../src/hosts/xlsx/zip-write';
import { buildFixtures, FIXTURES } from '../fixtures/build-fixtures';
import { sharedBuild } from '../support/shared-build';

const ROOT = join(__dirname, '..', '..');
export const SOFFICE = [
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/opt/libreoffice/program/soffice',
].find((path) => existsSync(path));
/** Debian's Python, where apt-get puts python3-openpyxl (not a pyenv one a developer may have first). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export interface CorpusWorkbook {
  readonly path: string;
  readonly producer: 'ExcelJS' | 'LibreOffice' | 'openpyxl' | 'openpyxl + macro part';
}

/** Says plainly which tool is missing (in CI, apt-get installs them: libreoffice-calc, python3-openpyxl). */
export function copyCorpusMissing(): string | null {
  if (!SOFFICE) return 'LibreOffice (apt-get install libreoffice-calc)';
  if (!existsSync(SYSTEM_PYTHON)) return 'Debian python3';
  return null;
}

/** Runs LibreOffice headless with a profile of its own, so it never waits on another instance. */
export async function soffice(args: readonly string[], profile: string): Promise<void> {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) is not installed.');
  await promisify(execFile)(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', ...args], {
    timeout: 240_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** The .xlsx as an .xlsm: a macro part, its relationship and content types (Excel's own names). */
export function withMacroPart(xlsx: Uint8Array): Uint8Array {
  const entries = readDirectory(xlsx);
  if (isRefusal(entries)) throw new SaidError(entries);
  const decoder = new TextDecoder();
  const text = (name: string): string => {
    const entry = entries.find((e) => e.name === name);
    if (!entry || entry.method !== 0) throw new Error(`${name} is not stored uncompressed`);
    return decoder.decode(xlsx.subarray(entry.dataStart, entry.dataStart + entry.packed));
  };
  // A macro project is binary; these bytes only need to come back unchanged.
  const vba = new Uint8Array(4096).map((_, i) => (i * 31 + 7) % 251);
  const parts: ZipPart[] = entries.map((entry) => {
    if (entry.name === '[Content_Types].xml')
      return storedText(
        entry.name,
        text(entry.name)
          .replace(
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
            'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
          )
          .replace(
            '</Types>',
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
          ),
      );
    if (entry.name === 'xl/_rels/workbook.xml.rels')
      return storedText(
        entry.name,
        text(entry.name).replace(
          '</Relationships>',
          '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
        ),
      );
    return {
      name: entry.name,
      method: entry.method,
      crc: entry.crc,
      size: entry.size,
      data: xlsx.subarray(entry.dataStart, entry.dataStart + entry.packed),
    };
  });
  parts.push({ name: 'xl/vbaProject.bin', method: 0, crc: crc32(vba), size: vba.length, data: vba });
  return writeZip(parts);
}

/** Rewrites a zip with every part stored, so withMacroPart can edit its XML as text. */
async function stored(path: string): Promise<Uint8Array> {
  const bytes = new Uint8Array(await readFile(path));
  const entries = readDirectory(bytes);
  if (isRefusal(entries)) throw new SaidError(entries);
  const { inflateRawSync } = await import('node:zlib');
  return writeZip(
    entries.map((entry) => {
      const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.packed);
      const data = entry.method === 0 ? packed : new Uint8Array(inflateRawSync(packed));
      return { name: entry.name, method: 0, crc: entry.crc, size: entry.size, data };
    }),
  );
}

async function build(into: string): Promise<void> {
  const exceljs = join(into, 'ExcelJS');
  await buildFixtures(exceljs);

  const openpyxl = join(into, 'openpyxl');
  await mkdir(openpyxl, { recursive: true });
  const layouts = {
    project: FIXTURES['planted-project-execution.xlsx']?.() ?? [],
    overall: FIXTURES['seed-004-pasted-word.xlsx']?.().filter((sheet) => sheet.name === '附件2') ?? [],
  };
  const layoutFile = join(into, 'layouts.json');
  await writeFile(
    layoutFile,
    JSON.stringify(layouts, (_key, value: unknown) => value ?? null),
  );
  await promisify(execFile)(SYSTEM_PYTHON, [join(__dirname, 'openpyxl_corpus.py'), layoutFile, openpyxl]);

  const macro = join(into, 'macro');
  await mkdir(macro, { recursive: true });
  await writeFile(
    join(macro, 'openpyxl-everything.xlsm'),
    withMacroPart(await stored(join(openpyxl, 'openpyxl-everything.xlsx'))),
  );

  const libre = join(into, 'LibreOffice');
  const inputs = [
    ...(await readdir(exceljs)).map((name) => join(exceljs, name)),
    join(openpyxl, 'openpyxl-everything.xlsx'),
    join(openpyxl, 'openpyxl-chart.xlsx'),
  ];
  await soffice(
    ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', libre, ...inputs],
    join(into, '.lo-profile'),
  );
}

/** What the corpus is made from: a change to any of these builds it again. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of [
    'test/copy/corpus.ts',
    'test/copy/openpyxl_corpus.py',
    'test/fixtures/build-fixtures.ts',
    'test/fixtures/planted.ts',
    'test/fixtures/seed-layouts.ts',
    'test/domain/fixtures/seed-004.ts',
  ])
    hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

const PRODUCERS: Readonly<Record<string, CorpusWorkbook['producer']>> = {
  ExcelJS: 'ExcelJS',
  LibreOffice: 'LibreOffice',
  openpyxl: 'openpyxl',
  macro: 'openpyxl + macro part',
};

/** Every workbook of the copy corpus, built on first use. */
export async function copyCorpus(): Promise<CorpusWorkbook[]> {
  const dir = await sharedBuild(join(ROOT, 'build', 'copy-corpus'), fingerprint(), build);
  const found: CorpusWorkbook[] = [];
  for (const [folder, producer] of Object.entries(PRODUCERS))
    for (const name of (await readdir(join(dir, folder))).sort())
      if (/\.xls[xm]$/.test(name)) found.push({ path: join(dir, folder, name), producer });
  return found;
}
