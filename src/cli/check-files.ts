import { basename } from 'node:path';
import { toA1, type Finding, type FormReview, type Profile } from '../domain';
import { checkWorkbook, type WorkbookCheck } from '../forms/check';
import type { Grid } from '../sheet/grid';
import { loadWorkbookFile, WorkbookReadError } from '../hosts/xlsx/load';
import type { FileFormat } from '../hosts/xlsx/read-file';
import { formatMessage, type Locale } from '../messages';
import { errorText } from './locale';

/** One checked file: its reviewed forms, the sheets without a form, or why it could not be read. */
export interface FileCheck {
  readonly file: string;
  /** Why the file could not be read, said in the run's language. */
  readonly error: string | null;
  /** What the file was (.xlsx, .xls, a Word report …), once read. */
  readonly format?: FileFormat;
  /** The id of the profile the file was checked against. */
  readonly profile?: string;
  readonly forms: readonly FormReview[];
  readonly sheetsWithoutForms: readonly string[];
  /** What a checked copy is made from, kept only when one is to be written. */
  readonly forCopy?: {
    readonly grids: readonly Grid[];
    readonly source: Uint8Array;
    readonly check: WorkbookCheck;
  };
}

/** A file that could not be checked, with why, in `locale`. */
export function failedCheck(file: string, reason: string, locale: Locale = 'zh-CN'): FileCheck {
  const error = formatMessage('cli.check.cannot-check', { file: basename(file), reason }, locale);
  return { file, error, forms: [], sheetsWithoutForms: [] };
}

/** Reads, recognises and reviews one workbook, findings said in `locale`; a bad file is a result, never a throw. */
export async function checkFile(
  file: string,
  chosen?: Profile,
  forCopy = false,
  locale: Locale = 'zh-CN',
): Promise<FileCheck> {
  try {
    const { source, grids, format, text } = await loadWorkbookFile(file, { keepSource: forCopy });
    const checked = checkWorkbook(grids, chosen, locale, text);
    return {
      file,
      error: null,
      format,
      profile: checked.profile.id,
      forms: checked.forms,
      sheetsWithoutForms: checked.sheetsWithoutForms,
      ...(source ? { forCopy: { grids, source, check: checked } } : {}),
    };
  } catch (error) {
    // A refused file already names itself; anything else is said as a file that could not be checked.
    if (error instanceof WorkbookReadError)
      return { file, error: errorText(error, locale), forms: [], sheetsWithoutForms: [] };
    return failedCheck(file, errorText(error, locale), locale);
  }
}

/** The number of a Word report's table: its sheet is named 表1, 表2 …. */
export const tableNumber = (sheet: string): string => /^表\s*(\d+)$/.exec(sheet)?.[1] ?? sheet;

/** Where a finding stands as a person finds it: a sheet's cell, or a Word report's table, row and column. */
export function locationOf(f: Finding, format: FileFormat | undefined, locale: Locale = 'zh-CN'): string {
  const table = tableNumber(f.sheet);
  if (!f.cell)
    return format === 'docx'
      ? formatMessage('cli.location.table', { table }, locale)
      : formatMessage('cli.location.sheet', { sheet: f.sheet }, locale);
  if (format === 'docx') {
    const place = { table, row: f.cell.row + 1, col: f.cell.col + 1 };
    return formatMessage('cli.location.table-cell', place, locale);
  }
  return formatMessage('cli.location.sheet-cell', { sheet: f.sheet, cell: toA1(f.cell) }, locale);
}

/** The JSON shape of `jixiao check --json` (issue contract; extra fields are welcome). */
export function checkJson(checks: readonly FileCheck[], locale: Locale = 'zh-CN'): unknown {
  const finding = (f: Finding, format: FileFormat | undefined) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell ? toA1(f.cell) : null,
    location: locationOf(f, format, locale),
    message: f.message,
    ...(f.expected === undefined ? {} : { expected: f.expected }),
    ...(f.actual === undefined ? {} : { actual: f.actual }),
  });
  return {
    files: checks.map((check) => ({
      file: check.file,
      format: check.format ?? null,
      error: check.error,
      profile: check.profile ?? null,
      forms: check.forms.map(({ form, analysis, findings }) => ({
        sheet: form.sheet,
        kind: form.kind,
        name: typeof form.name?.value === 'string' ? form.name.value.trim() : null,
        execution: {
          budget: analysis.execution.budget,
          spent: analysis.execution.spent,
          rate: analysis.execution.rate,
          score: analysis.execution.score,
        },
        totalScore: form.kind === 'basic' ? null : analysis.total,
        grade: form.kind === 'basic' ? null : analysis.grade,
        findings: findings.map((f) => finding(f, check.format)),
      })),
      sheetsWithoutForms: check.sheetsWithoutForms,
    })),
  };
}
