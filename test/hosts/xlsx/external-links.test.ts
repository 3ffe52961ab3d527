/**
 * External links survive a fixed or downloaded copy: a copy is the original package patched, so the link
 * parts stay as they were, in their order, and `[1]`, `[2]`, `[3]` in formulas still point where they pointed.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { main } from '../../../src/cli/main';
import { FileWorkbookHost } from '../../../src/hosts/xlsx/browser-host';
import { inspectXlsx, isRefusal, readDirectory } from '../../../src/hosts/xlsx/guard';
import { SaidError } from '../../../src/messages';
import { crc32, storedText, writeZip } from '../../../src/hosts/xlsx/zip-write';
import { buildFixtures } from '../../fixtures/build-fixtures';
import { HOSTILE, unzip } from '../../hostile/corpus';
import { canonical, excelJsGrids, xmlGrids } from './both-readers';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => existsSync(path));

let dir: string;
let linked: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-links-'));
  const entry = HOSTILE.find((e) => e.file === 'external-links.xlsx');
  if (!entry) throw new Error('the corpus has no external-links.xlsx');
  await entry.write(join(dir, 'external-links.xlsx'));
  linked = await readFile(join(dir, 'external-links.xlsx'));
});

const text = (parts: Map<string, string | Uint8Array>, name: string): string => {
  const part = parts.get(name);
  return typeof part === 'string' ? part : new TextDecoder().decode(part);
};

/** The target of each external reference, in the workbook's order ([1], [2], …). */
function referenceTargets(bytes: Uint8Array): string[] {
  const parts = unzip(bytes);
  const rels = text(parts, 'xl/_rels/workbook.xml.rels');
  const ids = [...text(parts, 'xl/workbook.xml').matchAll(/<externalReference r:id="([^"]+)"/g)].map(
    (m) => m[1],
  );
  return ids.map((id) => {
    const link = new RegExp(`Id="${String(id)}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const linkRels = text(parts, `xl/externalLinks/_rels/${link.replace(/^.*\//, '')}.rels`);
    return /Target="([^"]+)"/.exec(linkRels)?.[1] ?? '';
  });
}

describe('writeZip', () => {
  it('computes the zip CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const whole = new TextEncoder().encode('绩效自评');
    expect(crc32(whole.subarray(4), crc32(whole.subarray(0, 4)))).toBe(crc32(whole));
  });

  it('writes a zip the guard accepts and ExcelJS reads, copying packed parts as they are', async () => {
    const [fixture] = await buildFixtures(join(dir, 'fixtures'));
    const bytes = await readFile(fixture ?? '');
    const entries = readDirectory(bytes);
    if (isRefusal(entries)) throw new SaidError(entries);
    const copy = writeZip(
      entries.map((entry) =>
        entry.name === 'docProps/app.xml'
          ? storedText(
              entry.name,
              new TextDecoder().decode(
                inflateRawSync(bytes.subarray(entry.dataStart, entry.dataStart + entry.packed)),
              ),
            )
          : { ...entry, data: bytes.subarray(entry.dataStart, entry.dataStart + entry.packed) },
      ),
    );
    expect(await inspectXlsx(copy)).toBeNull();
    expect(canonical(await excelJsGrids(copy))).toEqual(canonical(await xmlGrids(bytes)));
  });
});

describe('copies keep their external links', () => {
  it('jixiao check --fix', async () => {
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
    expect(await main(['check', join(dir, 'external-links.xlsx'), '--fix', join(dir, 'fixed')], io)).toBe(1);
    const fixed = await readFile(join(dir, 'fixed', 'external-links.xlsx'));
    expect(referenceTargets(fixed)).toEqual(referenceTargets(linked));
    if (!SOFFICE) {
      if (process.env['CI']) throw new Error('LibreOffice (soffice) is not installed: cannot open the copy.');
      console.warn('LibreOffice 未安装：未用 LibreOffice 打开带外部链接的副本。');
      return;
    }
    // LibreOffice opens the copy and keeps both the formulas and the links they use.
    await promisify(execFile)(
      SOFFICE,
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--convert-to',
        'xlsx',
        '--outdir',
        join(dir, 'lo'),
        join(dir, 'fixed', 'external-links.xlsx'),
      ],
      { timeout: 120_000 },
    );
    const reopened = unzip(await readFile(join(dir, 'lo', 'external-links.xlsx')));
    const formulas = [...reopened.keys()]
      .filter((name) => name.startsWith('xl/worksheets/sheet'))
      .flatMap((name) => [...text(reopened, name).matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]));
    expect(formulas).toEqual(expect.arrayContaining(['[1]Sheet1!$D$4', '[2]Sheet1!$E$4+[3]Sheet1!$E$4']));
    expect(
      [...reopened.keys()].filter((name) => /^xl\/externalLinks\/externalLink\d\.xml$/.test(name)),
    ).toHaveLength(3);
  }, 150_000);

  it('the copy file mode downloads', async () => {
    const host = await FileWorkbookHost.open(new Uint8Array(linked).buffer, 'external-links.xlsx');
    const [sheet] = await host.sheetNames();
    const copy = await host.copyBytes([
      { sheet: sheet ?? '', cell: { row: 0, col: 0 }, fill: 'FFC7CE', note: '请核对' },
    ]);
    expect(referenceTargets(new Uint8Array(copy))).toEqual(referenceTargets(linked));
  });
});
