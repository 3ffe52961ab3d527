/**
 * 3. Batch: `jixiao check` over the generated submissions against the floor — ExcelJS loading the same
 * files and doing nothing else — one thread, and spread over the machine's cores with worker threads.
 * Every run is a fresh `node` process timed from spawn to exit; the variants run in turn within each round,
 * so each ratio compares runs made side by side. The floor is the issue's, ExcelJS's load; the command line
 * itself reads cells from the XML parts the guard unpacks, without ExcelJS, so check can finish under it.
 */
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { NATIONAL, review } from '../../src/domain';
import { readIdentity } from '../../src/forms/identity';
import { recognizeWorkbook } from '../../src/forms/recognize';
import { webInflate } from '../../src/hosts/xlsx/guard';
import { loadWorkbookFile } from '../../src/hosts/xlsx/load';
import { atMost, figure, type Figure } from '../lib/figures';
import { runNode, type ChildRun } from '../lib/timing';
import { zipParts, type Part } from '../lib/zip';

const SCENARIO = '3 Batch';
const ROUNDS = 5;

interface Report {
  files: { error: string | null; forms: { findings: unknown[] }[] }[];
}

/** One `jixiao check --json` whose output is read, to be sure every generated file is checked, not refused. */
function verify(root: string, files: readonly string[], jobs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'bin', 'jixiao.js'), 'check', '--json', '--jobs', String(jobs), ...files],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const report = JSON.parse(stdout) as Report;
        const refused = report.files.filter((file) => file.error !== null);
        if (code === 2 || refused.length > 0 || report.files.length !== files.length)
          throw new Error(
            `jixiao check refused ${String(refused.length)} generated files (exit ${String(code)})`,
          );
        const forms = report.files.reduce((sum, file) => sum + file.forms.length, 0);
        const findings = report.files.reduce(
          (sum, file) => sum + file.forms.reduce((n, form) => n + form.findings.length, 0),
          0,
        );
        resolve(`${String(files.length)} files, ${String(forms)} forms, ${String(findings)} findings`);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

function checked(run: ChildRun, what: string): number {
  // Exit 1 means error-level findings, which the generated files have; anything else is a broken run.
  if (run.code !== 0 && run.code !== 1)
    throw new Error(`${what} exited with ${String(run.code)}: ${run.stderr.slice(0, 500)}`);
  return run.ms / 1000;
}

const PHASES = ['floor', 'cli', 'recognize', 'review'] as const;
type Phase = (typeof PHASES)[number];
const PHASE_NAMES: Readonly<Record<Phase, string>> = {
  floor: 'read + ExcelJS load (the floor)',
  cli: "loadWorkbookFile (read, guard, cells from the XML: the CLI's read)",
  recognize: 'recognizeWorkbook',
  review: 'review()',
};
const PASSES = 4;

/**
 * Where check's time goes, file by file in this process (one thread): the floor's work, the command line's
 * whole read of a file (loadWorkbookFile: the bytes, the guard, the Grids read from the XML parts; no
 * ExcelJS), then recognition and review. Seconds for all the files.
 */
async function phases(files: readonly string[]): Promise<Record<Phase, number>> {
  const total: Record<Phase, number> = { floor: 0, cli: 0, recognize: 0, review: 0 };
  let last = performance.now();
  const lap = (phase: Phase): void => {
    const now = performance.now();
    total[phase] += (now - last) / 1000;
    last = now;
  };
  for (const file of files) {
    last = performance.now();
    const bytes = await readFile(file);
    const bare = new ExcelJS.Workbook();
    await bare.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    lap('floor');
    const { grids } = await loadWorkbookFile(file);
    lap('cli');
    const profile = readIdentity(grids)?.profile ?? NATIONAL;
    const forms = recognizeWorkbook(grids).flatMap((sheet) => sheet.forms);
    lap('recognize');
    review(forms, profile);
    lap('review');
  }
  return total;
}

/** Node's zlib as a stream, 1 MiB at a time (how src/hosts/xlsx/load.ts inflates parts over 4 MiB). */
const nodeStream = (packed: Uint8Array): AsyncIterable<Uint8Array> =>
  Readable.from([packed]).pipe(createInflateRaw({ chunkSize: 1 << 20 }));

/**
 * Three inflaters on every deflated part of the files, seconds for all of them: the Web Streams
 * DecompressionStream (the guard's in file mode), Node's zlib stream (the command line's for parts over
 * 4 MiB) and zlib.inflateRawSync (the command line's for every smaller part).
 */
async function inflaters(files: readonly string[]): Promise<{ web: number; stream: number; sync: number }> {
  const parts: Part[] = [];
  for (const file of files) parts.push(...zipParts(await readFile(file)).filter((part) => part.method === 8));
  const time = async (inflate: (data: Uint8Array) => AsyncIterable<Uint8Array>): Promise<number> => {
    const started = performance.now();
    for (const { data } of parts) for await (const chunk of inflate(data)) void chunk;
    return (performance.now() - started) / 1000;
  };
  const web = await time(webInflate);
  const stream = await time(nodeStream);
  const started = performance.now();
  for (const { data } of parts) inflateRawSync(data);
  return { web, stream, sync: (performance.now() - started) / 1000 };
}

export async function batch(root: string, files: readonly string[]): Promise<Figure[]> {
  const cores = availableParallelism();
  const note = await verify(root, files, cores);
  const bin = [join(root, 'bench', 'rss.cjs'), 'check', '--json'];
  const floor = join(root, 'bench', 'floor.cjs');
  const floorOne: number[] = [];
  const floorAll: number[] = [];
  const checkOne: number[] = [];
  const checkAll: number[] = [];
  const fixOne: number[] = [];
  const rss: number[] = [];
  const copies = await mkdtemp(join(tmpdir(), 'jixiao-bench-copies-'));
  for (let round = 0; round < ROUNDS; round++) {
    floorOne.push(checked(await runNode([floor, ...files], root), 'the floor'));
    const one = await runNode([...bin, '--jobs', '1', ...files], root);
    checkOne.push(checked(one, 'jixiao check --jobs 1'));
    // The same check writing a checked copy of every file (the original patched), side by side.
    fixOne.push(
      checked(await runNode([...bin, '--fix', copies, '--force', ...files], root), 'jixiao check --fix'),
    );
    if (one.maxRssKb !== null) rss.push(one.maxRssKb / 1024);
    checkAll.push(
      checked(await runNode([...bin, '--jobs', String(cores), ...files], root), 'jixiao check --jobs'),
    );
    floorAll.push(checked(await runNode([floor, '--jobs', String(cores), ...files], root), 'the floor'));
  }
  await phases(files.slice(0, 30));
  const passes: Record<Phase, number>[] = [];
  for (let pass = 0; pass < PASSES; pass++) passes.push(await phases(files));
  const web: number[] = [];
  const stream: number[] = [];
  const sync: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const run = await inflaters(files);
    web.push(run.web);
    stream.push(run.stream);
    sync.push(run.sync);
  }
  const ratio = (a: number[], b: number[]): number[] => a.map((x, i) => x / (b[i] ?? Number.NaN));
  const n = String(files.length);
  const c = String(cores);
  const breakdown = PHASES.map((phase) =>
    figure(
      SCENARIO,
      `batch.phase.${phase}`,
      `in one thread, ${n} files: ${PHASE_NAMES[phase]}`,
      's',
      passes.map((pass) => pass[phase]),
    ),
  );
  return [
    figure(SCENARIO, 'batch.floor', `bare ExcelJS load, ${n} files, 1 thread`, 's', floorOne, null, note),
    figure(SCENARIO, 'batch.check', `jixiao check, ${n} files, --jobs 1`, 's', checkOne),
    figure(
      SCENARIO,
      'batch.check.ratio',
      'check --jobs 1 ÷ bare load (1 thread)',
      '×',
      ratio(checkOne, floorOne),
      atMost(1.2, '≤ 1.2×'),
    ),
    figure(SCENARIO, 'batch.fix', `jixiao check --fix (a checked copy of each), ${n} files`, 's', fixOne),
    figure(
      SCENARIO,
      'batch.fix.ratio',
      'check --fix ÷ check --jobs 1 (the cost of writing the copies)',
      '×',
      ratio(fixOne, checkOne),
    ),
    figure(SCENARIO, 'batch.jobs', `jixiao check, ${n} files, --jobs ${c}`, 's', checkAll),
    figure(
      SCENARIO,
      'batch.jobs.ratio',
      `check --jobs ${c} ÷ bare load (1 thread)`,
      '×',
      ratio(checkAll, floorOne),
      atMost(0.7, '≤ 0.7×'),
    ),
    figure(SCENARIO, 'batch.floor.parallel', `bare ExcelJS load, ${c} worker threads`, 's', floorAll),
    figure(
      SCENARIO,
      'batch.floor.parallel.ratio',
      `bare load on ${c} threads ÷ bare load (1 thread)`,
      '×',
      ratio(floorAll, floorOne),
    ),
    figure(SCENARIO, 'batch.check.rss', 'peak memory, check --jobs 1', 'MB', rss),
    ...breakdown,
    figure(
      SCENARIO,
      'batch.phase.read.ratio',
      "in one thread: the CLI's read ÷ ExcelJS's load of the same files",
      '×',
      passes.map((pass) => pass.cli / pass.floor),
    ),
    figure(SCENARIO, 'batch.inflate.web', 'inflate every part: DecompressionStream', 's', web),
    figure(SCENARIO, 'batch.inflate.stream', 'inflate every part: zlib createInflateRaw stream', 's', stream),
    figure(SCENARIO, 'batch.inflate.sync', "inflate every part: zlib.inflateRawSync (the CLI's)", 's', sync),
  ];
}
