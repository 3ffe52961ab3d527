/**
 * Every hostile file through the real command line, as a child process with a 512 MB heap: each is either
 * reviewed (exit 0/1, JSON) or refused (exit 2, one Chinese sentence naming the file and the reason) before
 * a 10 s kill that only catches a hang, within 500 MB, with no stack trace and nothing half-written on stdout.
 */
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ensureCliBuild } from '../cli/cli-build';
import { HOSTILE, INJECTED_NAME, makeHostileCorpus } from './corpus';

const ROOT = join(__dirname, '..', '..');
const MEASURE = join(__dirname, 'measure.cjs');
const TIME_LIMIT_MS = 10_000;
const MEMORY_LIMIT_KB = 500 * 1024;

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssKb: number | null;
}

/** Runs `jixiao ARGS` in a child Node with a 512 MB heap, killing it after `limitMs`. */
function jixiao(args: readonly string[], limitMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=512', MEASURE, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let report = '';
    let timedOut = false;
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdio[3]?.on('data', (chunk: Buffer) => (report += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const maxRssKb = report ? (JSON.parse(report) as { maxRssKb: number }).maxRssKb : null;
      resolve({ code, signal, timedOut, stdout, stderr, maxRssKb });
    });
  });
}

interface JsonReport {
  files: { file: string; error: string | null; forms: unknown[] }[];
}

let dir: string;
beforeAll(async () => {
  await ensureCliBuild();
  expect(existsSync(join(ROOT, 'build', 'cli', 'hosts', 'xlsx', 'guard.js'))).toBe(true);
  dir = await mkdtemp(join(tmpdir(), 'jixiao-hostile-'));
  await makeHostileCorpus(dir);
}, 180_000);

describe('jixiao check on the hostile corpus', () => {
  it.each(HOSTILE.map((entry) => [entry.file, entry] as const))(
    '%s',
    async (file, entry) => {
      const run = await jixiao(['check', join(dir, file), '--json'], TIME_LIMIT_MS);
      expect({ timedOut: run.timedOut, signal: run.signal }).toEqual({ timedOut: false, signal: null });
      expect(run.maxRssKb).not.toBeNull();
      expect(run.maxRssKb ?? Infinity).toBeLessThan(MEMORY_LIMIT_KB);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      // stdout is one whole JSON document: nothing partial was printed before a failure.
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(report.files).toHaveLength(1);
      const error = report.files[0]?.error ?? null;
      if ('refused' in entry.outcome) {
        expect(run.code).toBe(2);
        expect(error).not.toBeNull();
        // One sentence: the file, then the reason, ending at the only full stop.
        expect(error).toMatch(
          new RegExp(`^无法读取“[^”]*${basename(file).replace(/\./g, '\\.')}”：[^。\\n]+。$`),
        );
        expect(error?.slice(error.indexOf('：') + 1)).toMatch(entry.outcome.refused);
      } else if ('withoutForm' in entry.outcome) {
        expect(error).toBeNull();
        expect(run.code).toBe(2);
        expect(report.files[0]?.forms).toEqual([]);
      } else {
        expect(error).toBeNull();
        expect([0, 1]).toContain(run.code);
        expect(report.files[0]?.forms.length).toBeGreaterThan(0);
      }
    },
    30_000,
  );
});

describe('jixiao review over the whole corpus', () => {
  it('reviews the good files, lists every refused one, and writes submitted text as plain strings', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'jixiao-hostile-review-')), '汇总.xlsx');
    const run = await jixiao(['review', dir, '--out', out], 120_000);
    expect({ timedOut: run.timedOut, signal: run.signal, code: run.code }).toEqual({
      timedOut: false,
      signal: null,
      code: 2,
    });
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.maxRssKb ?? Infinity).toBeLessThan(MEMORY_LIMIT_KB);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)).buffer);
    // Every file has its line in 文件清单; the refused ones say 无法读取 (the .xls among them).
    const list = workbook.getWorksheet('文件清单');
    const refused = new Set<string>();
    const listed = new Set<string>();
    list?.eachRow((row, n) => {
      if (n === 1) return;
      listed.add(row.getCell(1).text);
      if (row.getCell(2).text === '无法读取') refused.add(row.getCell(1).text);
    });
    expect([...refused].sort()).toEqual(
      HOSTILE.filter((e) => 'refused' in e.outcome)
        .map((e) => e.file)
        .sort(),
    );
    expect([...listed].sort()).toEqual(HOSTILE.map((e) => e.file).sort());

    // A unit name that looks like a formula comes back as a string cell, never as a formula.
    const summary = workbook.getWorksheet('汇总');
    const injected: unknown[] = [];
    summary?.eachRow((row) => {
      if (row.getCell(1).value === 'formula-injection.xlsx' && row.getCell(3).value === '附件2')
        injected.push(row.getCell(5).value); // 单位
    });
    expect(injected).toEqual([INJECTED_NAME]);
  }, 180_000);
});
