/**
 * `--jobs N`: files checked on N worker threads (node:worker_threads) instead of one after the other. Each
 * worker runs checkFile from the compiled command line (build/cli) and sends back plain data only — the
 * FileCheck (what `check` prints) or a file's summary rows (what `review` writes). Results are handed on
 * in the order of the files, whatever order the workers finish in, so the output is the same for any N.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { toA1, type Profile } from '../domain';
import { summarizeForm, type FormSummary } from '../forms/summary';
import { UsageError } from './args';
import { checkFile, type FileCheck } from './check-files';

/** What `review` keeps of one file: its name below the folder, and its forms or why it could not be read. */
export interface FileSummary {
  readonly name: string;
  readonly error: string | null;
  /** What the file was (.xlsx, .xls, a Word report …), once read. */
  readonly format?: string;
  readonly forms: readonly FormSummary[];
  /** The visible sheets that hold no form (all of them, when the file has none). */
  readonly sheetsWithoutForms: readonly string[];
}

/** The rows `review` writes for one checked file (the same in a worker and in the main thread). */
export function summarizeCheck(check: FileCheck, name: string): FileSummary {
  if (check.error) return { name, error: check.error, forms: [], sheetsWithoutForms: [] };
  const address = (row: number, col: number): string => toA1({ row, col });
  const forms = check.forms.map((review) => summarizeForm(review, address));
  return {
    name,
    error: null,
    ...(check.format ? { format: check.format } : {}),
    forms,
    sheetsWithoutForms: check.sheetsWithoutForms,
  };
}

/** What a worker is told once, when it starts. */
export type WorkerSetup =
  | { readonly task: 'check'; readonly profile?: Profile }
  | { readonly task: 'summary'; readonly profile?: Profile; readonly base: string };

/** One file for a worker, and its answer. */
export interface WorkerRequest {
  readonly index: number;
  readonly file: string;
}
/** A worker says it has loaded, then answers each request with a result or why it has none. */
export type WorkerReply<R> =
  | { readonly kind: 'ready' }
  | { readonly kind: 'result'; readonly index: number; readonly result: R }
  | { readonly kind: 'failure'; readonly index: number; readonly failure: string };

/**
 * Files sent to a worker ahead of its answers: with one, the worker idles for a message round trip after
 * each file, which for a small submission costs about as much as checking it.
 */
const IN_FLIGHT = 2;

/** The default number of workers for `review`: one on up to 3 cores, else a core less than there are, at most 4. */
export function defaultJobs(): number {
  // Workers pay only where a core is left for the main thread's reading and writing: on 2 cores one thread
  // is as fast (docs/performance.md), so the default never makes review slower than --jobs 1.
  const cores = availableParallelism();
  return cores >= 4 ? Math.min(cores - 1, 4) : 1;
}

/** `--jobs N`: a whole number from 1 up; the default when the option is not given. */
export function parseJobs(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new UsageError(`选项 --jobs 需要一个正整数（同时检查的文件数），而不是“${value}”。`);
  return Number(value);
}

/** The folders `npm run build:cli` compiles the command line from (tsconfig.cli.json). */
const CLI_SOURCES = ['cli', 'domain', 'forms', 'sheet', join('hosts', 'xlsx')];

/** The newest modification time of the command line's TypeScript sources under `src`. */
export function newestSource(src: string): number {
  let newest = 0;
  for (const folder of CLI_SOURCES)
    for (const file of readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.ts')) newest = Math.max(newest, statSync(join(src, folder, file)).mtimeMs);
  return newest;
}

/**
 * The compiled worker: next to this file in build/cli. When this module runs from the TypeScript sources
 * (tests), the one in build/cli, but only while it is newer than every source, so that a stale build never
 * answers for the code under test. Null when there is none (`npm run build:cli`): files are then checked in
 * this thread.
 */
export function workerScript(): string | null {
  const here = typeof __dirname === 'string' ? __dirname : null;
  if (here === null) return null;
  const beside = join(here, 'worker.js');
  if (existsSync(beside)) return beside;
  const built = join(here, '..', '..', 'build', 'cli', 'cli', 'worker.js');
  if (!existsSync(built)) return null;
  return newestSource(join(here, '..')) <= statSync(built).mtimeMs ? built : null;
}

export interface PoolOptions {
  /** Most files checked at once; 1 checks them one after the other in this thread. */
  readonly jobs: number;
  /** The profile the user chose; each file's own template profile otherwise. */
  readonly profile?: Profile;
}

/** How a run went: the number of worker threads used (0 when the files were checked in this thread). */
export interface PoolRun {
  readonly workers: number;
}

type Each<R> = (result: R, index: number) => void | Promise<void>;

/** A file a worker could not answer for (it crashed or ran out of memory), as checkFile words a failure. */
function failed(file: string, reason: string): FileCheck {
  return { file, error: `无法检查“${basename(file)}”：${reason}`, forms: [], sheetsWithoutForms: [] };
}

/**
 * Checks the files, handing each FileCheck (without its workbook) to `each` in the files' order. With
 * jobs > 1 and more than one file, the work is spread over worker threads.
 */
export async function checkFiles(
  files: readonly string[],
  options: PoolOptions,
  each: Each<FileCheck>,
): Promise<PoolRun> {
  const setup: WorkerSetup = { task: 'check', ...(options.profile ? { profile: options.profile } : {}) };
  return run(files, options.jobs, setup, (file) => checkFile(file, options.profile), failed, each);
}

/** Checks every file below `base` into its summary rows, handed to `each` in the files' order. */
export async function summarizeFiles(
  files: readonly string[],
  base: string,
  options: PoolOptions,
  each: Each<FileSummary>,
): Promise<PoolRun> {
  const setup: WorkerSetup = {
    task: 'summary',
    base,
    ...(options.profile ? { profile: options.profile } : {}),
  };
  return run(
    files,
    options.jobs,
    setup,
    async (file) => summarizeCheck(await checkFile(file, options.profile), relative(base, file)),
    (file, reason) => summarizeCheck(failed(file, reason), relative(base, file)),
    each,
  );
}

async function run<R>(
  files: readonly string[],
  jobs: number,
  setup: WorkerSetup,
  inThread: (file: string) => Promise<R>,
  failure: (file: string, reason: string) => R,
  each: Each<R>,
): Promise<PoolRun> {
  const script = workerScript();
  const workers = Math.min(jobs, files.length);
  if (workers <= 1 || script === null) {
    // One at a time, each file's workbook let go before the next is read.
    for (const [index, file] of files.entries()) await each(await inThread(file), index);
    return { workers: 0 };
  }
  await pool(files, workers, script, setup, failure, each);
  return { workers };
}

/**
 * Runs the files over `size` workers of `script`, IN_FLIGHT files queued at each; a dead worker is replaced.
 * Exported for the tests, which give it a worker that dies on purpose.
 */
export function pool<R>(
  files: readonly string[],
  size: number,
  script: string,
  setup: WorkerSetup,
  failure: (file: string, reason: string) => R,
  each: Each<R>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const done = new Map<number, R>();
    const live = new Set<Worker>();
    /** Requests whose worker died while they waited behind the file it died on. */
    const again: WorkerRequest[] = [];
    let next = 0;
    const nextRequest = (): WorkerRequest | null => {
      const file = files[next];
      return file === undefined ? null : { index: next++, file };
    };
    let delivered = 0;
    let delivering = false;
    let stopped = false;

    const stop = (error?: Error): void => {
      if (stopped) return;
      stopped = true;
      for (const worker of live) void worker.terminate();
      live.clear();
      if (error === undefined) resolve();
      else reject(error);
    };

    // Results go to `each` strictly in the files' order, one at a time.
    const deliver = async (): Promise<void> => {
      if (delivering) return;
      delivering = true;
      try {
        while (!stopped && done.has(delivered)) {
          const result = done.get(delivered) as R;
          done.delete(delivered);
          await each(result, delivered);
          delivered++;
        }
      } catch (error) {
        stop(error instanceof Error ? error : new Error('结果处理失败。'));
      } finally {
        delivering = false;
      }
      if (!stopped && delivered === files.length) stop();
    };

    const settle = (index: number, result: R): void => {
      done.set(index, result);
      void deliver();
    };

    const start = (): void => {
      if (stopped || next >= files.length) return;
      const worker = new Worker(script, { workerData: setup });
      live.add(worker);
      // The worker answers in order: the first request in flight is the one it is working on.
      const inFlight: WorkerRequest[] = [];
      let ready = false;
      const feed = (): void => {
        while (!stopped && inFlight.length < IN_FLIGHT) {
          const request = again.shift() ?? nextRequest();
          if (!request) break;
          inFlight.push(request);
          worker.postMessage(request);
        }
        if (!stopped && inFlight.length === 0) {
          live.delete(worker);
          void worker.terminate();
        }
      };
      worker.on('message', (reply: WorkerReply<R>) => {
        if (reply.kind === 'ready') {
          ready = true;
          return;
        }
        const request = inFlight[0];
        if (!request || reply.index !== request.index) return;
        inFlight.shift();
        settle(reply.index, reply.kind === 'result' ? reply.result : failure(request.file, reply.failure));
        feed();
      });
      // A worker that dies takes only its own file with it: that file is reported, a new worker goes on.
      // One that dies before it has loaded is a broken build, not a bad file: the run stops with its error.
      const lost = (reason: string): void => {
        if (!live.delete(worker)) return;
        if (!ready) {
          stop(new Error(`无法启动检查线程（${reason}），请先运行 npm run build:cli。`));
          return;
        }
        // The file being worked on is reported; the one queued behind it goes to the next worker.
        const [request, ...queued] = inFlight.splice(0);
        again.push(...queued);
        if (request) settle(request.index, failure(request.file, reason));
        start();
      };
      worker.on('error', (error) => lost(error.message));
      worker.on('exit', (code) => lost(`处理时意外退出（${String(code)}）。`));
      feed();
    };

    for (let i = 0; i < size; i++) start();
  });
}
