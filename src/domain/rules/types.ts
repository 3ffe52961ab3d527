import type { FormAnalysis } from '../analysis';
import type { CellPosition } from '../cells';
import type { Form, FormKind } from '../form';
import type { MessageData, Severity } from '../findings';
import type { MessageId } from '../../messages';
import type { Profile } from '../profiles/types';

/** What a rule reports; the engine adds rule id, severity, sheet and the rendered message. */
export interface Report<Id extends MessageId = MessageId> {
  readonly cell: CellPosition | null;
  /** One of the messages the rule declares. */
  readonly messageId: Id;
  readonly data?: MessageData;
  readonly expected?: number | string;
  readonly actual?: number | string;
  /** For rules whose severity depends on the case (fund-sum: ≤ 0.01 is a warning). */
  readonly severity?: Severity;
  /** The sheet, when a workbook rule reports on another form than the first. */
  readonly sheet?: string;
}

export interface FormContext<Id extends MessageId = MessageId> {
  readonly form: Form;
  readonly analysis: FormAnalysis;
  readonly profile: Profile;
  readonly report: (report: Report<Id>) => void;
}

export interface WorkbookContext<Id extends MessageId = MessageId> {
  readonly forms: readonly { readonly form: Form; readonly analysis: FormAnalysis }[];
  readonly profile: Profile;
  /** The text of the report the forms came in (a Word document's paragraphs outside its tables), if any. */
  readonly document?: string;
  readonly report: (report: Report<Id>) => void;
}

interface RuleMeta<Id extends MessageId> {
  /** Stable id used by reports, docs and tests (domain.md §7). */
  readonly id: string;
  readonly severity: Severity;
  /** zh-CN title shown to users. */
  readonly title: string;
  /** English title. */
  readonly titleEn: string;
  /** One line on why the rule exists. */
  readonly rationale: string;
  /** Where the rule comes from (a section of docs/domain.md, a policy document). */
  readonly source: string;
  /** The form kinds it checks; all when absent. */
  readonly kinds?: readonly FormKind[];
  /** Rules that say the same cell's problem more directly: a finding of theirs on a cell silences ours there. */
  readonly yieldsTo?: readonly string[];
  /** The messages it may report, as a linter's rule declares its messages: report() takes no other. */
  readonly messages: readonly Id[];
}

export interface FormRule<Id extends MessageId = MessageId> extends RuleMeta<Id> {
  readonly scope: 'form';
  check(context: FormContext<Id>): void;
}

/** A rule that compares forms with each other (cross-sheet). */
export interface WorkbookRule<Id extends MessageId = MessageId> extends RuleMeta<Id> {
  readonly scope: 'workbook';
  check(context: WorkbookContext<Id>): void;
}

export type Rule = FormRule | WorkbookRule;

/** A form rule whose report() takes only the message ids listed in its `messages`. */
export const formRule = <const Id extends MessageId>(rule: FormRule<Id>): FormRule<Id> => rule;

/** A workbook rule whose report() takes only the message ids listed in its `messages`. */
export const workbookRule = <const Id extends MessageId>(rule: WorkbookRule<Id>): WorkbookRule<Id> => rule;
