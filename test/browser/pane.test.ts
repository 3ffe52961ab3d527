import ExcelJS from 'exceljs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import webpack from 'webpack';
import { RULES } from '../../src/domain/rules';
import { tableWorkbook } from '../corpus/build';
import { readCorpus } from '../corpus/format';
import { buildFixtures } from '../fixtures/build-fixtures';
import { corpusInFormats } from '../formats/corpus-formats';
import { docx } from '../formats/docx-writer';
import { libreOfficeMissing } from '../templates/libreoffice';
import type { FakeExcel } from '../hosts/office/fake-office';
import { browserMissing, launch, serve, testPane } from './harness';

const ROOT = join(__dirname, '..', '..');
/** Where screenshots go: kept as test artefacts (CI can collect them). */
const ARTEFACTS = join(ROOT, 'test-artifacts');

// One production build serves both faces of the pane: file mode and the pane inside (fake) Excel.
const skip = browserMissing();
let dist = '';
let fixtures = '';
let fakeScript = '';
let server: Server | undefined;
let url = '';
let browser: Browser | undefined;

/** Bundles the fake Office.js for the page (the same fake the host tests use). */
async function bundleFake(dir: string): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: join(__dirname, 'fake-office-entry.ts'),
    output: { path: dir, filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) =>
      (error ?? stats?.hasErrors()) ? reject(error ?? new Error(stats?.toString())) : resolve(),
    ),
  );
  return join(dir, 'fake-office.js');
}

beforeAll(async () => {
  if (skip) return;
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-pane-'));
  fixtures = join(dir, 'fixtures');
  [fakeScript, dist] = await Promise.all([
    bundleFake(join(dir, 'fake')),
    testPane(ROOT),
    buildFixtures(fixtures),
  ]);
  ({ url, server } = await serve(dist));
  browser = await launch();
  await mkdir(ARTEFACTS, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** File mode in a browser set to `locale` (headless Chromium is en-US unless told otherwise). */
async function open(locale = 'zh-CN'): Promise<{ page: Page; requests: string[] }> {
  if (!browser) throw new Error('no browser');
  const page = await browser.newPage({
    viewport: { width: 360, height: 900 },
    acceptDownloads: true,
    locale,
  });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // No network here: Office.js from the CDN is refused at once, as on an offline machine.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${url}taskpane.html`);
  await page
    .getByTestId('host-mode')
    .getByText(locale.startsWith('en') ? 'file mode' : '文件模式')
    .waitFor();
  return { page, requests };
}

describe('file mode in headless Chromium', () => {
  it('opens seed 004 pasted from Word, lists its findings, and downloads a filled and marked copy', async () => {
    if (skip) return;
    const { page, requests } = await open();
    await page.getByTestId('file-input').setInputFiles(join(fixtures, 'seed-004-pasted-word.xlsx'));
    await page.getByTestId('summary').waitFor();
    await expectText(page, 'summary', /共 2 张表：错误 1 个/);
    const findings = await page
      .getByTestId('finding')
      .evaluateAll((nodes) =>
        nodes.map(
          (node) => `${node.getAttribute('data-rule') ?? ''}@${node.getAttribute('data-cell') ?? ''}`,
        ),
      );
    expect(findings).toEqual(
      expect.arrayContaining(['exec-rate@G4', 'fund-sum@D4', 'fund-sum@D15', 'typo@D19']),
    );
    expect(await page.getByTestId('total').allTextContents()).toEqual(['99']);
    expect(await page.getByTestId('grade').allTextContents()).toEqual(['优']);
    await page.screenshot({ path: join(ARTEFACTS, 'file-mode.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-copy').click(),
    ]);
    const saved = await download.path();
    expect(download.suggestedFilename()).toBe('seed-004-pasted-word-已检查.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(saved)).buffer);
    const g4 = workbook.getWorksheet('附件2')?.getCell('G4');
    expect(g4?.value).toBe(1);
    const note = g4?.note;
    expect(typeof note === 'string' ? note : (note?.texts?.map((t) => t.text).join('') ?? '')).toContain(
      '已填写计算值 100.00%（原为 10%）',
    );
    // The pane still shows the submission as received, and says what was downloaded.
    await expectText(page, 'notice', /已下载“seed-004-pasted-word-已检查\.xlsx”：填写 1 处计算值/);
    await expectText(page, 'summary', /共 2 张表：错误 1 个/);
    expect(await page.getByTestId('mark').count()).toBe(0);
    // Nothing left the browser: every request went to the page's own server.
    expect(
      requests.filter((r) => !r.startsWith(url) && !r.startsWith('blob:') && !r.includes('appsforoffice')),
    ).toEqual([]);
    await page.close();
  }, 60_000);

  it('copies the findings as text, form by form, to paste into review notes', async () => {
    if (skip) return;
    const { page } = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('file-input').setInputFiles(join(fixtures, 'seed-004-pasted-word.xlsx'));
    await page.getByTestId('summary').waitFor();
    const shown = await page.getByTestId('finding').count();
    await page.getByTestId('copy-findings').click();
    await expectText(page, 'notice', new RegExp(`已复制 ${String(shown)} 个问题到剪贴板`));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^.+（基础数据表）的问题：\n {2}警告 附件1!D15 /);
    expect(text).toMatch(/\n\n.+（整体支出绩效自评表）的问题：\n {2}错误 附件2!G4 执行率填写为 10%/);
    expect(text).not.toMatch(/[ \t]$/m);
    expect(text.split('\n').filter((line) => line.startsWith('  '))).toHaveLength(shown);
    await page.close();
  }, 60_000);

  it('says why a form not yet fully scored has no total and no grade', async () => {
    if (skip) return;
    const { page } = await open();
    const table = readCorpus().find((t) => t.id === 'sichuan-2023-qingshen-gongzi');
    if (!table) throw new Error('the corpus form sichuan-2023-qingshen-gongzi is missing');
    await page.getByTestId('file-input').setInputFiles({
      name: '青神工资性支出.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await tableWorkbook(table, 'typed')),
    });
    await expectText(page, 'unscored', /2 行指标有分值而未填得分，未计算总分和等级/);
    expect(await page.getByTestId('total').first().innerText()).toBe('—');
    expect(await page.getByTestId('grade').first().innerText()).toBe('—');
    await page.screenshot({ path: join(ARTEFACTS, 'unscored-form.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('says in one plain sentence that a broken file is not a workbook', async () => {
    if (skip) return;
    const { page } = await open();
    await page.getByTestId('file-input').setInputFiles({
      name: '坏文件.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('a,b\n1,2\n'),
    });
    await expectText(page, 'error', /“坏文件\.xlsx”不是 \.xlsx 文件/);
    await page.close();
  }, 60_000);

  it('checks a Word report and an old .xls as it checks a workbook, and saves their copies as .xlsx', async () => {
    if (skip) return;
    const formats = libreOfficeMissing() ? (['docx'] as const) : (['docx', 'xls'] as const);
    const dir = libreOfficeMissing() ? '' : await corpusInFormats();
    const table = readCorpus().find((t) => t.expect.findings.length > 0);
    if (!table) throw new Error('the corpus has no table with findings');
    for (const format of formats) {
      const { page } = await open();
      const file = format === 'docx' ? join(fixtures, `${table.id}.docx`) : join(dir, `${table.id}.xls`);
      if (format === 'docx') await writeFile(file, docx([table.source.title, table.rows]));
      await page.getByTestId('file-input').setInputFiles(file);
      await expectText(page, 'summary', /共 1 张表/);
      expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
      // A report's places are its tables, rows and columns; a workbook's its sheets and A1 addresses.
      const labels = await page.getByTestId('finding').allTextContents();
      const body = await page.locator('body').innerText();
      if (format === 'docx') {
        expect(labels.every((label) => /^(\d+行\d+列|—)/.test(label))).toBe(true);
        expect(body).toContain('报告中的表 1');
        expect(body).not.toContain('工作表');
      } else expect(labels.every((label) => /^([A-Z]+\d+|—)/.test(label))).toBe(true);
      if (format === 'docx')
        await page.screenshot({ path: join(ARTEFACTS, 'file-mode-docx.png'), fullPage: true });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-copy').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${table.id}-已检查.xlsx`);
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load((await readFile(await download.path())).buffer);
      expect(copy.worksheets.length).toBeGreaterThan(0);
      await expectText(page, 'notice', new RegExp(`原文件为 \\.${format}，副本存为 \\.xlsx`));
      await page.close();
    }
    // A report none of whose tables is a form says what it looked at.
    const { page } = await open();
    const names = join(fixtures, '名单.docx');
    await writeFile(
      names,
      docx([
        '人员名单',
        [
          ['姓名', '职务'],
          ['张三', '科长'],
        ],
      ]),
    );
    await page.getByTestId('file-input').setInputFiles(names);
    await expectText(page, 'summary', /共 0 张表/);
    expect(await page.locator('body').innerText()).toContain('查看了报告中的 1 张表格，其中没有自评表。');
    await page.close();
  }, 120_000);
});

/** Rule ids, which must never reach what a person reads. */
const RULE_IDS = RULES.map((rule) => rule.id);

async function visibleRuleIds(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return RULE_IDS.filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(text));
}

describe('the reviewer’s desk in file mode', () => {
  it.each(['zh-CN', 'en-US'])(
    '%s: one file, then a refused one, then three at once; each screen shows only the current files',
    async (locale) => {
      if (skip) return;
      const { page } = await open(locale);
      const zh = locale === 'zh-CN';
      const input = page.getByTestId('file-input');
      const shot = (step: string) =>
        page.screenshot({ path: join(ARTEFACTS, `desk-${locale}-${step}.png`), fullPage: true });

      await input.setInputFiles(join(fixtures, 'seed-004-pasted-word.xlsx'));
      await page.getByTestId('summary').waitFor();
      await expectText(page, 'current-file', /seed-004-pasted-word\.xlsx/);
      expect(await page.getByTestId('finding').count()).toBeGreaterThan(3);
      expect(await visibleRuleIds(page)).toEqual([]);
      // A finding clicked in file mode shows its row, the cell outlined.
      await page.locator('[data-testid="finding"][data-cell="G4"]').first().click();
      await page.getByTestId('row-context').waitFor();
      expect(await page.locator('[data-testid="row-context"] [data-hit="true"]').count()).toBe(1);
      await shot('1-one-file');

      await input.setInputFiles({
        name: '坏文件.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('a,b'),
      });
      // The refusal in the pane's language.
      await expectText(
        page,
        'error',
        zh ? /“坏文件\.xlsx”不是 \.xlsx 文件/ : /“坏文件\.xlsx” is not an \.xlsx file/,
      );
      expect(await page.getByTestId('summary').count()).toBe(0);
      expect(await page.getByTestId('finding').count()).toBe(0);
      expect(await page.getByTestId('current-file').count()).toBe(0);
      expect(await page.getByTestId('download-copy').isDisabled()).toBe(true);
      await shot('2-refused');

      await input.setInputFiles([
        join(fixtures, 'seed-004-pasted-word.xlsx'),
        join(fixtures, 'planted-project-execution.xlsx'),
        join(fixtures, 'planted-two-forms-one-sheet.xlsx'),
      ]);
      await page.getByTestId('desk').waitFor();
      expect(await page.getByTestId('error').count()).toBe(0);
      const files = await page
        .getByTestId('desk-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-file')));
      expect(new Set(files)).toEqual(
        new Set([
          'seed-004-pasted-word.xlsx',
          'planted-project-execution.xlsx',
          'planted-two-forms-one-sheet.xlsx',
        ]),
      );
      // Worst first: the first row has at least as many errors as any other.
      const errors = await page
        .getByTestId('desk-row')
        .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-errors') ?? '0')));
      expect(errors[0]).toBe(Math.max(...errors));
      await page
        .locator('[data-testid="desk-row"][data-file="planted-project-execution.xlsx"]')
        .first()
        .click();
      await expectText(page, 'current-file', /planted-project-execution\.xlsx/);
      expect(await visibleRuleIds(page)).toEqual([]);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-summary').click(),
      ]);
      expect(download.suggestedFilename()).toBe(zh ? '绩效自评汇总.xlsx' : 'self-evaluation-summary.xlsx');
      const summary = new ExcelJS.Workbook();
      await summary.xlsx.load((await readFile(await download.path())).buffer);
      expect(summary.worksheets.map((w) => w.name)).toEqual(['汇总', '统计', '问题清单', '文件清单']);
      await shot('3-three-files');
      await page.close();
    },
    90_000,
  );
});

describe('the pane in English', () => {
  it('speaks English in an English browser, findings included, and switches to Chinese for good', async () => {
    if (skip) return;
    const { page } = await open('en-US');
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Check', 'New template', 'Settings']);
    await page.getByTestId('file-input').setInputFiles(join(fixtures, 'seed-004-pasted-word.xlsx'));
    await expectText(
      page,
      'summary',
      /^Forms: 2; errors: 1; warnings: \d+; notes: \d+\. Profile: National \(Ministry of Finance\)$/,
    );
    const execRate = page.locator('[data-testid="finding"][data-rule="exec-rate"]');
    expect(await execRate.textContent()).toMatch(/Execution rate is .+ gives 100(\.00)?%/);
    expect(await page.getByTestId('grade').allTextContents()).toEqual(['优']);
    await page.screenshot({ path: join(ARTEFACTS, 'file-mode-en.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByTestId('language').selectOption('zh-CN');
    await page.getByRole('tab', { name: '检查' }).click();
    // The findings are worded again in the new language.
    await expectText(page, 'summary', /^共 2 张表：错误 1 个/);
    expect(await execRate.textContent()).toMatch(/执行率/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    // Remembered: the next time the pane opens it is in Chinese, whatever the browser's language.
    await page.reload();
    await page.getByTestId('host-mode').getByText('文件模式').waitFor();
    await page.close();
  }, 60_000);

  it('follows the display language of Excel', async () => {
    if (skip) return;
    const page = await openInExcel('en-US');
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['Check', 'New template', 'Settings']);
    await page.close();
  }, 60_000);
});

async function expectText(page: Page, testId: string, pattern: RegExp): Promise<void> {
  const locator = page.getByTestId(testId).first();
  await locator.waitFor();
  expect(await locator.textContent()).toMatch(pattern);
}

type FakeWindow = Window & { __fakeExcel: FakeExcel };

/** A page inside the fake Excel (display language, ExcelApi version), not yet waited on. */
async function excelPage(displayLanguage = 'zh-CN', excelApi?: number): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const page = await browser.newPage({ viewport: { width: 320, height: 1000 } });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.addInitScript(
    ([language, api]) => {
      Object.assign(window, { __displayLanguage: language, __excelApi: api });
    },
    [displayLanguage, excelApi] as const,
  );
  await page.addInitScript({ path: fakeScript });
  await page.goto(`${url}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
  return page;
}

/** The pane inside the fake Excel, whose display language is `displayLanguage`. */
async function openInExcel(displayLanguage = 'zh-CN'): Promise<Page> {
  const page = await excelPage(displayLanguage);
  await page
    .getByTestId('host-mode')
    .getByText(displayLanguage.startsWith('en') ? 'in Excel' : '在 Excel 中运行')
    .waitFor();
  return page;
}

describe('a pane Office opens where it cannot work on the workbook', () => {
  it('in an Excel below the floor, says which versions it needs and offers file mode', async () => {
    if (skip) return;
    const page = await excelPage('zh-CN', 7);
    await page.getByTestId('host-mode').getByText('文件模式').waitFor();
    await expectText(page, 'start-problem', /无法运行本加载项.*2108.*LTSC 2021.*文件模式/);
    await page.screenshot({ path: join(ARTEFACTS, 'excel-too-old.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('when Office.js cannot load inside Office, says so instead of passing silently to file mode', async () => {
    if (skip || !browser) return;
    const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(`${url}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
    await expectText(page, 'start-problem', /Office\.js 未能加载.*文件模式/);
    await page.close();
  }, 60_000);

  it('when Office.js comes from its source as usual, starts in Excel with nothing to say', async () => {
    if (skip || !browser) return;
    const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    // Served like the CDN's, by the page's own <script async> (not injected before the page).
    await page.route(/office\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', path: fakeScript }),
    );
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)(?!.*office\.js$)/, (route) => route.abort());
    await page.goto(`${url}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
    await page.getByTestId('host-mode').getByText('在 Excel 中运行').waitFor();
    expect(await page.getByTestId('start-problem').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('when Office.js hangs (an intranet that drops the CDN), shows file mode instead of a blank page', async () => {
    if (skip || !browser) return;
    const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    // The CDN never answers; everything else off this machine is refused.
    await page.route(/office\.js$/, () => undefined);
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)(?!.*office\.js$)/, (route) => route.abort());
    await page.goto(`${url}taskpane.html`, { waitUntil: 'commit' });
    await page.getByTestId('host-mode').getByText('文件模式').waitFor({ timeout: 15_000 });
    await page.getByTestId('file-input').setInputFiles(join(fixtures, 'seed-004-pasted-word.xlsx'));
    await page.getByTestId('summary').waitFor();
    await page.close();
  }, 60_000);

  it('inside Office, says so while Office.js hangs, and moves into Excel when it comes late', async () => {
    if (skip || !browser) return;
    const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: 'zh-CN' });
    let arrive: (() => void) | undefined;
    await page.route(/office\.js$/, (route) => {
      arrive = () => void route.fulfill({ contentType: 'text/javascript', path: fakeScript });
    });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)(?!.*office\.js$)/, (route) => route.abort());
    await page.addInitScript(() => Object.assign(window, { __displayLanguage: 'zh-CN' }));
    await page.goto(`${url}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`, { waitUntil: 'commit' });
    await expectText(page, 'start-problem', /Office\.js 未能加载.*文件模式/);
    expect(arrive).toBeDefined();
    arrive?.();
    await page.getByTestId('host-mode').getByText('在 Excel 中运行').waitFor();
    expect(await page.getByTestId('start-problem').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('in a webview that cannot parse the pane (Internet Explorer, Edge Legacy), shows the ES5 message', async () => {
    if (skip || !browser) return;
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    // Played by breaking what an old engine cannot parse: the probe and the bundles.
    await page.route(/\/(startup\/syntax-probe|taskpane\.[0-9a-f]{8}|\d+\.[0-9a-f]{8})\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'class { static { }' }),
    );
    await page.goto(`${url}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
    const message = page.getByTestId('webview-too-old');
    await message.waitFor();
    const text = await message.textContent();
    expect(text).toContain('无法运行绩效自评助手');
    expect(text).toContain('文件模式');
    expect(text).toContain(`${url}taskpane.html`);
    expect(text).not.toContain('_host_Info');
    await page.screenshot({ path: join(ARTEFACTS, 'webview-too-old.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('in a current webview, the start-up check stays silent', async () => {
    if (skip) return;
    const page = await openInExcel();
    expect(await page.getByTestId('webview-too-old').count()).toBe(0);
    expect(await page.getByTestId('start-problem').count()).toBe(0);
    await page.close();
  }, 60_000);
});

describe('the pane inside (fake) Excel, in headless Chromium', () => {
  it('builds a template into the workbook, checks it, and a click on a finding selects its cell', async () => {
    if (skip) return;
    const page = await openInExcel();
    await page.getByRole('tab', { name: '新建模板' }).click();
    await page.getByTestId('unit').fill('某某街道办事处');
    await page.getByTestId('projects').fill('社区建设');
    await page.getByTestId('build').click();
    await page.getByTestId('notice').or(page.getByTestId('error')).first().waitFor();
    expect(await page.getByTestId('error').allTextContents()).toEqual([]);
    await page.getByTestId('notice').getByText('已新建工作表').waitFor();
    const sheets = await page.evaluate(() =>
      (window as unknown as FakeWindow).__fakeExcel.sheets.map((s) => s.name),
    );
    expect(sheets).toEqual([
      'Sheet1',
      '填报说明',
      '基础数据表',
      '整体支出绩效自评表',
      '社区建设',
      '_绩效自评助手',
    ]);

    // A person fills in the project form: one row lost points and states no cause.
    await page.evaluate(() => {
      const excel = (window as unknown as FakeWindow).__fakeExcel;
      const type = (address: string, value: string | number): void => excel.type('社区建设', address, value);
      type('C6', 100);
      type('D6', 100);
      type('E6', 90);
      type('D13', '培训人数');
      type('E13', '≥100人');
      type('F13', '80人');
      type('G13', 10);
      type('H13', 8);
    });
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByTestId('check').click();
    const cause = page.locator('[data-testid="finding"][data-rule="deviation-cause"]').first();
    await cause.waitFor();
    expect(await cause.getAttribute('data-cell')).toBe('I13');
    await page.screenshot({ path: join(ARTEFACTS, 'excel-pane.png'), fullPage: true });
    await cause.click();
    await page.waitForFunction(() => (window as unknown as FakeWindow).__fakeExcel.selection !== null);
    const selection = await page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.selection);
    expect(selection).toEqual({ sheet: '社区建设', address: 'I13' });
    await page.close();
  }, 60_000);
});

describe('the built pages ask for nothing they need not', () => {
  it('carry a Content-Security-Policy: scripts from self and the Office.js source only, no eval', async () => {
    if (skip) return;
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = await readFile(join(dist, page), 'utf8');
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name = '', ...values]) => [name, values]),
      );
      expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(csp).not.toContain('unsafe-eval');
      const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1] ?? '');
      expect(scripts.filter((src) => /^https?:/.test(src))).toEqual([
        'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      ]);
    }
  });

  it('ask Excel for ReadWriteDocument only, and name no domain but their own', async () => {
    if (skip) return;
    const manifest = await readFile(join(dist, 'manifest.xml'), 'utf8');
    expect([...manifest.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      'ReadWriteDocument',
    ]);
    expect([...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual([
      'https://localhost:3000',
    ]);
  });

  it('never bundle Office.js, and keep ExcelJS out of the Excel path', async () => {
    if (skip) return;
    const html = await readFile(join(dist, 'taskpane.html'), 'utf8');
    const entry = [...html.matchAll(/<script[^>]*src="?([^"\s>]+\.js)/g)]
      .map((m) => m[1] ?? '')
      .filter((s) => !s.startsWith('http'));
    const code = (await Promise.all(entry.map((file) => readFile(join(dist, file), 'utf8')))).join('\n');
    expect(code).not.toMatch(
      /OfficeExtension\.ClientRequestContext\s*=|appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/,
    );
    // Strings only ExcelJS's code holds (the catalogue may name a part of a workbook in a sentence).
    for (const marker of ['schemas.openxmlformats.org/spreadsheetml/2006/main', 'xl/worksheets/sheet'])
      expect(code).not.toContain(marker);
  });
});
