/**
 * The nothing-lost guarantee in file mode: each workbook of the copy corpus (ExcelJS, LibreOffice, openpyxl,
 * an .xlsm) opened in headless Chromium and downloaded as a checked copy differs from its original only in the
 * cells it fills and marks — the same cells, the same way, as the command line's copy.
 */
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { basename, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { toA1 } from '../../src/domain';
import { checkWorkbook } from '../../src/forms/check';
import { checkedCopy } from '../../src/forms/copy';
import { loadWorkbookFile } from '../../src/hosts/xlsx/load';
import { unexplainedDifferences, workbookState } from '../copy/compare';
import { copyCorpus, copyCorpusMissing, type CorpusWorkbook } from '../copy/corpus';
import { browserMissing, launch, serve, testPane } from './harness';

const ROOT = join(__dirname, '..', '..');
const copyToolMissing = copyCorpusMissing();
if (copyToolMissing && process.env['CI'])
  throw new Error(`${copyToolMissing} is not installed: the file-mode copy tests cannot run.`);
if (copyToolMissing) console.warn(`未安装 ${copyToolMissing}：本机未运行文件模式的副本对照测试。`);
const skip = browserMissing() || copyToolMissing !== null;
let server: Server | undefined;
let url = '';
let browser: Browser | undefined;
let corpus: CorpusWorkbook[] = [];

beforeAll(async () => {
  if (skip) return;
  const [dist, found] = await Promise.all([testPane(ROOT), copyCorpus()]);
  corpus = found;
  ({ url, server } = await serve(dist));
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('file mode downloads copies that change only what they mean to', () => {
  it('over every workbook of the copy corpus', async () => {
    if (skip || !browser) return;
    const page = await browser.newPage({ acceptDownloads: true, locale: 'zh-CN' });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${url}taskpane.html`);
    const report: string[] = [];
    let copies = 0;
    for (const workbook of corpus) {
      const { grids } = await loadWorkbookFile(workbook.path);
      const planned = checkedCopy(grids, checkWorkbook(grids));
      await page.getByTestId('file-input').setInputFiles(workbook.path);
      await page
        .getByTestId('summary')
        .getByText(/共 \d+ 张表/)
        .waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-copy').click(),
      ]);
      const copy = new Uint8Array(await readFile(await download.path()));
      copies++;
      const original = workbookState(new Uint8Array(await readFile(workbook.path)));
      const allowed = new Map(
        planned.edits.map((edit) => [
          `${edit.sheet}!${toA1(edit.cell)}`,
          {
            value: edit.value !== undefined,
            ...(edit.fill ? { fill: edit.fill } : {}),
            note: edit.note !== undefined,
          },
        ]),
      );
      const problems = unexplainedDifferences(original, workbookState(copy), allowed, (part) =>
        /^(\[Content_Types\]\.xml|xl\/styles\.xml|xl\/worksheets\/.*|xl\/comments.*|xl\/drawings\/vmlDrawing.*\.vml|xl\/drawings\/commentsDrawing.*\.vml)$/.test(
          part,
        ),
      );
      for (const problem of problems)
        report.push(`${workbook.producer} ${basename(workbook.path)}: ${problem}`);
      // Every planned fill landed in the browser's copy as in the command line's.
      const cells = workbookState(copy).sheets;
      for (const edit of planned.edits.filter((e) => e.fill !== undefined))
        if (
          !cells
            .get(edit.sheet)
            ?.cells.get(toA1(edit.cell))
            ?.look.fill.includes(`FF${edit.fill ?? ''}`)
        )
          report.push(`${basename(workbook.path)}: ${edit.sheet}!${toA1(edit.cell)} not marked`);
    }
    await page.close();
    expect(report).toEqual([]);
    expect(copies).toBeGreaterThanOrEqual(12);
  }, 240_000);
});
