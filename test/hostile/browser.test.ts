/**
 * Hostile files dropped on the pane in file mode (headless Chromium): the same guard refuses them in one
 * sentence before ExcelJS is loaded, within 10 s, and the page stays usable.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { browserMissing, launch, serve, testPane } from '../browser/harness';
import { HOSTILE, makeHostileCorpus } from './corpus';

const skip = browserMissing();
const IN_BROWSER = [
  'zip-bomb.xlsx',
  'lying-bomb.xlsx',
  'billion-laughs.xlsx',
  'million-rows.xlsx',
  'merge-bomb.xlsx',
  'far-corner.xlsx',
  'password-protected.xlsx',
  'truncated.xlsx',
];
let corpus = '';
let server: Server | undefined;
let url = '';
let browser: Browser | undefined;

beforeAll(async () => {
  if (skip) return;
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-hostile-pane-'));
  corpus = join(dir, 'corpus');
  const [dist] = await Promise.all([testPane(join(__dirname, '..', '..')), makeHostileCorpus(corpus)]);
  ({ url, server } = await serve(dist));
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('file mode refuses hostile files', () => {
  it.each(IN_BROWSER)(
    '%s',
    async (file) => {
      if (skip || !browser) return;
      const entry = HOSTILE.find((e) => e.file === file);
      if (!entry || !('refused' in entry.outcome)) throw new Error(`${file} is not a refused corpus file`);
      const page = await browser.newPage({ locale: 'zh-CN' });
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(`${url}taskpane.html`);
      await page.getByTestId('file-input').setInputFiles({
        name: file,
        mimeType: 'application/octet-stream',
        buffer: await readFile(join(corpus, file)),
      });
      const error = page.getByTestId('error').first();
      await error.waitFor({ timeout: 10_000 });
      const text = (await error.textContent()) ?? '';
      expect(text).toContain(`“${file}”`);
      expect(text.slice(text.indexOf('”') + 1)).toMatch(entry.outcome.refused);
      await page.close();
    },
    30_000,
  );
});
