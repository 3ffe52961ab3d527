/** What `review` keeps of a checked file, the same whether a worker or the main thread checked it. */
import { toA1 } from '../domain';
import { summarizeForm, type FormSummary } from '../forms/summary';
import type { FileCheck } from './check-files';

/** What `review` keeps of one file: its name below the folder, and its forms or why it could not be read. */
export interface FileSummary {
  readonly name: string;
  readonly error: string | null;
  /** What the file was (.xlsx, .xls, a Word report …), once read. */
  readonly format?: string;
  readonly forms: readonly FormSummary[];
  /** The visible sheets that hold no form (all of them, when the file has none). */
  readonly sheetsWithoutForms: readonly string[];
}

/** The rows `review` writes for one checked file. */
export function summarizeCheck(check: FileCheck, name: string): FileSummary {
  if (check.error) return { name, error: check.error, forms: [], sheetsWithoutForms: [] };
  const address = (row: number, col: number): string => toA1({ row, col });
  const forms = check.forms.map((review) => summarizeForm(review, address));
  return {
    name,
    error: null,
    ...(check.format ? { format: check.format } : {}),
    forms,
    sheetsWithoutForms: check.sheetsWithoutForms,
  };
}
