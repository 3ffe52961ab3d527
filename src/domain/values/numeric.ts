/**
 * The numeric grammar of values (domain.md §6): a number with its comparator, multiplier and unit, read
 * quickly for the common shapes (`≥95%`, `12366万元`) and by the whole grammar otherwise.
 */
import {
  alternation,
  APPROX_WORDS,
  FRONT_WORDS,
  resolveBounds,
  SUFFIX_WORDS,
  SYMBOLS,
  type Bound,
} from './bounds';
import type { NumericValue, ParsedValue, UnparsedValue, ValueReason } from './types';
import { KNOWN_UNITS, tidy, toBase, unitFamily } from './units';

export interface ParseOptions {
  /** The cell has a percent number format, so the number 0.95 means 95 %. */
  readonly percentFormat?: boolean;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// An unknown unit is one or two CJK characters, none of them starting a suffix word.
const UNKNOWN_CJK = String.raw`(?:(?!以|及|之|左右|上下|余|多|内)[\u3400-\u9fff]){1,2}`;
const UNIT_ATOM = `(?:${alternation(KNOWN_UNITS)}|${UNKNOWN_CJK}|[a-z]{1,5}[²³]?)`;
/** Characters that negate what follows: `未达到≥90%` is no number. */
const NEGATIONS = '未没无不否尚';
/** Marks that end a sentence. */
const SENTENCE_ENDS = '。;!?';
// Filler in front may not hold a digit, a negation, a sign or a sentence end.
const FILLER = String.raw`[^\d${NEGATIONS}≥>≤<=≈${SENTENCE_ENDS}]*?`;

const NUMERIC = new RegExp(
  '^' +
    `(?<filler>${FILLER})` +
    `(?<word>${alternation(Object.keys(FRONT_WORDS))})?\\s?` +
    `(?<sym>[≥>≤<=≈])?\\s?` +
    `(?<sign>[-+])?` +
    `(?<num>${NUMBER})\\s?` +
    `(?<mult>[万亿](?!元))?` +
    `(?<approx>${alternation(Object.keys(APPROX_WORDS))})?\\s?` +
    // Compound units: `元/人*月`, `元/户·年`, `人次/年`.
    `(?<unit>${UNIT_ATOM}(?:/${UNIT_ATOM}(?:[*·•×.]${UNIT_ATOM})?)?)?\\s?` +
    `(?<suffix>${alternation(Object.keys(SUFFIX_WORDS))})?` +
    // A remark without digits may follow: `19000人(超额完成)`.
    String.raw`(?:\s?\([^\d()]*\))?` +
    '[。.;,、!]*$',
  'iu',
);

const HAS_DIGIT = /\d/;
const SEPARATORS = /[, ]/g;
/** Longer text is prose, not a value: the numeric grammar is not tried on it. */
const MAX_NUMERIC_LENGTH = 200;

export function unparsed(text: string, reason: ValueReason): UnparsedValue {
  return { kind: 'unparsed', text, reason };
}

export function fromNumber(n: number, options: ParseOptions | undefined): ParsedValue {
  if (!Number.isFinite(n)) return unparsed(String(n), 'value.not-finite');
  if (options?.percentFormat) {
    const amount = tidy(n * 100);
    return {
      kind: 'number',
      text: `${amount}%`,
      comparator: null,
      amount,
      percent: true,
      unit: '%',
      family: 'percent',
      base: n,
      approximate: false,
    };
  }
  return {
    kind: 'number',
    text: String(n),
    comparator: null,
    amount: n,
    percent: false,
    unit: null,
    family: null,
    base: n,
    approximate: false,
  };
}

const KNOWN_UNIT_SET: ReadonlySet<string> = new Set(KNOWN_UNITS);
/** A symbol, a plain number and a known unit or nothing: `≥95%`, `12366万元`, `0起`. */
const SIMPLE = /^([≥>≤<=])?(\d+(?:\.\d+)?)(.*)$/u;

/**
 * The commonest value shape read without the full grammar, which costs several microseconds a text;
 * null for anything else. It gives exactly what parseNumericFull gives (a test holds the two together).
 */
export function parseSimpleNumeric(text: string): NumericValue | null {
  const match = SIMPLE.exec(text);
  if (!match) return null;
  const [, sym, num = '', rest = ''] = match;
  // `万`/`亿` before anything but `元` multiplies the number (`1.37万平方米`): the full grammar's job.
  if (rest !== '' && (rest === '‰' || !KNOWN_UNIT_SET.has(rest) || /^[万亿](?!元)/u.test(rest))) return null;
  const unit = rest === '' ? null : rest;
  const amount = Number(num);
  if (!Number.isFinite(amount)) return null;
  const bound = sym === undefined ? undefined : SYMBOLS[sym];
  return {
    kind: 'number',
    text,
    comparator: bound?.comparator ?? null,
    ...(sym === undefined ? {} : { comparatorText: sym }),
    amount,
    percent: unit === '%',
    unit,
    family: unit === null ? null : unitFamily(unit),
    base: toBase(amount, unit),
    approximate: false,
  };
}

export function parseNumeric(text: string): ParsedValue | null {
  return parseSimpleNumeric(text) ?? parseNumericFull(text);
}

/** The whole numeric grammar of domain.md §6. */
export function parseNumericFull(text: string): ParsedValue | null {
  if (text.length > MAX_NUMERIC_LENGTH || !HAS_DIGIT.test(text)) return null;
  const groups = NUMERIC.exec(text)?.groups;
  if (!groups) return null;
  const { filler, word, sym, sign, num, mult, approx, suffix } = groups;
  // Leading words are allowed only when they end in a comparator: `社会稳定率达到≥90%`, not `完成70人`.
  if (filler && !word && !sym) return null;
  if (num === undefined) return null;

  const found: Array<readonly [string, Bound]> = [];
  const add = (key: string | undefined, table: Readonly<Record<string, Bound>>): void => {
    const bound = key === undefined ? undefined : table[key];
    if (key !== undefined && bound) found.push([key, bound]);
  };
  add(sym, SYMBOLS);
  add(word, FRONT_WORDS);
  add(suffix, SUFFIX_WORDS);
  add(approx, APPROX_WORDS);
  const bounds = resolveBounds(found);
  if (!bounds) return unparsed(text, 'value.conflicting-comparators');

  let amount = Number(num.replace(SEPARATORS, ''));
  if (sign === '-') amount = -amount;
  if (mult === '万') amount = tidy(amount * 1e4);
  else if (mult === '亿') amount = tidy(amount * 1e8);

  let unit: string | null = groups['unit'] ?? null;
  if (unit === '‰') {
    amount = tidy(amount / 10);
    unit = '%';
  }
  if (!Number.isFinite(amount)) return unparsed(text, 'value.not-finite');
  const family = unit === null ? null : unitFamily(unit);
  const value: NumericValue = {
    kind: 'number',
    text,
    comparator: bounds.comparator,
    ...(bounds.comparatorText === undefined ? {} : { comparatorText: bounds.comparatorText }),
    amount,
    percent: unit === '%',
    unit,
    family,
    base: toBase(amount, unit),
    approximate: bounds.approximate,
  };
  return value;
}
