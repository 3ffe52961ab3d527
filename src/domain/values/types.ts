import type { MessageId } from '../../messages';

/** How a number is bounded by its wording (domain.md §6). */
export type Comparator = '>=' | '>' | '<=' | '<' | '=';

/** Units that convert into each other share a family; the base is the family's first unit. */
export type UnitFamily = string;

export interface NumericValue {
  readonly kind: 'number';
  /** The normalised source text. */
  readonly text: string;
  /** `≥95%` → '>='; `120余家` → '>='; `近19000人` → '<'; a plain number → null. */
  readonly comparator: Comparator | null;
  /** The sign or word the comparator was read from (`≥`, `不低于`, `以上`, `达到`, `余`), when there is one. */
  readonly comparatorText?: string;
  /** The number as written, after 万/亿 (`1.37万平方米` → 13700, `95%` → 95). */
  readonly amount: number;
  /** True for `%` (and ‰ scaled to %). */
  readonly percent: boolean;
  /** The unit as written after normalisation (`万元`, `平方米`, `人次`), null when none. */
  readonly unit: string | null;
  /** Family of the unit (`money`, `area`, `人`, `人次`, `percent` …); null when no unit. */
  readonly family: UnitFamily | null;
  /** The value in the family's base unit (元 for money, fraction for percent: 95% → 0.95). */
  readonly base: number;
  /** `余`, `近`, `左右`, `约`: the number is approximate. */
  readonly approximate: boolean;
}

/** Whether a qualitative result reached its target (domain.md §4). */
export type Achievement = 'achieved' | 'partial' | 'not-achieved';

export interface QualitativeValue {
  readonly kind: 'qualitative';
  readonly text: string;
  /** What the wording says of achievement; null when it says nothing either way. */
  readonly achievement: Achievement | null;
}

/** `不超过年初预算投入`, `不超当年预算`: a lower-is-better money target read from a budget cell. */
export interface BudgetReferenceValue {
  readonly kind: 'budget-ref';
  readonly text: string;
  /** Which budget figure is meant: 年初预算数 or 全年预算数. */
  readonly budget: 'initial' | 'annual';
  readonly comparator: Comparator;
}

/** A date or deadline: `9月前`, `2024年12月31日前`, `年底前`, `2023年10月`, `2023-10-20` (domain.md §6). */
export interface DateValue {
  readonly kind: 'date';
  readonly text: string;
  /** `前`, `之前`, `以内`, `截至`: by that date; a bare date is a deadline too when it is a target. */
  readonly comparator: '<=' | null;
  /** The year when written; a month alone is taken in the form's year. */
  readonly year: number | null;
  readonly month: number;
  /** The day when written; `底`, `末` and a bare month mean its end (31). */
  readonly day: number;
}

/** `不适用`, `/`, `—`: the row does not apply. */
export interface NotApplicableValue {
  readonly kind: 'not-applicable';
  readonly text: string;
}

export interface EmptyValue {
  readonly kind: 'empty';
  readonly text: '';
}

/** Text that looks numeric but cannot be read safely (several numbers, broken digits). */
export interface UnparsedValue {
  readonly kind: 'unparsed';
  readonly text: string;
  /** Why it could not be read, as a message id of the catalogue (`value.several-numbers` …). */
  readonly reason: ValueReason;
}

/** Why a value could not be read: a catalogue id of the `value.*` family. */
export type ValueReason = Extract<MessageId, `value.${string}`>;

export type ParsedValue =
  | NumericValue
  | QualitativeValue
  | BudgetReferenceValue
  | DateValue
  | NotApplicableValue
  | EmptyValue
  | UnparsedValue;
