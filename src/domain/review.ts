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

/** Runs every rule on every form: computed values and findings (DOMAIN §2–§7). */
export function review(
  forms: readonly Form[],
  profile: Profile = NATIONAL,
  options: ReviewOptions = {},
): ReviewResult {
  const locale = options.locale ?? 'zh-CN';
  const rules = options.rules ?? RULES;
  const analysed = forms.map((form) => ({ form, analysis: analyzeForm(form, profile) }));
  const bySheet = new Map<Form, Finding[]>(forms.map((form) => [form, []]));

  const cellName = (cell: CellPosition): string =>
    !options.tableCells
      ? toA1(cell)
      : locale === 'en-US'
        ? `row ${String(cell.row + 1)}, column ${String(cell.col + 1)}`
        : `第 ${String(cell.row + 1)} 行第 ${String(cell.col + 1)} 列`;
  const emit = (rule: Rule, severity: Severity, form: Form, report: Report): void => {
    // `{at}` names the cell in the message, so that it says where to act.
    const data = { ...(report.cell ? { at: cellName(report.cell) } : {}), ...(report.data ?? {}) };
    const finding: Finding = {
      rule: rule.id,
      severity: report.severity && severity === rule.severity ? report.severity : severity,
      sheet: report.sheet ?? form.sheet,
      cell: report.cell,
      messageId: report.messageId,
      data,
      message: formatMessage(report.messageId, data, locale),
      ...(report.expected === undefined ? {} : { expected: report.expected }),
      ...(report.actual === undefined ? {} : { actual: report.actual }),
    };
    const target = report.sheet ? (forms.find((f) => f.sheet === report.sheet) ?? form) : form;
    bySheet.get(target)?.push(finding);
  };

  const fail = (rule: Rule, form: Form, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    const data = { rule: rule.id, error: message };
    bySheet.get(form)?.push({
      rule: INTERNAL_ERROR,
      severity: 'error',
      sheet: form.sheet,
      cell: null,
      messageId: 'internal-error.thrown',
      data,
      message: formatMessage('internal-error.thrown', data, locale),
    });
  };

  for (const rule of rules) {
    const severity = severityOf(rule, profile);
    if (severity === 'off') continue;
    if (rule.scope === 'workbook') {
      const first = analysed[0]?.form;
      if (!first) continue;
      try {
        rule.check({
          forms: analysed,
          profile,
          ...(options.document === undefined ? {} : { document: options.document }),
          report: (r) => emit(rule, severity, first, r),
        });
      } catch (error) {
        fail(rule, first, error);
      }
      continue;
    }
    for (const { form, analysis } of analysed) {
      if (rule.kinds && !rule.kinds.includes(form.kind)) continue;
      try {
        rule.check({ form, analysis, profile, report: (r) => emit(rule, severity, form, r) });
      } catch (error) {
        fail(rule, form, error);
      }
    }
  }

  const reviews = analysed.map(({ form, analysis }) => ({
    form,
    analysis,
    findings: sortFindings(withoutRestatements(bySheet.get(form) ?? [], rules)),
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
