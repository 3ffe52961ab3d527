/**
 * `--jobs N`: files checked on N worker threads instead of one after the other, the threads run by piscina
 * (its queue, and a new thread for one that dies). Each worker runs checkFile from the compiled command line
 * (build/cli) and sends back plain data only — the FileCheck (what `check` prints) or a file's summary rows
 * (what `review` writes). Results come back as files finish and are handed on in the order of the files, so
 * the output is the same for any N.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Piscina } from 'piscina';
import type { Profile } from '../domain';
import { said, SaidError, formatMessage, type Locale } from '../messages';
import { UsageError } from './args';
import { checkFile, failedCheck, type FileCheck } from './check-files';
import { summarizeCheck, type FileSummary } from './file-summary';

/** What every worker is told when it starts; the language is the run's (Chinese when not given). */
export type WorkerSetup =
  | { readonly task: 'check'; readonly profile?: Profile; readonly locale?: Locale }
  | { readonly task: 'summary'; readonly profile?: Profile; readonly locale?: Locale; readonly base: string };

/** One file for a worker, and its answer: a result, or why the check failed. */
export interface WorkerTask {
  readonly file: string;
}
export type WorkerReply<R> =
  { readonly kind: 'result'; readonly result: R } | { readonly kind: 'failure'; readonly failure: string };

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
    throw new UsageError(said('cli.args.jobs', { value }));
  return Number(value);
}

/** The folders `npm run build:cli` compiles the command line from (tsconfig.cli.json). */
const CLI_SOURCES = ['cli', 'domain', 'forms', 'sheet', 'messages', join('hosts', 'xlsx')];

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
  /** The language findings and refusals are said in (Chinese when not given). */
  readonly locale?: Locale;
}

/** How a run went: the number of worker threads used (0 when the files were checked in this thread). */
export interface PoolRun {
  readonly workers: number;
}

type Each<R> = (result: R, index: number) => void | Promise<void>;

/**
 * Checks the files, handing each FileCheck (without its workbook) to `each` in the files' order. With
 * jobs > 1 and more than one file, the work is spread over worker threads.
 */
export async function checkFiles(
  files: readonly string[],
  { jobs, profile, locale = 'zh-CN' }: PoolOptions,
  each: Each<FileCheck>,
): Promise<PoolRun> {
  const setup: WorkerSetup = { task: 'check', locale, ...(profile ? { profile } : {}) };
  const inThread = (file: string): Promise<FileCheck> => checkFile(file, profile, false, locale);
  const failure = (file: string, reason: string): FileCheck => failedCheck(file, reason, locale);
  return run(files, jobs, setup, inThread, failure, each);
}

/** Checks every file below `base` into its summary rows, handed to `each` in the files' order. */
export async function summarizeFiles(
  files: readonly string[],
  base: string,
  { jobs, profile, locale = 'zh-CN' }: PoolOptions,
  each: Each<FileSummary>,
): Promise<PoolRun> {
  const setup: WorkerSetup = { task: 'summary', base, locale, ...(profile ? { profile } : {}) };
  const summary = (check: FileCheck, file: string): FileSummary =>
    summarizeCheck(check, relative(base, file));
  const inThread = async (file: string): Promise<FileSummary> =>
    summary(await checkFile(file, profile, false, locale), file);
  const failure = (file: string, reason: string): FileSummary =>
    summary(failedCheck(file, reason, locale), file);
  return run(files, jobs, setup, inThread, failure, each);
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

/** Rejects when a worker fails before it has loaded: a broken build, not a bad file, so the run stops. */
function failsToStart(threads: Piscina): Promise<never> {
  const failed = new Promise<never>((_resolve, reject) =>
    threads.on('error', (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      reject(new SaidError(said('cli.pool.cannot-start', { detail })));
    }),
  );
  failed.catch(() => undefined);
  return failed;
}

/**
 * Runs the files over `size` workers of `script`. A worker that dies takes only its own file with it: that
 * file is reported through `failure`, and a new worker goes on. Exported for the tests, which give it a worker
 * that dies on purpose.
 */
export async function pool<R>(
  files: readonly string[],
  size: number,
  script: string,
  setup: WorkerSetup,
  failure: (file: string, reason: string) => R,
  each: Each<R>,
): Promise<void> {
  const locale = setup.locale ?? 'zh-CN';
  const threads = new Piscina<WorkerTask, WorkerReply<R>>({
    filename: script,
    minThreads: size,
    maxThreads: size,
    workerData: setup,
  });
  const broken = failsToStart(threads);
  const died = (error: unknown): string => {
    const detail = error instanceof Error ? error.message : String(error);
    return formatMessage('cli.pool.worker-died', { detail }, locale);
  };
  const answer = (file: string): Promise<R> =>
    threads.run({ file }).then(
      (reply) => (reply.kind === 'result' ? reply.result : failure(file, reply.failure)),
      (error: unknown) => failure(file, died(error)),
    );
  // Every file is queued at once; each result waits only for those of the files before it.
  let delivered = Promise.resolve();
  for (const [index, file] of files.entries()) {
    const result = answer(file);
    delivered = delivered.then(async () => each(await result, index));
  }
  try {
    await Promise.race([delivered, broken]);
  } finally {
    await threads.destroy();
  }
}
