import { cellText, isBlank, type CellPosition, type FormCell } from '../domain/cells';
import type { FormReview } from '../domain/review';
import type { Finding, Severity } from '../domain/findings';
import { formatMessage, type Locale, type MessageId } from '../messages';
import { formatNumber, formatPercent, near } from '../domain/numbers';
import { cellNumber, showsPercent } from '../domain/read';
import { ruleById } from '../domain/rules';

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

/** The catalogue's name of each computed value, as the forms name it. */
const FIX_FIELD_MESSAGES = {
  rate: 'copy.field.rate',
  'exec-score': 'copy.field.exec-score',
  total: 'copy.field.total',
  grade: 'copy.field.grade',
} as const satisfies Readonly<Record<FixField, MessageId>>;

/** A computed value's name in `locale`: 执行率, 执行率得分, 总分, 等级. */
export const fixLabel = (field: FixField, locale: Locale = 'zh-CN'): string =>
  formatMessage(FIX_FIELD_MESSAGES[field], {}, locale);

/** The computed values' names in Chinese, as a fix's `label` carries them. */
export const FIX_LABELS: Readonly<Record<FixField, string>> = {
  rate: fixLabel('rate'),
  'exec-score': fixLabel('exec-score'),
  total: fixLabel('total'),
  grade: fixLabel('grade'),
};

/** How a mark looks: a finding's severity, or a computed value the copy filled in. */
export type MarkTone = Severity | 'filled';

/** A mark on a cell: a fill colour and a note. */
export interface CellMark {
  readonly sheet: string;
  readonly cell: CellPosition;
  readonly tone: MarkTone;
  readonly note: string;
}

export const MARK_FILLS: Readonly<Record<MarkTone, string>> = {
  error: 'FFC7CE',
  warning: 'FFEB9C',
  info: 'DDEBF7',
  filled: 'C6EFCE',
};

/**
 * Heads our part of a note, so a reader (and clearing the marks) can tell it from the user's own: always the
 * Chinese one, since it is how notes already written are found again.
 */
export const NOTE_HEADING = formatMessage('copy.note-heading');

/** The user's part of a note: what stands before our heading. */
export function ownPart(text: string): string {
  const at = text.indexOf(NOTE_HEADING);
  return at < 0 ? text : text.slice(0, at).replace(/\n$/, '');
}

/** A note's text once ours is set: the user's part kept, ours after the heading (replaced, never stacked). */
export function composeNote(existing: string | undefined, note: string): string {
  const own = existing === undefined ? '' : ownPart(existing);
  return own ? `${own}\n${NOTE_HEADING}\n${note}` : `${NOTE_HEADING}\n${note}`;
}

/** Formula cells compute themselves; only typed values are corrected. */
function fixable(cell: FormCell | undefined): cell is FormCell {
  return cell !== undefined && cell.formula === undefined;
}

/** The empty or wrong computed cells of a reviewed form: 执行率, 执行率得分, 总分 and grade (domain.md §2, §4). */
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
    add(total.rate, rate, 'rate', showsPercent(total.rate.format) ? undefined : '0.00%');
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
export function findingMarks(findings: readonly Finding[], locale: Locale = 'zh-CN'): CellMark[] {
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
      tone: severity,
      note: group.map((f) => `【${ruleTitle(f.rule, locale)}】${f.message}`).join('\n'),
    };
  });
}

/** A rule's name as people read it (ids stay in JSON and the docs). */
export function ruleTitle(id: string, locale: Locale): string {
  const rule = ruleById(id);
  if (!rule) return formatMessage('rule.internal-error', {}, locale);
  return locale === 'en-US' ? rule.titleEn : rule.title;
}

/** The mark of a computed cell a copy filled in: its own colour, and a note saying what it held before. */
export function filledMark(fix: CellFix, locale: Locale = 'zh-CN'): CellMark {
  const data = { value: shownFixValue(fix), before: fix.before };
  return {
    sheet: fix.sheet,
    cell: fix.cell,
    tone: 'filled',
    note: formatMessage(fix.before.trim() === '' ? 'copy.filled-empty' : 'copy.filled', data, locale),
  };
}

/** The value a fix writes, as the forms show it (执行率 as a percentage). */
export function shownFixValue(fix: CellFix): string {
  if (typeof fix.value === 'string') return fix.value;
  return fix.field === 'rate' ? formatPercent(fix.value) : formatNumber(fix.value);
}
