/**
 * 7. Memory: peak resident memory of `jixiao review` over the generated submissions, as a child process
 * (bench/rss.cjs reports process.resourceUsage().maxRSS, which counts every thread). It must stay flat:
 * one workbook per worker in memory at a time, never all of them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultJobs } from '../../src/cli/pool';
import { below, figure, type Figure } from '../lib/figures';
import { runNode } from '../lib/timing';

const SCENARIO = '7 Memory';
const ROUNDS = 3;

/** `dir` holds the submissions in sub-folders of 50 (bench/lib/inputs.ts); `part` is one of them. */
export async function memory(root: string, dir: string, count: number, part: string): Promise<Figure[]> {
  const out = await mkdtemp(join(tmpdir(), 'jixiao-bench-review-'));
  const jobs = defaultJobs();
  const peak: number[] = [];
  const time: number[] = [];
  const peakOne: number[] = [];
  const peakPart: number[] = [];
  const peakFour: number[] = [];
  try {
    const review = async (
      extra: readonly string[],
      round: number,
      folder = dir,
    ): Promise<{ mb: number; s: number }> => {
      const summary = join(out, `汇总-${String(round)}.xlsx`);
      const run = await runNode(
        [join(root, 'bench', 'rss.cjs'), 'review', folder, '--out', summary, ...extra],
        root,
      );
      if ((run.code !== 0 && run.code !== 1) || run.maxRssKb === null)
        throw new Error(`jixiao review exited with ${String(run.code)}: ${run.stderr.slice(-500)}`);
      return { mb: run.maxRssKb / 1024, s: run.ms / 1000 };
    };
    for (let round = 0; round < ROUNDS; round++) {
      const run = await review([], round);
      peak.push(run.mb);
      time.push(run.s);
    }
    peakOne.push((await review(['--jobs', '1'], ROUNDS)).mb);
    // The most workers the default ever starts (4, on a machine with 4 or more cores).
    peakFour.push((await review(['--jobs', '4'], ROUNDS + 2)).mb);
    // The same review over one sub-folder of 50: what grows from there to all the files is the summary workbook.
    peakPart.push((await review([], ROUNDS + 1, part)).mb);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  const n = String(count);
  const note = `default --jobs ${String(jobs)} on ${String(availableParallelism())} cores`;
  return [
    figure(
      SCENARIO,
      'memory.review',
      `jixiao review, ${n} files: peak RSS`,
      'MB',
      peak,
      below(400, '< 400 MB'),
      note,
    ),
    figure(SCENARIO, 'memory.review.time', `jixiao review, ${n} files: time`, 's', time, null, note),
    figure(SCENARIO, 'memory.review.jobs1', `jixiao review --jobs 1: peak RSS`, 'MB', peakOne),
    figure(
      SCENARIO,
      'memory.review.jobs4',
      `jixiao review --jobs 4: peak RSS`,
      'MB',
      peakFour,
      below(400, '< 400 MB'),
    ),
    figure(
      SCENARIO,
      'memory.review.50',
      `jixiao review, 50 files (one sub-folder): peak RSS`,
      'MB',
      peakPart,
      null,
      note,
    ),
  ];
}
