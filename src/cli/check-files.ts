import { basename } from 'node:path';
import { toA1, type Finding, type FormReview, type Profile } from '../domain';
import { checkWorkbook, type WorkbookCheck } from '../forms/check';
import type { Grid } from '../sheet/grid';
import { loadWorkbookFile, WorkbookReadError } from '../hosts/xlsx/load';

/** One checked file: its reviewed forms, the sheets without a form, or why it could not be read. */
export interface FileCheck {
  readonly file: string;
  readonly error: string | null;
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
    const { source, grids } = await loadWorkbookFile(file, { keepSource: forCopy });
    const checked = checkWorkbook(grids, chosen);
    return {
      file,
      error: null,
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

/** The JSON shape of `jixiao check --json` (issue contract; extra fields are welcome). */
export function checkJson(checks: readonly FileCheck[]): unknown {
  const finding = (f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell ? toA1(f.cell) : null,
    message: f.message,
    ...(f.expected === undefined ? {} : { expected: f.expected }),
    ...(f.actual === undefined ? {} : { actual: f.actual }),
  });
  return {
    files: checks.map((check) => ({
      file: check.file,
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
        findings: findings.map(finding),
      })),
      sheetsWithoutForms: check.sheetsWithoutForms,
    })),
  };
}
