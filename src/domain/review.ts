import { analyzeForm, type FormAnalysis } from './analysis';
import type { Form } from './form';
import { SEVERITY_ORDER, type Finding, type Severity } from './findings';
import { toA1, type CellPosition } from './cells';
import { formatMessage, type Locale } from '../messages';
import { NATIONAL } from './profiles/builtin';
import type { Profile } from './profiles/types';
import { RULES } from './rules';
import type { Report, Rule } from './rules/types';

export interface FormReview {
  readonly form: Form;
  readonly analysis: FormAnalysis;
  readonly findings: readonly Finding[];
}

export interface ReviewResult {
  readonly forms: readonly FormReview[];
  /** All findings, form by form, in sheet order then severity. */
  readonly findings: readonly Finding[];
}

export interface ReviewOptions {
  readonly locale?: Locale;
  /** The rules to run; the full catalogue by default (tests pass one). */
  readonly rules?: readonly Rule[];
  /** The report's own text, when the forms came in one (a Word document): its statements are checked. */
  readonly document?: string;
  /** Cells named by row and column (第 14 行第 9 列), as in a Word table, rather than A1. */
  readonly tableCells?: boolean;
}

/** The id of the finding a throwing rule turns into. */
export const INTERNAL_ERROR = 'internal-error';

function severityOf(rule: Rule, profile: Profile): Severity | 'off' {
  return profile.severities[rule.id] ?? rule.severity;
}

interface Analysed {
  readonly form: Form;
  readonly analysis: FormAnalysis;
}

/** Where a finding goes: the findings of each form, and how its cells are named in the messages. */
interface Collector {
  readonly forms: readonly Form[];
  readonly bySheet: Map<Form, Finding[]>;
  readonly locale: Locale;
  readonly cellName: (cell: CellPosition) => string;
}

/** A cell as the messages name it: A1, or by row and column as a Word table has it (第 14 行第 9 列). */
function cellNamer(tableCells: boolean, locale: Locale): (cell: CellPosition) => string {
  if (!tableCells) return toA1;
  return (cell) => formatMessage('cell.in-table', { row: cell.row + 1, col: cell.col + 1 }, locale);
}

/** Files a rule's report under its form (or the sheet it names), its message said in the review's locale. */
function emit(collector: Collector, rule: Rule, severity: Severity, form: Form, report: Report): void {
  // `{at}` names the cell in the message, so that it says where to act.
  const data = { ...(report.cell ? { at: collector.cellName(report.cell) } : {}), ...(report.data ?? {}) };
  const finding: Finding = {
    rule: rule.id,
    severity: report.severity && severity === rule.severity ? report.severity : severity,
    sheet: report.sheet ?? form.sheet,
    cell: report.cell,
    messageId: report.messageId,
    data,
    message: formatMessage(report.messageId, data, collector.locale),
    ...(report.expected === undefined ? {} : { expected: report.expected }),
    ...(report.actual === undefined ? {} : { actual: report.actual }),
  };
  const target = report.sheet ? (collector.forms.find((f) => f.sheet === report.sheet) ?? form) : form;
  collector.bySheet.get(target)?.push(finding);
}

/** A rule that threw: one internal-error finding on the form, naming the rule and what it threw. */
function fail(collector: Collector, rule: Rule, form: Form, error: unknown): void {
  const data = { rule: rule.id, error: error instanceof Error ? error.message : String(error) };
  collector.bySheet.get(form)?.push({
    rule: INTERNAL_ERROR,
    severity: 'error',
    sheet: form.sheet,
    cell: null,
    messageId: 'internal-error.thrown',
    data,
    message: formatMessage('internal-error.thrown', data, collector.locale),
  });
}

/** Runs one rule: once over the workbook, or on every form of its kinds; a throw never stops the others. */
function runRule(
  collector: Collector,
  rule: Rule,
  severity: Severity,
  analysed: readonly Analysed[],
  context: { readonly profile: Profile; readonly document?: string },
): void {
  if (rule.scope === 'workbook') {
    const first = analysed[0]?.form;
    if (!first) return;
    try {
      rule.check({ forms: analysed, ...context, report: (r) => emit(collector, rule, severity, first, r) });
    } catch (error) {
      fail(collector, rule, first, error);
    }
    return;
  }
  for (const { form, analysis } of analysed) {
    if (rule.kinds && !rule.kinds.includes(form.kind)) continue;
    try {
      const report = (r: Report): void => emit(collector, rule, severity, form, r);
      rule.check({ form, analysis, profile: context.profile, report });
    } catch (error) {
      fail(collector, rule, form, error);
    }
  }
}

/** Runs every rule on every form: computed values and findings (domain.md §2–§7). */
export function review(
  forms: readonly Form[],
  profile: Profile = NATIONAL,
  options: ReviewOptions = {},
): ReviewResult {
  const locale = options.locale ?? 'zh-CN';
  const rules = options.rules ?? RULES;
  const analysed = forms.map((form) => ({ form, analysis: analyzeForm(form, profile) }));
  const collector: Collector = {
    forms,
    bySheet: new Map(forms.map((form) => [form, []])),
    locale,
    cellName: cellNamer(options.tableCells === true, locale),
  };
  const context = { profile, ...(options.document === undefined ? {} : { document: options.document }) };
  for (const rule of rules) {
    const severity = severityOf(rule, profile);
    if (severity !== 'off') runRule(collector, rule, severity, analysed, context);
  }
  const reviews = analysed.map(({ form, analysis }) => ({
    form,
    analysis,
    findings: sortFindings(withoutRestatements(collector.bySheet.get(form) ?? [], rules)),
  }));
  return { forms: reviews, findings: reviews.flatMap((r) => r.findings) };
}

/** One finding per cause: a rule's finding yields where a rule it defers to found the same cell wrong. */
function withoutRestatements(findings: readonly Finding[], rules: readonly Rule[]): Finding[] {
  const yields = new Map(rules.map((rule) => [rule.id, rule.yieldsTo ?? []]));
  const at = (f: Finding): string => (f.cell ? `${f.sheet}!${String(f.cell.row)},${String(f.cell.col)}` : '');
  const rulesAt = new Map<string, Set<string>>();
  for (const f of findings) if (f.cell) rulesAt.set(at(f), (rulesAt.get(at(f)) ?? new Set()).add(f.rule));
  return findings.filter(
    (f) => !f.cell || !(yields.get(f.rule) ?? []).some((other) => rulesAt.get(at(f))?.has(other)),
  );
}

/** Findings by severity, then row, then column. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.cell?.row ?? -1) - (b.cell?.row ?? -1) ||
      (a.cell?.col ?? -1) - (b.cell?.col ?? -1),
  );
}
