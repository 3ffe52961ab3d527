import { basename } from 'node:path';
import { toA1, type Finding, type FormReview, type Profile } from '../domain';
import { checkWorkbook, type WorkbookCheck } from '../forms/check';
import type { Grid } from '../sheet/grid';
import { loadWorkbookFile, WorkbookReadError } from '../hosts/xlsx/load';
import type { FileFormat } from '../hosts/xlsx/read-file';

/** One checked file: its reviewed forms, the sheets without a form, or why it could not be read. */
export interface FileCheck {
  readonly file: string;
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

/** Reads, recognises and reviews one workbook; a bad file is a result, never a throw. */
export async function checkFile(file: string, chosen?: Profile, forCopy = false): Promise<FileCheck> {
  try {
    const { source, grids, format, text } = await loadWorkbookFile(file, { keepSource: forCopy });
    const checked = checkWorkbook(grids, chosen, 'zh-CN', text);
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
    const message =
      error instanceof WorkbookReadError
        ? error.message
        : `无法检查“${basename(file)}”：${error instanceof Error ? error.message : String(error)}`;
    return { file, error: message, forms: [], sheetsWithoutForms: [] };
  }
}

/** Where a finding stands as a person finds it: a sheet's cell, or a Word report's table, row and column. */
export function locationOf(f: Finding, format: FileFormat | undefined): string {
  if (!f.cell) return format === 'docx' ? f.sheet : `工作表“${f.sheet}”`;
  if (format === 'docx')
    return `${f.sheet.replace(/^表/, '表 ')}，第 ${String(f.cell.row + 1)} 行第 ${String(f.cell.col + 1)} 列`;
  return `工作表“${f.sheet}”${toA1(f.cell)}`;
}

/** The JSON shape of `jixiao check --json` (issue contract; extra fields are welcome). */
export function checkJson(checks: readonly FileCheck[]): unknown {
  const finding = (f: Finding, format: FileFormat | undefined) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell ? toA1(f.cell) : null,
    location: locationOf(f, format),
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
