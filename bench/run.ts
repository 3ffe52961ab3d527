/**
 * `npm run bench`: every scenario of docs/performance.md on generated inputs. Prints a table (median of
 * several runs, min–max) and writes bench/results.json, each figure with its budget and whether it holds.
 *
 *   npm run bench                      everything (builds the command line first)
 *   npm run bench -- --only engine,batch   some scenarios: engine, recognition, batch, templates, office,
 *                                      pane, memory
 *   npm run bench -- --update-docs     also writes the figures into docs/performance.md (full runs only)
 *   npm run bench -- --files 100       fewer generated workbooks for batch and memory (default 300)
 *
 * A missed budget is reported, not a failure: the exit code is non-zero only when the bench itself breaks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { markdownTable, textTable, type Figure } from './lib/figures';
import { writeSubmissions } from './lib/inputs';
import { batch } from './scenarios/batch';
import { engine } from './scenarios/engine';
import { formats } from './scenarios/formats';
import { memory } from './scenarios/memory';
import { office } from './scenarios/office';
import { pane } from './scenarios/pane';
import { recognition } from './scenarios/recognition';
import { templates } from './scenarios/templates';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', 'results.json');
const DOC = join(ROOT, 'docs', 'performance.md');
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

const NAMES = ['engine', 'recognition', 'batch', 'templates', 'office', 'pane', 'memory', 'formats'] as const;
type Name = (typeof NAMES)[number];

interface Options {
  readonly only: ReadonlySet<Name>;
  readonly updateDocs: boolean;
  readonly files: number;
}

function options(argv: readonly string[]): Options {
  let only = new Set<Name>(NAMES);
  let updateDocs = false;
  let files = 300;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--update-docs') updateDocs = true;
    else if (arg === '--only') {
      const names = (argv[++i] ?? '').split(',').filter(Boolean);
      const unknown = names.filter((name) => !(NAMES as readonly string[]).includes(name));
      if (unknown.length > 0 || names.length === 0)
        throw new Error(`--only takes some of ${NAMES.join(', ')}; got "${names.join(',')}"`);
      only = new Set(names as Name[]);
    } else if (arg === '--files') {
      files = Number(argv[++i]);
      if (!Number.isInteger(files) || files < 1) throw new Error('--files takes a whole number from 1 up');
    } else throw new Error(`unknown option ${String(arg)}`);
  }
  // The page keeps one whole run: figures from part of the scenarios, or from fewer files, would not be one.
  if (updateDocs && (only.size < NAMES.length || files !== 300))
    throw new Error('--update-docs needs a full run: leave out --only and --files');
  return { only, updateDocs, files };
}

/** The commit measured, `+` when the working tree has changes; null outside a git checkout. */
function commit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head}+` : head;
  } catch {
    return null;
  }
}

function machine(): Record<string, string | number> {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `${type()} ${release()}`,
  };
}

/** Numbers kept to four significant figures, so results.json diffs stay readable. */
function rounded(figure: Figure): Figure {
  const r = (value: number | null): number | null => (value === null ? null : Number(value.toPrecision(4)));
  return { ...figure, median: r(figure.median), min: r(figure.min), max: r(figure.max) };
}

async function formatted(text: string, file: string): Promise<string> {
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...config, filepath: file });
}

async function updateDocs(
  figures: readonly Figure[],
  when: string,
  host: Record<string, string | number>,
  load: { start: number; end: number },
  measured: string | null,
): Promise<void> {
  const commitText = !measured
    ? ''
    : measured.endsWith('+')
      ? ` at commit ${measured.slice(0, -1)} with uncommitted changes`
      : ` at commit ${measured}`;
  const doc = await readFile(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${DOC} has no ${START} … ${END} block`);
  const block = [
    START,
    '',
    `Measured ${when}${commitText} on ${String(host['cpu'])}, ${String(host['cores'])} cores, ${String(host['memoryGB'])} GB, Node.js ${String(host['node'])}, ${String(host['os'])}; one-minute load average ${String(load.start)} at the start, ${String(load.end)} at the end.`,
    '',
    markdownTable(figures),
    '',
    'Notes from the same run:',
    '',
    ...figures.filter((f) => f.note).map((f) => `- ${f.label}: ${f.note ?? ''}`),
    '',
    END,
  ].join('\n');
  await writeFile(DOC, await formatted(doc.slice(0, start) + block + doc.slice(end + END.length), DOC));
}

async function main(): Promise<number> {
  const chosen = options(process.argv.slice(2));
  const host = machine();
  const loadBefore = loadavg()[0] ?? 0;
  console.log(
    `绩效自评助手 bench — ${String(host['cpu'])}, ${String(host['cores'])} cores, Node.js ${String(host['node'])}`,
  );
  if (loadBefore > 0.5)
    console.log(
      `  load average ${loadBefore.toFixed(2)}: other work is running on this machine, so the timings will be noisy.`,
    );
  if (!existsSync(join(ROOT, 'build', 'cli', 'cli', 'worker.js')))
    throw new Error('build/cli is missing: run `npm run build:cli` (npm run bench does) first');
  const figures: Figure[] = [];
  const broken: { scenario: string; error: string }[] = [];
  // The submissions are generated once, for batch and memory, into a temporary folder removed at the end.
  const generated: { dir: string; files: Promise<string[]> }[] = [];
  const submissions = async (): Promise<{ dir: string; files: string[] }> => {
    let made = generated[0];
    if (!made) {
      const dir = await mkdtemp(join(tmpdir(), 'jixiao-bench-'));
      const started = performance.now();
      made = { dir, files: writeSubmissions(dir, chosen.files) };
      generated.push(made);
      await made.files;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`  generated ${String(chosen.files)} workbooks in ${seconds} s (${dir})`);
    }
    return { dir: made.dir, files: await made.files };
  };
  const scenarios: Record<Name, () => Promise<Figure[]>> = {
    engine,
    recognition,
    templates,
    office,
    batch: async () => {
      const { files } = await submissions();
      return batch(ROOT, files);
    },
    memory: async () => {
      const { dir, files } = await submissions();
      return memory(ROOT, dir, files.length, dirname(files[0] ?? dir));
    },
    pane: () => pane(ROOT),
    formats,
  };
  const order: Name[] = [
    'engine',
    'recognition',
    'templates',
    'office',
    'formats',
    'batch',
    'memory',
    'pane',
  ];
  const began = performance.now();
  try {
    for (const name of order) {
      if (!chosen.only.has(name)) continue;
      console.log(`▶ ${name}`);
      const started = performance.now();
      try {
        figures.push(...(await scenarios[name]()));
      } catch (error) {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        broken.push({ scenario: name, error: message });
        console.error(`✘ ${name} broke:\n${message}`);
      }
      console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    for (const { dir } of generated) await rm(dir, { recursive: true, force: true });
  }

  // Table order is scenario order (they run in another order: quick in-process ones first).
  figures.sort((a, b) => parseInt(a.scenario, 10) - parseInt(b.scenario, 10));
  const loadAfter = loadavg()[0] ?? 0;
  console.log(`\n${textTable(figures)}\n`);
  const when = new Date().toISOString().slice(0, 10);
  const results = {
    date: new Date().toISOString(),
    commit: commit(),
    machine: host,
    /** One-minute load averages when the bench started and ended: above ~0.5, other work shared the machine. */
    load: { start: Number(loadBefore.toFixed(2)), end: Number(loadAfter.toFixed(2)) },
    seconds: Math.round((performance.now() - began) / 1000),
    figures: figures.map(rounded),
    broken,
  };
  await writeFile(RESULTS, await formatted(JSON.stringify(results, null, 2), RESULTS));
  if (chosen.updateDocs) await updateDocs(figures.map(rounded), when, host, results.load, results.commit);

  const budgeted = figures.filter((f) => f.budget !== null);
  const held = budgeted.filter((f) => f.holds === true).length;
  const missed = budgeted.filter((f) => f.holds === false);
  const unmeasured = figures.filter((f) => f.median === null).length;
  console.log(
    `${String(budgeted.length)} budgets: ${String(held)} hold, ${String(missed.length)} missed${missed.length ? ` (${missed.map((f) => f.id).join(', ')}; see docs/performance.md)` : ''}; ${String(unmeasured)} not measured.`,
  );
  console.log(`Results: ${RESULTS}${chosen.updateDocs ? ` and ${DOC}` : ''} (${String(results.seconds)} s).`);
  if (broken.length > 0) console.error(`The bench broke in: ${broken.map((b) => b.scenario).join(', ')}.`);
  // A missed budget is a finding to explain, not a failure of the bench.
  return broken.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
