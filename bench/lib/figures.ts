/** What the bench measures: figures with their runs, budgets and whether each budget holds. */

export type Unit = 'ms' | 's' | '×' | 'KB' | 'MB' | 'syncs' | 'rows' | 'files';

/** A budget: the figure must be at most (`<=`) or below (`<`) the limit. */
export interface Budget {
  readonly op: '<=' | '<';
  readonly limit: number;
  /** The budget as the issue states it. */
  readonly text: string;
}

export interface Figure {
  readonly scenario: string;
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  /** Median of the runs; null when not measured. */
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly runs: number;
  readonly budget: Budget | null;
  /** Whether the budget holds; null when there is no budget or nothing was measured. */
  readonly holds: boolean | null;
  readonly note?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A figure from its runs (median, min, max) and its budget, if any. */
export function figure(
  scenario: string,
  id: string,
  label: string,
  unit: Unit,
  samples: readonly number[],
  budget: Budget | null = null,
  note?: string,
  extraCondition = true,
): Figure {
  if (samples.length === 0) return notMeasured(scenario, id, label, unit, budget, note ?? 'no runs');
  const mid = median(samples);
  const within = budget === null ? null : budget.op === '<=' ? mid <= budget.limit : mid < budget.limit;
  return {
    scenario,
    id,
    label,
    unit,
    median: mid,
    min: Math.min(...samples),
    max: Math.max(...samples),
    runs: samples.length,
    budget,
    holds: within === null ? null : within && extraCondition,
    ...(note === undefined ? {} : { note }),
  };
}

export function notMeasured(
  scenario: string,
  id: string,
  label: string,
  unit: Unit,
  budget: Budget | null,
  note: string,
): Figure {
  return {
    scenario,
    id,
    label,
    unit,
    median: null,
    min: null,
    max: null,
    runs: 0,
    budget,
    holds: null,
    note,
  };
}

export const atMost = (limit: number, text: string): Budget => ({ op: '<=', limit, text });
export const below = (limit: number, text: string): Budget => ({ op: '<', limit, text });

/** A number as the table shows it: three significant figures, no more than two decimals. */
export function show(value: number | null, unit: Unit): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (unit === 'syncs' || unit === 'rows' || unit === 'files') return String(Math.round(value));
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toFixed(digits);
}

function cells(f: Figure): string[] {
  const value = f.median === null ? 'not measured' : `${show(f.median, f.unit)} ${f.unit}`;
  const range =
    f.min === null || f.max === null || f.runs < 2 ? '' : `${show(f.min, f.unit)}–${show(f.max, f.unit)}`;
  const holds =
    f.holds === null ? (f.budget && f.median === null ? 'not measured' : '') : f.holds ? 'yes' : 'NO';
  return [f.scenario, f.label, value, range, String(f.runs || ''), f.budget?.text ?? '', holds];
}

const HEADER = ['Scenario', 'Figure', 'Median', 'Min–max', 'Runs', 'Budget', 'Holds'];

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let n = 0;
  for (const ch of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return n;
}

/** The figures as a plain-text table for the terminal. */
export function textTable(figures: readonly Figure[]): string {
  const rows = [HEADER, ...figures.map(cells)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((row) => width(row[c] ?? ''))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - width(cell)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(HEADER), rule, ...rows.slice(1).map(line)].join('\n');
}

/** The figures as a Markdown table (docs/performance.md). */
export function markdownTable(figures: readonly Figure[]): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|');
  const rows = [HEADER, HEADER.map(() => '---'), ...figures.map(cells)];
  return rows.map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n');
}
