import type { MessageId } from '../messages';
import type { CellPosition } from './cells';

export type Severity = 'error' | 'warning' | 'info';

/** Message data: values interpolated into a catalogue message. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A data value naming another catalogue entry (`@field.target`), said in the reader's language; typed. */
export const ref = (id: MessageId): string => `@${id}`;

/** A finding is data: which rule, how bad, where, and a message id with its data. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** 0-based cell the finding is about; null when it concerns the whole form. */
  readonly cell: CellPosition | null;
  readonly messageId: string;
  readonly data: MessageData;
  /** The message rendered in the review's locale. */
  readonly message: string;
  /** What the cell should hold, when the rule knows (a number or text). */
  readonly expected?: number | string;
  readonly actual?: number | string;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The findings area's ids no rule reports, said by the engine itself: a rule that failed and its name, a
 * table's cell by row and column (every other findings id is a rule's own, or a name used as `@id`).
 */
export const ENGINE_MESSAGES = [
  'internal-error.thrown',
  'rule.internal-error',
  'cell.in-table',
] as const satisfies readonly MessageId[];
