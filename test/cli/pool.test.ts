/**
 * `--jobs N` spreads the files over worker threads that run the compiled command line (build/cli): the
 * output must be the same as checking them one after the other, in the same order. No timing here — speed
 * is measured by `npm run bench`.
 */
import ExcelJS from 'exceljs';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { checkFiles, defaultJobs, pool, workerScript } from '../../src/cli/pool';
import { buildFixtures } from '../fixtures/build-fixtures';
import { ensureCliBuild } from './cli-build';

let dir: string;
let files: string[];
beforeAll(async () => {
  // The workers run build/cli.
  await ensureCliBuild();
  dir = await mkdtemp(join(tmpdir(), 'jixiao-pool-'));
  const fixtures = await buildFixtures(join(dir, 'in'));
  // Several of each, a broken file among them, so that workers finish out of order.
  files = [];
  for (const [i, fixture] of [...fixtures, ...fixtures].entries()) {
    const copy = join(dir, 'in', `copy-${String(i).padStart(2, '0')}.xlsx`);
    await copyFile(fixture, copy);
    files.push(copy);
  }
  const broken = join(dir, 'in', '损坏.xlsx');
  await writeFile(broken, 'PK\u0003\u0004 truncated');
  files.splice(3, 0, broken);
}, 120_000);

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

async function sheetValues(path: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)).buffer);
  return workbook.worksheets.map((sheet) => [sheet.name, sheet.getSheetValues()]);
}

describe('jixiao --jobs', () => {
  it('finds the compiled worker', () => {
    expect(workerScript()).toMatch(/build[/\\]cli[/\\]cli[/\\]worker\.js$/);
  });

  it('check --jobs 2 prints the same JSON and text as --jobs 1, in the files’ order', async () => {
    const one = await run('check', ...files, '--json', '--jobs', '1');
    const two = await run('check', ...files, '--json', '--jobs', '2');
    expect(one.code).toBe(2);
    expect(two).toEqual(one);
    const report = JSON.parse(two.stdout) as { files: { file: string; error: string | null }[] };
    expect(report.files.map((f) => f.file)).toEqual(files);
    expect(report.files.filter((f) => f.error !== null)).toHaveLength(1);
    expect(report.files.filter((f) => f.error === null)).toHaveLength(files.length - 1);

    const text = await run('check', ...files, '--jobs', '3');
    expect(text).toEqual(await run('check', ...files));
  });

  it('really runs on worker threads, handing results on in order', async () => {
    const seen: string[] = [];
    const { workers } = await checkFiles(files, { jobs: 2 }, (check, index) => {
      expect(check.file).toBe(files[index]);
      expect(check.forCopy).toBeUndefined();
      seen.push(check.file);
    });
    expect(workers).toBe(2);
    expect(seen).toEqual(files);
    // One file, or one job, needs no thread.
    expect((await checkFiles(files.slice(0, 1), { jobs: 4 }, () => undefined)).workers).toBe(0);
    expect((await checkFiles(files.slice(0, 2), { jobs: 1 }, () => undefined)).workers).toBe(0);
  });

  it('review --jobs 2 writes the same summary workbook as --jobs 1', async () => {
    const out = join(dir, 'out');
    await mkdir(out, { recursive: true });
    const one = await run('review', join(dir, 'in'), '--out', join(out, 'one.xlsx'), '--jobs', '1');
    const two = await run('review', join(dir, 'in'), '--out', join(out, 'two.xlsx'), '--jobs', '2');
    expect(one.code).toBe(2);
    expect(two.code).toBe(one.code);
    expect(two.stdout.replace('two.xlsx', 'one.xlsx')).toBe(one.stdout);
    expect(await sheetValues(join(out, 'two.xlsx'))).toEqual(await sheetValues(join(out, 'one.xlsx')));
  });

  it('reports only the file a worker died on; the file queued behind it is answered by a new worker', async () => {
    const names = ['a', 'b', 'die-1', 'c', 'd', 'e', 'die-2', 'f', 'g'];
    const results: [number, string][] = [];
    await pool(
      names,
      2,
      join(__dirname, 'fixtures', 'dying-worker.cjs'),
      { task: 'check' },
      (file, reason) => `failed ${file}: ${reason}`,
      (result: string, index) => {
        results.push([index, result]);
      },
    );
    expect(results.map(([index]) => index)).toEqual(names.map((_name, i) => i));
    expect(results.map(([, result]) => result.replace(/:.*/, ''))).toEqual(
      names.map((name) => (name.startsWith('die') ? `failed ${name}` : `checked ${name}`)),
    );
  });

  it('stops the run, saying so, when the worker cannot even load (a broken build)', async () => {
    const run = pool(
      ['a', 'b', 'c'],
      2,
      join(__dirname, 'fixtures', 'broken-worker.cjs'),
      { task: 'check' },
      (file) => `failed ${file}`,
      () => undefined,
    );
    await expect(run).rejects.toThrow(/^无法启动检查线程（.*broken build.*），请先运行 npm run build:cli。$/);
  });

  it('defaults review to one thread on up to 3 cores, where workers are no faster, and never above 4', () => {
    const jobs = defaultJobs();
    if (availableParallelism() <= 3) expect(jobs).toBe(1);
    else expect(jobs).toBe(Math.min(availableParallelism() - 1, 4));
  });

  it('refuses a --jobs that is not a whole number from 1 up', async () => {
    for (const jobs of ['0', '-1', 'two', '1.5']) {
      const { code, stderr } = await run('check', files[0] ?? '', '--jobs', jobs);
      expect(code).toBe(2);
      expect(stderr).toContain('--jobs');
    }
  });
});
