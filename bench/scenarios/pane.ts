/**
 * 6. Pane: the JavaScript the task pane loads inside Excel (taskpane.html's scripts: the entry and its
 * initial chunks) and the chunks file mode loads on demand (ExcelJS), gzip-compressed; and the time to first
 * render in headless Chromium. The production build in dist/ is used when it is newer than every source,
 * and rebuilt (webpack --mode production, as the pane tests build it) when it is missing or stale.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildPane, CHROMIUM, launch, pageScripts, serve, staleness } from '../../test/browser/harness';
import { atMost, figure, notMeasured, type Figure } from '../lib/figures';

const SCENARIO = '6 Pane';
const LOADS = 7;
/** Strings only ExcelJS's own code holds (the OOXML namespaces and part names it writes). */
const EXCELJS_MARKERS = ['schemas.openxmlformats.org/spreadsheetml/2006/main', 'xl/worksheets/sheet'];

/**
 * Records performance.now() when the host-mode badge first has a size. A string, not a function: tsx
 * compiles named inner functions with a `__name` helper that does not exist in the page.
 */
const MARK_FIRST_RENDER = `(() => {
  const mark = () => {
    const badge = document.querySelector('[data-testid="host-mode"]');
    if (!(badge instanceof HTMLElement) || badge.offsetWidth === 0 || badge.offsetHeight === 0) return false;
    window.firstRender = performance.now();
    return true;
  };
  const observer = new MutationObserver(() => {
    if (mark()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/**
 * Milliseconds from navigation start to the host-mode badge being visible, read in the page itself
 * (performance.now() is counted from the navigation). Each load gets a fresh context: nothing cached.
 */
async function firstRenders(browser: Browser, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let load = 0; load < LOADS + 1; load++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    try {
      const page = await context.newPage();
      // No network: Office.js from the CDN is refused at once, as on an offline machine (file mode).
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.addInitScript(MARK_FIRST_RENDER);
      await page.goto(`${url}taskpane.html`);
      await page.getByTestId('host-mode').waitFor({ state: 'visible' });
      const ms = await page.evaluate(
        () => (window as unknown as { firstRender?: number }).firstRender ?? null,
      );
      if (ms === null) throw new Error('the host-mode badge was seen by the test but not by the page');
      // The first load warms Chromium itself up and is not counted.
      if (load > 0) times.push(ms);
    } finally {
      await context.close();
    }
  }
  return times;
}

function firstRenderNotMeasured(why: string): Figure {
  return notMeasured(SCENARIO, 'pane.first-render', 'first render, file mode', 'ms', null, why);
}

export async function pane(root: string): Promise<Figure[]> {
  const dist = join(root, 'dist');
  const stale = await staleness(root, dist);
  let built = 'dist/ was up to date';
  if (stale) {
    console.log(`  ${stale}: building the pane (webpack --mode production) …`);
    await buildPane(root, dist);
    built = `built by the bench (${stale})`;
  }
  const html = await readFile(join(dist, 'taskpane.html'), 'utf8');
  const initial = pageScripts(html);
  const commands = pageScripts(await readFile(join(dist, 'commands.html'), 'utf8').catch(() => ''));
  const all = (await readdir(dist)).filter((file) => file.endsWith('.js'));
  const lazy = all.filter((file) => !initial.includes(file) && !commands.includes(file));
  const size = async (file: string): Promise<{ file: string; gzip: number; excel: boolean }> => {
    const bytes = await readFile(join(dist, file));
    const text = bytes.toString('utf8');
    return {
      file,
      gzip: gzipSync(bytes, { level: 9 }).byteLength / 1024,
      excel: EXCELJS_MARKERS.some((marker) => text.includes(marker)),
    };
  };
  const excelPath = await Promise.all(initial.map(size));
  const fileMode = await Promise.all(lazy.map(size));
  const sum = (chunks: { gzip: number }[]): number => chunks.reduce((total, chunk) => total + chunk.gzip, 0);
  const list = (chunks: { file: string; gzip: number }[]): string =>
    chunks.map((c) => `${c.file} ${c.gzip.toFixed(0)} KB`).join(', ');
  const leaked = excelPath.filter((chunk) => chunk.excel);
  const exceljsChunks = fileMode.filter((chunk) => chunk.excel);
  const isolated = leaked.length === 0 && exceljsChunks.length > 0;
  const figures: Figure[] = [
    figure(
      SCENARIO,
      'pane.js.excel',
      'Excel-path JS (entry + initial chunks), gzip',
      'KB',
      [sum(excelPath)],
      atMost(300, '≤ 300 KB; no ExcelJS'),
      `${list(excelPath)}; ${built}${leaked.length ? `; ExcelJS found in ${leaked.map((c) => c.file).join(', ')}` : ''}`,
      isolated,
    ),
    figure(
      SCENARIO,
      'pane.js.file-mode',
      'file-mode chunks (ExcelJS), gzip',
      'KB',
      [sum(fileMode)],
      null,
      `${list(fileMode)}; ExcelJS in ${exceljsChunks.map((c) => c.file).join(', ') || 'none of them'}`,
    ),
  ];
  if (!CHROMIUM) {
    console.log('  Chromium is not installed (apt-get install chromium): time to first render not measured.');
    return [...figures, firstRenderNotMeasured('Chromium not installed')];
  }
  const { url, server } = await serve(dist);
  let browser: Browser | undefined;
  try {
    // Headless Chromium with the pane tests' flags; a browser that will not start is said so, not fatal.
    browser = await launch().catch((error: unknown) => {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      console.log(`  Chromium did not start (${reason}): time to first render not measured.`);
      return undefined;
    });
    if (!browser) {
      return [...figures, firstRenderNotMeasured('Chromium did not start')];
    }
    const times = await firstRenders(browser, url);
    figures.push(
      figure(
        SCENARIO,
        'pane.first-render',
        'first render, file mode (navigation → host-mode visible)',
        'ms',
        times,
        null,
        `cold loads in headless Chromium, Office.js blocked`,
      ),
    );
  } finally {
    await browser?.close();
    server.close();
  }
  return figures;
}
