import { cellText, isBlank, type CellPosition, type FormCell } from '../domain/cells';
import type { FormReview } from '../domain/review';
import type { Finding, Severity } from '../domain/findings';
import { formatNumber, formatPercent, near } from '../domain/numbers';
import { cellNumber } from '../domain/read';

/** A computed cell to fill or correct: where, what it held, what it should hold. */
export interface CellFix {
  readonly sheet: string;
  readonly cell: CellPosition;
  /** What the cell showed before (for the `old → new` list). */
  readonly before: string;
  readonly value: number | string;
  /** The number format the value needs, when the cell has none that fits. */
  readonly format?: string;
  /** Which computed value it is; `label` names it as the forms do. */
  readonly field: FixField;
  readonly label: string;
}

/** The computed cells a fix can fill. */
export type FixField = 'rate' | 'exec-score' | 'total' | 'grade';

export const FIX_LABELS: Readonly<Record<FixField, string>> = {
  rate: '执行率',
  'exec-score': '执行率得分',
  total: '总分',
  grade: '等级',
};

/** A finding marked on its cell: a fill colour and a note. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: CellPosition;
  readonly severity: Severity;
  readonly note: string;
}

export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: 'FFC7CE',
  warning: 'FFEB9C',
  info: 'DDEBF7',
};

/** Formula cells compute themselves; only typed values are corrected. */
function fixable(cell: FormCell | undefined): cell is FormCell {
  return cell !== undefined && cell.formula === undefined;
}

/** The empty or wrong computed cells of a reviewed form: 执行率, 执行率得分, 总分 and grade (DOMAIN §2, §4). */
export function computedFixes({ form, analysis, findings }: FormReview): CellFix[] {
  const fixes: CellFix[] = [];
  const total = form.funds?.total;
  const { rate, score } = analysis.execution;
  const add = (cell: FormCell, value: number | string, field: FixField, format?: string): void => {
    fixes.push({
      sheet: form.sheet,
      cell: { row: cell.row, col: cell.col },
      before: cellText(cell),
      value,
      field,
      label: FIX_LABELS[field],
      ...(format ? { format } : {}),
    });
  };
  // 执行率 agrees at the precision it shows (exec-rate's own test), so a wrong one is one exec-rate flags.
  const flagged = (rule: string, cell: FormCell): boolean =>
    findings.some((f) => f.rule === rule && f.cell?.row === cell.row && f.cell.col === cell.col);
  if (fixable(total?.rate) && rate !== null && (isBlank(total.rate) || flagged('exec-rate', total.rate)))
    add(total.rate, rate, 'rate', total.rate.format?.includes('%') ? undefined : '0.00%');
  if (fixable(total?.score) && score !== null) {
    const entered = cellNumber(total.score);
    if (entered === null || !near(entered, score, 0.005)) add(total.score, score, 'exec-score');
  }
  const totalCell = form.total?.score;
  if (fixable(totalCell) && analysis.total !== null) {
    const entered = cellNumber(totalCell);
    if (entered === null || !near(entered, analysis.total, 0.005)) add(totalCell, analysis.total, 'total');
  }
  const gradeCell = form.total?.grade;
  if (fixable(gradeCell) && analysis.grade !== null && cellText(gradeCell).trim() !== analysis.grade)
    add(gradeCell, analysis.grade, 'grade');
  return fixes;
}

/** One mark per cell that has findings: the worst severity colours it, the note lists every message. */
export function findingMarks(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!finding.cell) continue;
    const key = `${finding.sheet}!${String(finding.cell.row)},${String(finding.cell.col)}`;
    byCell.set(key, [...(byCell.get(key) ?? []), finding]);
  }
  const order: Severity[] = ['error', 'warning', 'info'];
  return [...byCell.values()].map((group) => {
    const first = group[0] as Finding;
    const severity = order.find((s) => group.some((f) => f.severity === s)) ?? 'info';
    return {
      sheet: first.sheet,
      cell: first.cell as CellPosition,
      severity,
      note: group.map((f) => `【${f.rule}】${f.message}`).join('\n'),
    };
  });
}

/** How a fix reads in the change list: `附件2!G4 执行率：10% → 100.00%`. */
/** The value a fix writes, as the forms show it (执行率 as a percentage). */
export function shownFixValue(fix: CellFix): string {
  if (typeof fix.value === 'string') return fix.value;
  return fix.field === 'rate' ? formatPercent(fix.value) : formatNumber(fix.value);
}

export function describeFix(fix: CellFix, address: string): string {
  const before = fix.before === '' ? '（空）' : fix.before;
  return `${fix.sheet}!${address} ${fix.label}：${before} → ${shownFixValue(fix)}`;
}
