/**
 * What a review of many files says, whoever writes it (the command line's summary workbook, file mode's table
 * and download): one line per form with the unit, the project and the figures, worst first, and the
 * statistics a finance bureau hands on.
 */
import type { FormReview } from '../domain';
import { cellNumber } from '../domain/read';
import { cellText } from '../domain/cells';
import type { FormKind } from '../domain/form';
import type { Severity } from '../domain/findings';

/** One finding as a summary lists it. */
export interface SummaryFinding {
  readonly sheet: string;
  /** A1 address, or '' when the finding is about the whole form. */
  readonly cell: string;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

/** One form of a reviewed file: a line of the summary. */
export interface FormSummary {
  readonly sheet: string;
  readonly kind: FormKind;
  /** 主管部门, 单位 and 项目 apart ('' where the form has none). */
  readonly department: string;
  readonly unit: string;
  readonly project: string;
  /** 全年预算数 and 全年执行数 in 万元. */
  readonly budget: number | null;
  readonly spent: number | null;
  readonly rate: number | null;
  readonly score: number | null;
  readonly total: number | null;
  readonly grade: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** Findings of rule deviation-cause (偏差未说明原因). */
  readonly deviations: number;
  readonly findings: readonly SummaryFinding[];
}

const text = (cell: Parameters<typeof cellText>[0]): string => cellText(cell).replace(/\s+/g, ' ').trim();

/** A reviewed form as the summary lists it. */
export function summarizeForm(
  review: FormReview,
  address: (row: number, col: number) => string,
): FormSummary {
  const { form, analysis, findings } = review;
  const count = (severity: Severity): number => findings.filter((f) => f.severity === severity).length;
  const scored = form.kind !== 'basic';
  const named = text(form.name);
  const isProject = form.kind === 'project' || form.kind === 'transfer';
  return {
    sheet: form.sheet,
    kind: form.kind,
    department: text(form.department),
    unit: isProject ? text(form.implementer) : named,
    project: isProject ? named : '',
    budget: scored ? cellNumber(form.funds?.total.budget) : null,
    spent: scored ? cellNumber(form.funds?.total.spent) : null,
    rate: scored ? analysis.execution.rate : null,
    score: scored ? analysis.execution.score : null,
    total: scored ? analysis.total : null,
    grade: scored ? analysis.grade : null,
    errors: count('error'),
    warnings: count('warning'),
    deviations: findings.filter((f) => f.rule === 'deviation-cause').length,
    findings: findings.map((f) => ({
      sheet: f.sheet,
      cell: f.cell ? address(f.cell.row, f.cell.col) : '',
      severity: f.severity,
      rule: f.rule,
      message: f.message,
    })),
  };
}

/** Worst first: most errors, then most deviations without a cause, most warnings, lowest 总分. */
export function worstFirst(a: FormSummary, b: FormSummary): number {
  return (
    b.errors - a.errors ||
    b.deviations - a.deviations ||
    b.warnings - a.warnings ||
    (a.total ?? Infinity) - (b.total ?? Infinity)
  );
}

export interface SummaryStatistics {
  readonly forms: number;
  /** Forms by grade, in the profile's order as met, then those without a grade. */
  readonly byGrade: readonly (readonly [string, number])[];
  /** Mean 执行率 of the forms that have one; null when none has. */
  readonly averageRate: number | null;
  readonly withDeviations: number;
  readonly errors: number;
  readonly warnings: number;
  /** The most frequent problems: a rule's id and how many findings it made, most first. */
  readonly topRules: readonly (readonly [string, number])[];
}

const NO_GRADE = '—';

export function statistics(forms: readonly FormSummary[], topCount = 10): SummaryStatistics {
  // Grades in the order of their 总分 (优 before 良 whatever the profile calls them), none last.
  const grades = new Map<string, { count: number; best: number }>();
  for (const form of forms.filter((f) => f.kind !== 'basic')) {
    const grade = form.grade ?? NO_GRADE;
    const seen = grades.get(grade) ?? { count: 0, best: -Infinity };
    grades.set(grade, { count: seen.count + 1, best: Math.max(seen.best, form.total ?? -Infinity) });
  }
  const rates = forms.map((f) => f.rate).filter((r): r is number => r !== null);
  const rules = new Map<string, number>();
  for (const finding of forms.flatMap((f) => f.findings))
    if (finding.severity !== 'info') rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
  return {
    forms: forms.length,
    byGrade: [...grades]
      .sort(([a, x], [b, y]) => (a === NO_GRADE ? 1 : b === NO_GRADE ? -1 : y.best - x.best))
      .map(([grade, { count }]) => [grade, count] as const),
    averageRate: rates.length === 0 ? null : rates.reduce((s, r) => s + r, 0) / rates.length,
    withDeviations: forms.filter((f) => f.deviations > 0).length,
    errors: forms.reduce((s, f) => s + f.errors, 0),
    warnings: forms.reduce((s, f) => s + f.warnings, 0),
    topRules: [...rules].sort((a, b) => b[1] - a[1]).slice(0, topCount),
  };
}
