import { formatNumber, formatPercent, toA1, type Finding, type FormReview, type Severity } from '../domain';
import { ruleTitle } from '../forms/fixes';
import type { FileFormat } from '../hosts/xlsx/read-file';
import { formatMessage, type Locale, type MessageId } from '../messages';
import { tableNumber, type FileCheck } from './check-files';
import { aside, quotedList } from './layout';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

const SEVERITY_HEADINGS: Readonly<Record<Severity, MessageId>> = {
  error: 'cli.report.error',
  warning: 'cli.report.warning',
  info: 'cli.report.info',
};

/** Why a readable workbook (or Word report) was not checked: it holds no form, and what was looked at. */
export function noFormSentence(sheets: readonly string[], format?: string, locale: Locale = 'zh-CN'): string {
  if (format === 'docx')
    return sheets.length === 0
      ? formatMessage('cli.no-form.report-empty', {}, locale)
      : formatMessage('cli.no-form.report-tables', { count: sheets.length }, locale);
  return sheets.length === 0
    ? formatMessage('cli.no-form.workbook-empty', {}, locale)
    : formatMessage('cli.no-form.sheets', { sheets: quotedList(sheets, locale) }, locale);
}

/** A form's heading: where it is, what it is and its name. */
function formHeading({ form }: FormReview, format: FileFormat | undefined, locale: Locale): string {
  const name = typeof form.name?.value === 'string' ? form.name.value.trim() : '';
  const data = { kind: `@cli.kind.${form.kind}`, ...(name ? { name } : {}) };
  return format === 'docx'
    ? formatMessage('cli.report.form-in-report', { ...data, table: tableNumber(form.sheet) }, locale)
    : formatMessage('cli.report.form-in-sheet', { ...data, sheet: form.sheet }, locale);
}

/** A scored form's figures: 执行率, its score, the total and the grade (— where there is none). */
function figures({ analysis }: FormReview, locale: Locale): string {
  const { rate, score } = analysis.execution;
  const shown = {
    rate: rate === null ? '—' : formatPercent(rate),
    score: score === null ? '—' : formatNumber(score),
    total: analysis.total === null ? '—' : formatNumber(analysis.total),
    grade: analysis.grade ?? '—',
  };
  const line = formatMessage('cli.report.figures', shown, locale);
  return analysis.total === null && analysis.unscoredRows > 0
    ? line + formatMessage('cli.report.unscored', { count: analysis.unscoredRows }, locale)
    : line;
}

/** One finding's line: its cell (a report's row and column), what it says and the problem's name. */
function findingLine(f: Finding, format: FileFormat | undefined, locale: Locale): string {
  const where = !f.cell
    ? '—'.padEnd(6)
    : format === 'docx'
      ? formatMessage('cli.location.row-col', { row: f.cell.row + 1, col: f.cell.col + 1 }, locale)
      : toA1(f.cell).padEnd(6);
  return `      ${where} ${f.message}${aside(ruleTitle(f.rule, locale), locale)}`;
}

/** A form's lines: heading, figures, and its findings grouped by severity (counted into `counts`). */
function formLines(review: FormReview, check: FileCheck, counts: Counts, locale: Locale): string[] {
  const lines = [`  ${formHeading(review, check.format, locale)}`];
  if (review.form.kind !== 'basic') lines.push(`    ${figures(review, locale)}`);
  if (review.findings.length === 0) lines.push(`    ${formatMessage('cli.report.no-findings', {}, locale)}`);
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = review.findings.filter((f) => f.severity === severity);
    counts[severity] += group.length;
    if (group.length === 0) continue;
    lines.push(`    ${formatMessage(SEVERITY_HEADINGS[severity], { count: group.length }, locale)}`);
    for (const f of group) lines.push(findingLine(f, check.format, locale));
  }
  return lines;
}

/** A file's lines: its forms, or why it has none; the sheets without a form. */
function fileLines(check: FileCheck, counts: Counts, locale: Locale): string[] {
  const lines = [formatMessage('cli.report.file', { file: check.file }, locale)];
  if (check.error) return [...lines, `  ${check.error}`, ''];
  for (const review of check.forms) lines.push(...formLines(review, check, counts, locale));
  if (check.forms.length === 0)
    lines.push(`  ${noFormSentence(check.sheetsWithoutForms, check.format, locale)}`);
  else if (check.format !== 'docx')
    // A report's other tables (staff, projects, …) are not forms: only a workbook's sheets are listed.
    for (const sheet of check.sheetsWithoutForms)
      lines.push(`  ${formatMessage('cli.report.sheet-without-form', { sheet }, locale)}`);
  return [...lines, ''];
}

/** The text report of `jixiao check`: grouped by file, form and severity, counts at the end. */
export function textReport(checks: readonly FileCheck[], locale: Locale = 'zh-CN'): string {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  const lines = checks.flatMap((check) => fileLines(check, counts, locale));
  const forms = checks.reduce((sum, check) => sum + check.forms.length, 0);
  const unread = checks.filter((check) => check.error || check.forms.length === 0).length;
  const totals = {
    files: checks.length,
    forms,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    ...(unread > 0 ? { unread } : {}),
  };
  lines.push(formatMessage('cli.report.totals', totals, locale));
  return lines.join('\n') + '\n';
}
