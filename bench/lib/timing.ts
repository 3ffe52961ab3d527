import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * Milliseconds one call of `work` takes, averaged over `calls` calls. No forced garbage collection between
 * samples: a full collection resets V8's young generation and makes the next calls slower, not fairer.
 */
export async function perCall(work: () => unknown, calls: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await work();
  return (performance.now() - started) / calls;
}

/** How many calls of `work` make a sample of at least `minMs` (one call when a single one takes longer). */
export async function callsFor(work: () => unknown, minMs: number): Promise<number> {
  const once = await perCall(work, 1);
  return Math.max(1, Math.ceil(minMs / Math.max(once, 0.001)));
}

export interface ChildRun {
  readonly code: number | null;
  readonly ms: number;
  readonly stderr: string;
  /** Peak resident memory of the whole process (all threads), in kB, when the child reported it. */
  readonly maxRssKb: number | null;
}

/**
 * Runs `node ARGS` and times it from spawn to exit. stdout is discarded (as when piped to a file); a child
 * started through bench/rss.cjs reports its peak memory on fd 3.
 */
export function runNode(args: readonly string[], cwd: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let report = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdio[3]?.on('data', (chunk: Buffer) => (report += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const maxRssKb = report ? (JSON.parse(report) as { maxRssKb: number }).maxRssKb : null;
      resolve({ code, ms, stderr, maxRssKb });
    });
  });
}
