/** The file guard in-process: no false refusals, limits that are settings, and markup cut by chunking. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { DEFAULT_LIMITS, inspectXlsx, REASONS, refusalOf, type LoadLimits } from '../../src/hosts/xlsx/guard';
import { WorkbookReadError } from '../../src/hosts/xlsx/load';
import { say } from '../../src/messages';
import { buildFixtures, layoutsToXlsx } from '../fixtures/build-fixtures';
import { seed004Attachment1, seed004Attachment2 } from '../fixtures/seed-layouts';
import { deflated, HOSTILE, sheetXml, skeleton, stored, unzip, withSheet, zip } from './corpus';

const seed = async (): Promise<Uint8Array> =>
  new Uint8Array(await layoutsToXlsx([seed004Attachment1(), seed004Attachment2()]));

describe('inspectXlsx lets real workbooks through', () => {
  it('passes every fixture workbook', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-guard-'));
    for (const path of await buildFixtures(dir))
      expect([path, await inspectXlsx(await readFile(path))]).toEqual([path, null]);
  });

  it('passes the templates `jixiao template` builds, with their validations and merges', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-guard-tpl-'));
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
    expect(await main(['template', '--kind', 'all', '--out', join(dir, 't.xlsx')], io)).toBe(0);
    expect(await inspectXlsx(await readFile(join(dir, 't.xlsx')))).toBeNull();
  });

  it('passes the odd but valid workbooks of the hostile corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-guard-odd-'));
    for (const entry of HOSTILE.filter((e) => 'reviewed' in e.outcome)) {
      const path = join(dir, entry.file);
      await entry.write(path);
      expect([entry.file, await inspectXlsx(await readFile(path))]).toEqual([entry.file, null]);
    }
  });
});

describe('a refusal is said in both languages', () => {
  it('says the figures and the kind of file, with or without the file’s name', () => {
    expect(say(REASONS.tooLarge(50 * 1024 * 1024))).toBe(
      '文件大于 50 MB 的上限，自评表远小于此，已拒绝读取。',
    );
    expect(say(refusalOf(REASONS.notZip('pdf'), 'a.xlsx'))).toBe(
      '“a.xlsx”不是 .xlsx 文件，内容像是 PDF 文件，请在 Excel 中另存为 .xlsx 后再检查。',
    );
    expect(say(refusalOf(REASONS.notZip('pdf'), 'a.xlsx'), 'en-US')).toBe(
      'The file “a.xlsx” is not an .xlsx file; it looks like a PDF file. Save it in Excel as .xlsx and check it again.',
    );
    expect(say(REASONS.usedRange('表1', 1_048_576, 16_384, 400_000), 'en-US')).toBe(
      'The file was not read: sheet “表1” uses 1,048,576 rows × 16,384 columns, more than the limit of 400,000 cells. Delete the far-off content and check it again.',
    );
  });

  it('says an unreadable file on the command line after its path, in either language', () => {
    const error = new WorkbookReadError('a.xlsx', REASONS.empty);
    expect(error.message).toBe('无法读取“a.xlsx”：文件是空的（0 字节）。');
    expect(error.in('en-US')).toBe('Cannot read “a.xlsx”. The file is empty (0 bytes).');
  });
});

describe('the limits are settings', () => {
  const tight = (change: Partial<LoadLimits>): LoadLimits => ({ ...DEFAULT_LIMITS, ...change });

  it.each([
    [{ maxFileBytes: 1000 }, REASONS.tooLarge(1000)],
    [{ maxEntries: 3 }, REASONS.entries(3)],
    [{ maxUnpackedBytes: 10_000 }, REASONS.unpacked(10_000)],
    [{ maxCells: 100 }, REASONS.cells(100)],
    [{ maxMerges: 3 }, REASONS.merges(3)],
  ] as const)('%o refuses seed 004', async (change, reason) => {
    expect(await inspectXlsx(await seed(), tight(change))).toEqual(reason);
  });
});

/** A workbook whose parts are all stored (not deflated), with this sheet1.xml. */
async function storedSheet(xml: string): Promise<Uint8Array> {
  const parts = await skeleton();
  parts.set('xl/worksheets/sheet1.xml', xml);
  return zip([...parts].map(([name, data]) => stored(name, data)));
}

describe('markup cut across chunks is still read', () => {
  // Stored parts are read 64 KiB at a time and inflated ones in pieces of about 16 KiB: shift a DOCTYPE
  // and a merge across both kinds of boundary.
  const paddings = [16_370, 16_380, 16_384, 16_390, 65_520, 65_530, 65_536, 65_540];

  it.each(paddings)('finds a DOCTYPE after %i bytes of comment (stored part)', async (padding) => {
    const xml = sheetXml({ prolog: `<!--${' '.repeat(padding)}--><!DOCTYPE worksheet [<!ENTITY a "b">]>` });
    expect(await inspectXlsx(await storedSheet(xml))).toEqual(REASONS.declaration);
  });

  it.each(paddings)('counts a merge after %i bytes of comment (deflated part)', async (padding) => {
    const xml = sheetXml({
      after: `<!--${'x'.repeat(padding)}--><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
    });
    expect(await inspectXlsx(await withSheet(xml))).toEqual(REASONS.cells(DEFAULT_LIMITS.maxCells));
  });

  it('does not miss a ref hidden behind a quoted `>` or inside another attribute', async () => {
    const hidden = sheetXml({
      after: `<mergeCells count="1"><mergeCell x="a>b" y=" ref='A1'" ref="A1:XFD1048576"/></mergeCells>`,
    });
    expect(await inspectXlsx(await withSheet(hidden))).toEqual(REASONS.cells(DEFAULT_LIMITS.maxCells));
  });

  it('reads a 900 KB tag and 2 MB of text, and refuses a tag over a megabyte', async () => {
    // Stored, so that a megabyte of one letter is not refused for its compression ratio first.
    const merge = (note: number) =>
      `<mergeCells count="1"><mergeCell note="${'x'.repeat(note)}" ref="A1:XFD1048576"/></mergeCells>`;
    expect(await inspectXlsx(await storedSheet(sheetXml({ after: merge(900_000) })))).toEqual(
      REASONS.cells(DEFAULT_LIMITS.maxCells),
    );
    const text = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'文'.repeat(700_000)}</t></is></c></row>`;
    expect(await inspectXlsx(await storedSheet(sheetXml({ data: text })))).toBeNull();
    expect(await inspectXlsx(await storedSheet(sheetXml({ after: merge(1_500_000) })))).toEqual(
      REASONS.markup,
    );
  });
});

describe('the parts are checked against the directory', () => {
  const parts = async () => [...(await skeleton())].map(([name, data]) => deflated(name, data));

  it('refuses a part that inflates to less than the directory says', async () => {
    const [first, ...rest] = await parts();
    if (!first) throw new Error('empty skeleton');
    expect(await inspectXlsx(zip([...rest, { ...first, claim: { size: first.size + 10 } }]))).toEqual(
      REASONS.mismatch,
    );
  });

  it('refuses a part whose data is not the deflate stream the directory says', async () => {
    const [first, ...rest] = await parts();
    if (!first) throw new Error('empty skeleton');
    expect(await inspectXlsx(zip([...rest, { ...first, data: first.data.map((b) => b ^ 0x5a) }]))).toEqual(
      REASONS.corrupt,
    );
  });

  it('refuses a part with a zip password', async () => {
    const [first, ...rest] = await parts();
    if (!first) throw new Error('empty skeleton');
    expect(await inspectXlsx(zip([...rest, { ...first, flags: 1 }]))).toEqual(REASONS.encrypted);
  });

  it('reads back what the corpus writer wrote', async () => {
    const parts = unzip(await seed());
    expect(parts.has('xl/workbook.xml')).toBe(true);
  });
});
