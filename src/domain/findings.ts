import type { CellPosition } from './cells';

export type Severity = 'error' | 'warning' | 'info';

/** Message data: values interpolated into a catalogue message. */
export type MessageData = Readonly<Record<string, string | number>>;

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

/** How the forms' readers name each severity (the command line's reports; the pane has its own words). */
export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
