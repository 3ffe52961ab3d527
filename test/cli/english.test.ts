/**
 * The command line in English: `--lang en`, or an environment whose locale starts with `en` (LC_ALL, then
 * LC_MESSAGES, then LANG). Help, reports, refusals and the summary workbook are all said in English.
 */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { environmentLocale } from '../../src/cli/locale';
import { main } from '../../src/cli/main';
import { buildFixtures } from '../fixtures/build-fixtures';
import { ensureCliBuild } from './cli-build';

/** Chinese characters, and the full-width punctuation English never has. */
const CHINESE = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
const ENGLISH = { LANG: 'en_US.UTF-8' };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-en-'));
  await buildFixtures(dir);
});

async function run(env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd: dir, env };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('the language of the command line', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG: English when it starts with en', () => {
    expect(environmentLocale({})).toBe('zh-CN');
    expect(environmentLocale({ LANG: 'en_US.UTF-8' })).toBe('en-US');
    expect(environmentLocale({ LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(environmentLocale({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en-US');
    expect(environmentLocale({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(environmentLocale({ LANG: 'en_US.UTF-8', LC_ALL: '' })).toBe('en-US');
  });

  it('is chosen with --lang on every command, before or after it, over the environment', async () => {
    const english = await run({}, '--lang', 'en', 'check', '--help');
    expect(english.stdout).toContain('Usage:');
    expect((await run({}, 'template', '--help', '--lang=en')).stdout).toContain('jixiao template');
    expect((await run(ENGLISH, 'review', '-h', '--lang', 'zh')).stdout).toContain('用法：');
    const wrong = await run({}, 'check', 'x.xlsx', '--lang', 'fr');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('选项 --lang 应为 zh 或 en，而不是“fr”。');
    expect((await run(ENGLISH, 'check', 'x.xlsx', '--lang')).stderr).toMatch(
      /^Option --lang needs a value\./,
    );
  });
});

describe('jixiao in English', () => {
  it('prints its help without a Chinese character', async () => {
    for (const argv of [['--help'], ['check', '-h'], ['template', '--help'], ['review', '--help'], []]) {
      const { stdout } = await run(ENGLISH, ...argv);
      expect(stdout).toContain('jixiao');
      expect(stdout).toContain('--lang zh|en');
      expect([argv, CHINESE.exec(stdout)?.[0]]).toEqual([argv, undefined]);
    }
    expect((await run({}, '--lang', 'en')).stdout).toMatch(/^jixiao, the command line/);
  });

  it('prints a check report in English, with the counts at the end', async () => {
    const { code, stdout } = await run({}, 'check', join(dir, 'seed-004-pasted-word.xlsx'), '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toContain('Sheet "附件2" — overall expenditure self-evaluation form');
    expect(stdout).toContain('Execution rate 100.00%  execution score 10  total 99  grade 优');
    expect(stdout).toContain('Errors (1)');
    expect(stdout).toMatch(/G4 +Execution rate is 10%.*\(Execution rate/);
    expect(stdout.trim().split('\n').at(-1)).toBe(
      'Files checked: 1, forms: 2. Errors: 1, warnings: 4, notes: 1.',
    );
  });

  it('keeps the JSON keys, its messages in English', async () => {
    const file = join(dir, 'seed-004-pasted-word.xlsx');
    const chinese = JSON.parse((await run({}, 'check', file, '--json')).stdout) as unknown;
    const english = await run(ENGLISH, 'check', file, '--json');
    expect(english.code).toBe(1);
    const report = JSON.parse(english.stdout) as {
      files: {
        forms: { sheet: string; findings: { rule: string; location: string; message: string }[] }[];
      }[];
    };
    const keys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(keys)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, keys(inner)]))
          : typeof value;
    expect(keys(report)).toEqual(keys(chinese));
    const rate = report.files[0]?.forms.flatMap((f) => f.findings).find((f) => f.rule === 'exec-rate');
    expect(rate?.location).toBe('sheet "附件2", G4');
    expect(rate?.message).toMatch(/^Execution rate is 10%/);
  });

  it('refuses a file that is not a workbook in English, exit 2', async () => {
    const bad = join(dir, 'not-a-workbook.xlsx');
    await writeFile(bad, 'a,b,c\n1,2,3\n');
    const text = await run(ENGLISH, 'check', bad);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain('not-a-workbook.xlsx');
    expect(CHINESE.exec(text.stdout)?.[0]).toBeUndefined();
    const json = await run({}, 'check', bad, '--json', '--lang', 'en');
    const error = (JSON.parse(json.stdout) as { files: { error: string }[] }).files[0]?.error ?? '';
    expect(error).toContain('not-a-workbook.xlsx');
    expect(CHINESE.exec(error)?.[0]).toBeUndefined();
  });

  it('says a usage error in English, with the English usage', async () => {
    const { code, stderr } = await run(ENGLISH, 'check', 'x.xlsx', '--bogus');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Unknown option --bogus\.\n\njixiao, the command line/);
  });

  it('writes the review’s summary workbook in English', async () => {
    const folder = join(dir, 'submissions');
    await mkdir(folder, { recursive: true });
    await copyFile(join(dir, 'seed-004-pasted-word.xlsx'), join(folder, 'a.xlsx'));
    await writeFile(join(folder, 'broken.xlsx'), 'PK\u0003\u0004 truncated');
    await writeFile(join(folder, 'notes.txt'), 'not a form');
    const out = join(dir, 'summary.xlsx');
    const { code, stdout } = await run(ENGLISH, 'review', folder, '--out', out, '--jobs', '1');
    expect(code).toBe(2);
    expect(stdout).toMatch(/^Files checked: 2, forms: 2; errors: 1; .*other files not checked: 1\./);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Statistics',
      'Findings',
      'Files',
    ]);
    const header = (name: string): unknown[] =>
      (workbook.getWorksheet(name)?.getRow(1).values as unknown[]).slice(1);
    expect(header('Summary')).toEqual(
      expect.arrayContaining(['File', 'Department', 'Unit', 'Project', 'Budget (10,000 yuan)', 'Grade']),
    );
    expect(header('Findings')).toEqual(['File', 'Sheet', 'Cell', 'Severity', 'Problem', 'Details']);
    expect(header('Files')).toEqual(['File', 'Result', 'Details']);
    const labels = workbook.getWorksheet('Statistics')?.getColumn(1).values.map(String) ?? [];
    expect(labels).toEqual(
      expect.arrayContaining(['Item', 'Average execution rate', 'Most frequent problems']),
    );
    const files = workbook.getWorksheet('Files');
    const results = [2, 3, 4].map((row) => [files?.getCell(row, 1).text, files?.getCell(row, 2).text]);
    expect(results).toEqual([
      ['a.xlsx', 'Checked'],
      ['broken.xlsx', 'Unreadable'],
      ['notes.txt', 'Not checked'],
    ]);
    // The words of the workbook are English; what the submissions wrote (units, grades) stays as written.
    const column = (name: string, header: string): string[] => {
      const sheet = workbook.getWorksheet(name);
      const at = (sheet?.getRow(1).values as unknown[]).indexOf(header);
      return (sheet?.getColumn(at).values ?? []).slice(2).map(String);
    };
    expect(new Set(column('Summary', 'Form type'))).toEqual(new Set(['Overall', 'Basic data']));
    expect(column('Findings', 'Severity')).toContain('Error');
    expect(column('Findings', 'Problem').filter((title) => CHINESE.test(title))).toEqual([]);
  });
});

describe('the installed bin', () => {
  it('speaks English when LANG says so', async () => {
    await ensureCliBuild();
    const bin = join(__dirname, '..', '..', 'bin', 'jixiao.js');
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'help'], { env });
    expect(stdout).toMatch(/^jixiao, the command line/);
    expect(CHINESE.exec(stdout)?.[0]).toBeUndefined();
  }, 120_000);
});
