import type { FormAnalysis } from '../analysis';
import type { CellPosition } from '../cells';
import type { Form, FormKind } from '../form';
import type { MessageData, Severity } from '../findings';
import type { MessageId } from '../../messages';
import type { Profile } from '../profiles/types';

/** What a rule reports; the engine adds rule id, severity, sheet and the rendered message. */
export interface Report {
  readonly cell: CellPosition | null;
  readonly messageId: MessageId;
  readonly data?: MessageData;
  readonly expected?: number | string;
  readonly actual?: number | string;
  /** For rules whose severity depends on the case (fund-sum: ≤ 0.01 is a warning). */
  readonly severity?: Severity;
  /** The sheet, when a workbook rule reports on another form than the first. */
  readonly sheet?: string;
}

export interface FormContext {
  readonly form: Form;
  readonly analysis: FormAnalysis;
  readonly profile: Profile;
  readonly report: (report: Report) => void;
}

export interface WorkbookContext {
  readonly forms: readonly { readonly form: Form; readonly analysis: FormAnalysis }[];
  readonly profile: Profile;
  /** The text of the report the forms came in (a Word document's paragraphs outside its tables), if any. */
  readonly document?: string;
  readonly report: (report: Report) => void;
}

interface RuleMeta {
  /** Stable id used by reports, docs and tests (DOMAIN §7). */
  readonly id: string;
  readonly severity: Severity;
  /** zh-CN title shown to users. */
  readonly title: string;
  /** English title. */
  readonly titleEn: string;
  /** One line on why the rule exists. */
  readonly rationale: string;
  /** Where the rule comes from (DOMAIN section, document). */
  readonly source: string;
  /** The form kinds it checks; all when absent. */
  readonly kinds?: readonly FormKind[];
  /** Rules that say the same cell's problem more directly: a finding of theirs on a cell silences ours there. */
  readonly yieldsTo?: readonly string[];
}

export interface FormRule extends RuleMeta {
  readonly scope: 'form';
  check(context: FormContext): void;
}

/** A rule that compares forms with each other (cross-sheet). */
export interface WorkbookRule extends RuleMeta {
  readonly scope: 'workbook';
  check(context: WorkbookContext): void;
}

export type Rule = FormRule | WorkbookRule;
