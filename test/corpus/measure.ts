/**
 * Measures the checker against the corpus: each table written both ways (build.ts), read by the command
 * line's reader, checked with its profile, and held to its expectations. What could not be read is counted
 * from the checker's own info findings that say so.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinProfile, NATIONAL, type Finding } from '../../src/domain';
import { checkWorkbook } from '../../src/forms/check';
import { loadWorkbookFile } from '../../src/hosts/xlsx/load';
import { tableWorkbook, VARIANTS, type Variant } from './build';
import { readCorpus, type CorpusTable } from './format';

/** Info findings that say a column or block could not be read (recognition's own, not rules'). */
const UNREAD_RULE = 'unread';

/**
 * Rules whose findings are about the whole form or its fund block: the row a checker shows them on is its
 * own choice, so they match by rule within the table, each expected one by one reported.
 */
export const FORM_LEVEL = new Set([
  'weight-total',
  'weight-level',
  'score-total',
  'grade',
  'exec-rate',
  'exec-score',
  'budget-adjusted',
  'fund-sum',
]);

export interface FormResult {
  readonly table: CorpusTable;
  readonly variant: Variant;
  /** How many forms the checker recognised in the workbook. */
  readonly forms: number;
  readonly met: number;
  readonly expected: number;
  /** Each expectation that was not met, in words. */
  readonly missed: readonly string[];
  /** Error or warning findings neither expected nor allowed: `rule@row`. */
  readonly falseAlarms: readonly string[];
  /** What the checker said it could not read. */
  readonly unread: readonly string[];
}

const near = (a: number | null, b: number, tolerance: number): boolean =>
  a !== null && Math.abs(a - b) <= tolerance;

function rowOf(finding: Finding): number | null {
  return finding.cell ? finding.cell.row + 1 : null;
}

/**
 * On a table the public copy cuts short, the totals cannot add up: what says so is the copy's doing, not the
 * unit's, so these findings are neither expected nor alarms there.
 */
const TOTALS = new Set(['weight-total', 'weight-level', 'score-total']);

/** Checks one table written one way, against its expectations. */
export async function measureTable(table: CorpusTable, variant: Variant, dir: string): Promise<FormResult> {
  const path = join(dir, `${table.id}-${variant}.xlsx`);
  await writeFile(path, await tableWorkbook(table, variant));
  const { grids } = await loadWorkbookFile(path);
  const profile = (table.profile && builtinProfile(table.profile)) || NATIONAL;
  const check = checkWorkbook(grids, profile);
  const findings = check.forms.flatMap((form) => form.findings);
  const alarms = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const missed: string[] = [];
  let met = 0;
  let expected = 0;
  const expect = (ok: boolean, what: string): void => {
    expected++;
    if (ok) met++;
    else missed.push(what);
  };

  const formLevel = (rule: string, list: readonly { rule: string }[]): number =>
    list.filter((e) => e.rule === rule).length;
  const reported = (rule: string): number =>
    alarms.filter((f) => f.rule === rule).length +
    findings.filter((f) => f.rule === rule && f.severity === 'info').length;
  const seen = new Map<string, number>();
  for (const want of table.expect.findings) {
    if (FORM_LEVEL.has(want.rule)) {
      const n = (seen.get(want.rule) ?? 0) + 1;
      seen.set(want.rule, n);
      expect(reported(want.rule) >= n, `missing ${want.rule} (${want.why})`);
    } else
      expect(
        findings.some((f) => f.rule === want.rule && rowOf(f) === want.row),
        `missing ${want.rule}@${String(want.row)} (${want.why})`,
      );
  }
  for (const quiet of table.expect.quiet) {
    const loud = alarms.filter(
      (f) =>
        rowOf(f) === quiet.row &&
        !(table.truncated && TOTALS.has(f.rule)) &&
        !(
          FORM_LEVEL.has(f.rule) && formLevel(f.rule, [...table.expect.findings, ...table.expect.allowed]) > 0
        ) &&
        !table.expect.allowed.some((a) => a.rule === f.rule && a.row === quiet.row) &&
        !table.expect.findings.some((a) => a.rule === f.rule && a.row === quiet.row),
    );
    expect(loud.length === 0, `row ${String(quiet.row)} not quiet: ${loud.map((f) => f.rule).join(', ')}`);
  }
  const scored = check.forms.find((form) => form.form.kind !== 'basic');
  const execution = scored?.analysis.execution;
  const figures = table.expect.figures;
  if (figures.rate !== undefined)
    expect(
      near(execution?.rate ?? null, figures.rate, 0.00005),
      `rate ${String(execution?.rate)} ≠ ${String(figures.rate)}`,
    );
  if (figures.execScore !== undefined)
    expect(
      near(execution?.score ?? null, figures.execScore, 0.005),
      `execScore ${String(execution?.score)} ≠ ${String(figures.execScore)}`,
    );
  if (figures.total !== undefined)
    expect(
      near(scored?.analysis.total ?? null, figures.total, 0.005),
      `total ${String(scored?.analysis.total)} ≠ ${String(figures.total)}`,
    );
  if (figures.grade !== undefined)
    expect(
      scored?.analysis.grade === figures.grade,
      `grade ${String(scored?.analysis.grade)} ≠ ${figures.grade}`,
    );

  const expectedOrAllowed = [
    ...table.expect.findings,
    ...table.expect.allowed,
    ...(table.truncated
      ? [...TOTALS].flatMap((rule) =>
          alarms.filter((f) => f.rule === rule).map((f) => ({ rule, row: rowOf(f) ?? 0 })),
        )
      : []),
  ];
  const explained = (f: Finding): boolean =>
    expectedOrAllowed.some((e) => e.rule === f.rule && e.row === rowOf(f));
  // A form-level rule explains as many of its findings as it is expected or allowed, wherever they stand.
  const budget = new Map<string, number>();
  const falseAlarms: string[] = [];
  for (const f of alarms) {
    if (FORM_LEVEL.has(f.rule)) {
      const left = budget.get(f.rule) ?? formLevel(f.rule, expectedOrAllowed);
      budget.set(f.rule, left - 1);
      if (left > 0) continue;
    } else if (explained(f)) continue;
    falseAlarms.push(`${f.rule}@${String(rowOf(f) ?? '—')}`);
  }
  return {
    table,
    variant,
    forms: check.forms.length,
    met,
    expected,
    missed,
    falseAlarms,
    unread: findings.filter((f) => f.rule === UNREAD_RULE).map((f) => f.message),
  };
}

export interface CorpusRun {
  readonly results: readonly FormResult[];
  readonly tables: number;
  readonly provinces: number;
  readonly met: number;
  readonly expected: number;
  readonly falseAlarms: number;
}

/** Every table of the corpus, both ways. */
export async function measureCorpus(tables: readonly CorpusTable[] = readCorpus()): Promise<CorpusRun> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-corpus-'));
  try {
    const results: FormResult[] = [];
    for (const table of tables)
      for (const variant of VARIANTS) results.push(await measureTable(table, variant, dir));
    return {
      results,
      tables: tables.length,
      provinces: new Set(tables.map((t) => t.source.province)).size,
      met: results.reduce((n, r) => n + r.met, 0),
      expected: results.reduce((n, r) => n + r.expected, 0),
      falseAlarms: results.reduce((n, r) => n + r.falseAlarms.length, 0),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The report `npm run corpus` prints: per table and way, then the totals. */
export function corpusReport(run: CorpusRun): string {
  const lines: string[] = [];
  for (const r of run.results) {
    const head = `${r.table.id} [${r.variant}] ${r.table.kind}${r.table.truncated ? ' (截断)' : ''}: 识别 ${String(r.forms)} 张表，期望 ${String(r.met)}/${String(r.expected)}，误报 ${String(r.falseAlarms.length)}`;
    lines.push(head);
    for (const m of r.missed) lines.push(`    未满足：${m}`);
    if (r.falseAlarms.length > 0) lines.push(`    误报：${r.falseAlarms.join(', ')}`);
    for (const u of r.unread) lines.push(`    未能读取：${u}`);
  }
  const forms = run.results.length;
  const share = run.expected === 0 ? 1 : run.met / run.expected;
  lines.push(
    '',
    `${String(run.tables)} 张真实表格（${String(run.provinces)} 个省份），按“粘贴”和“录入”两种方式共 ${String(forms)} 份：`,
    `  期望满足 ${String(run.met)}/${String(run.expected)}（${(share * 100).toFixed(1)}%）`,
    `  误报 ${String(run.falseAlarms)} 个（每 20 份 ${((run.falseAlarms / forms) * 20).toFixed(2)} 个）`,
    `  未能读取的列或区块 ${String(run.results.reduce((n, r) => n + r.unread.length, 0))} 处`,
  );
  return lines.join('\n');
}
