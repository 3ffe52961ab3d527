import { normalizeText } from './normalize';
import type {
  Achievement,
  BudgetReferenceValue,
  Comparator,
  DateValue,
  NumericValue,
  ParsedValue,
  QualitativeValue,
  UnparsedValue,
} from './types';
import { KNOWN_UNITS, tidy, toBase, unitFamily } from './units';

export interface ParseOptions {
  /** The cell has a percent number format, so the number 0.95 means 95 %. */
  readonly percentFormat?: boolean;
}

/** How a word or sign bounds the number next to it. */
interface Bound {
  readonly comparator: Comparator | null;
  /** A symbol or explicit word; a weak one (`达`, `近`, `余`) yields to it. */
  readonly strong: boolean;
  readonly approximate: boolean;
}

const STRONG = (comparator: Comparator): Bound => ({ comparator, strong: true, approximate: false });
const WEAK = (comparator: Comparator, approximate = false): Bound => ({
  comparator,
  strong: false,
  approximate,
});
const NEUTRAL: Bound = { comparator: null, strong: false, approximate: false };
const ABOUT: Bound = { comparator: null, strong: false, approximate: true };

/** Words in front of the number. */
const FRONT_WORDS: Readonly<Record<string, Bound>> = {
  大于等于: STRONG('>='),
  不低于: STRONG('>='),
  不少于: STRONG('>='),
  不小于: STRONG('>='),
  至少: STRONG('>='),
  达到: WEAK('>='),
  达: WEAK('>='),
  大于: STRONG('>'),
  高于: STRONG('>'),
  超过: STRONG('>'),
  多于: STRONG('>'),
  超: STRONG('>'),
  逾: STRONG('>'),
  小于等于: STRONG('<='),
  不超过: STRONG('<='),
  不超出: STRONG('<='),
  不超: STRONG('<='),
  不高于: STRONG('<='),
  不大于: STRONG('<='),
  不多于: STRONG('<='),
  控制在: STRONG('<='),
  至多: STRONG('<='),
  最多: STRONG('<='),
  低于: STRONG('<'),
  少于: STRONG('<'),
  小于: STRONG('<'),
  不足: STRONG('<'),
  不到: STRONG('<'),
  等于: STRONG('='),
  将近: WEAK('<', true),
  接近: WEAK('<', true),
  近: WEAK('<', true),
  约为: ABOUT,
  大约: ABOUT,
  约: ABOUT,
  为: NEUTRAL,
  共计: NEUTRAL,
  合计: NEUTRAL,
  累计: NEUTRAL,
  总计: NEUTRAL,
  共: NEUTRAL,
};

const SYMBOLS: Readonly<Record<string, Bound>> = {
  '≥': STRONG('>='),
  '>': STRONG('>'),
  '≤': STRONG('<='),
  '<': STRONG('<'),
  '=': STRONG('='),
  '≈': ABOUT,
};

/** Between the number and its unit: `120余家`, `100多人`, `100左右`. */
const APPROX_WORDS: Readonly<Record<string, Bound>> = {
  余: WEAK('>=', true),
  多: WEAK('>=', true),
  左右: ABOUT,
  上下: ABOUT,
};

/** After the unit. */
const SUFFIX_WORDS: Readonly<Record<string, Bound>> = {
  及以上: STRONG('>='),
  以上: STRONG('>='),
  及以下: STRONG('<='),
  以下: STRONG('<='),
  以内: STRONG('<='),
  之内: STRONG('<='),
  内: STRONG('<='),
  左右: ABOUT,
  上下: ABOUT,
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// An unknown unit is one or two CJK characters, none of them starting a suffix word.
const UNKNOWN_CJK = String.raw`(?:(?!以|及|之|左右|上下|余|多|内)[\u3400-\u9fff]){1,2}`;
const UNIT_ATOM = `(?:${alternation(KNOWN_UNITS)}|${UNKNOWN_CJK}|[a-z]{1,5}[²³]?)`;
// Filler in front may not hold a digit, a negation (`未达到≥90%` is no number), a sign or a sentence end.
const FILLER = String.raw`[^\d未没无不否尚≥>≤<=≈。;!?]*?`;

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
const NUMBER_TOKEN = /(?<![a-z])\d+(?:,\d{3})*(?:\.\d+)?/giu;
const SEPARATORS = /[, ]/g;
/** Digits and signs only, yet not a number the grammar reads (`1.2.`, a 500-digit run). */
const LOOKS_NUMERIC = /^[\d\s.,%+\-≥>≤<=≈]+$/u;
/** Longer text is prose, not a value: the numeric grammar is not tried on it. */
const MAX_NUMERIC_LENGTH = 200;

const NOT_APPLICABLE = /^[([【]?\s?(?:不适用|不涉及|无此项|n\/?a|[/\\]+|[-—–―─]+)\s?[)\]】]?[。.]?$/iu;

const BUDGET = /预算/u;
const BUDGET_LIMIT = /不超过|不超出|不超|不高于|不大于|控制在|以内|之内|范围内|≤/u;
const BUDGET_INITIAL = /年初/u;

// Negated forms (`无未完成`, `未滞后`, `不到位`) are checked by look-behind so they never read as shortfalls.
const NOT_ACHIEVED =
  /(?<!无|没有|不存在)(?:未完成|未能完成|没有完成|没完成|未达成|未达到|未达标|不达标|未实现|未能实现|没有实现|未开展|未启动|未落实|不到位|效果较差|较差|不理想)/u;
const PARTIAL =
  /(?<!无|未|不|没有|没)(?:(?:部分|基本|初步)(?:完成|达成|实现|达到|建立|建成|落实|开展|覆盖|到位|解决|健全|形成|具备|满足)|滞后|推进中|进行中|正在推进|正在实施|实施中|建设中|施工中|在建|筹建中|正在建设|未完工|有待|未全部|未完全)/u;
const ACHIEVED =
  /(?<!未|没|不)(?:完成|达成|达到|达标|实现|显著|明显|前列|领先|好|优秀|提升|提高|加强|增强|制定|建立|健全|落实|满意|有效|成效|超额|未发生|零事故|零投诉|零发生|杜绝|改善|到位)/u;

function unparsed(text: string, reason: string): UnparsedValue {
  return { kind: 'unparsed', text, reason };
}

function fromNumber(n: number, options: ParseOptions | undefined): ParsedValue {
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

/** Picks the comparator: strong bounds must agree; a weak one counts only when no strong one is present. */
function resolveBounds(
  found: ReadonlyArray<readonly [string, Bound]>,
): { comparator: Comparator | null; comparatorText?: string; approximate: boolean } | null {
  let strong: readonly [string, Bound] | null = null;
  let weak: readonly [string, Bound] | null = null;
  let approximate = false;
  for (const entry of found) {
    const [, bound] = entry;
    if (bound.approximate) approximate = true;
    if (bound.comparator === null) continue;
    if (bound.strong) {
      if (strong && strong[1].comparator !== bound.comparator) return null;
      strong ??= entry;
    } else {
      weak ??= entry;
    }
  }
  const chosen = strong ?? weak;
  if (!chosen) return { comparator: null, approximate };
  return { comparator: chosen[1].comparator, comparatorText: chosen[0], approximate };
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

function parseNumeric(text: string): ParsedValue | null {
  return parseSimpleNumeric(text) ?? parseNumericFull(text);
}

/** The whole numeric grammar of DOMAIN §6. */
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

function parseBudgetReference(text: string): BudgetReferenceValue | null {
  if (!BUDGET.test(text) || !BUDGET_LIMIT.test(text)) return null;
  return {
    kind: 'budget-ref',
    text,
    budget: BUDGET_INITIAL.test(text) ? 'initial' : 'annual',
    comparator: '<=',
  };
}

function countNumbers(text: string): number {
  return text.match(NUMBER_TOKEN)?.length ?? 0;
}

/** What the wording says of achievement; shortfall words are checked first because `未完成` holds `完成`. */
export function achievementOf(text: string): Achievement | null {
  if (NOT_ACHIEVED.test(text)) return 'not-achieved';
  if (PARTIAL.test(text)) return 'partial';
  if (ACHIEVED.test(text)) return 'achieved';
  return null;
}

/** `[截至]2024年12月31日前[完成]`, `9月前`, `12月底`, `2023年10月`; the words around it say nothing more. */
const DATE =
  /^(?:[^\d。;,，；]{0,8}?(?:为|于|在|截至|截止到?|计划))?(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?(底|末|中旬|上旬|下旬|份|初)?(前|之前|以前|以内|内)?(?:完成|完工|竣工|办结|实施|到位|发放|拨付)?(?:前)?$/u;
/** `年底前`, `2021年底`: the year's end. */
const YEAR_END = /^(?:本|当|今|(\d{4}))?年(?:底|末|内)(前|之前)?(?:完成|完工|竣工)?$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function parseDate(text: string): DateValue | null {
  const compact = text.replace(/\s+/g, '');
  const iso = ISO_DATE.exec(compact);
  if (iso)
    return {
      kind: 'date',
      text,
      comparator: null,
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
    };
  const yearEnd = YEAR_END.exec(compact);
  if (yearEnd)
    return {
      kind: 'date',
      text,
      comparator: '<=',
      year: yearEnd[1] ? Number(yearEnd[1]) : null,
      month: 12,
      day: 31,
    };
  const match = DATE.exec(compact);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const early = match[4] === '上旬' || match[4] === '初' ? 10 : match[4] === '中旬' ? 20 : 31;
  const by = match[5] !== undefined || /^(截至|截止)/.test(compact) || /前$/.test(compact);
  return {
    kind: 'date',
    text,
    comparator: by ? '<=' : null,
    year: match[1] === undefined ? null : Number(match[1]),
    month,
    day: match[3] === undefined ? early : Number(match[3]),
  };
}

function parseText(raw: string): ParsedValue {
  const text = normalizeText(raw);
  if (text === '') return { kind: 'empty', text: '' };
  if (NOT_APPLICABLE.test(text)) return { kind: 'not-applicable', text };
  const date = parseDate(text);
  if (date) return date;
  const numeric = parseNumeric(text);
  if (numeric) return numeric;
  const budget = parseBudgetReference(text);
  if (budget) return budget;
  if (countNumbers(text) > 1) return unparsed(text, 'value.several-numbers');
  if (LOOKS_NUMERIC.test(text)) return unparsed(text, 'value.bad-number');
  const qualitative: QualitativeValue = { kind: 'qualitative', text, achievement: achievementOf(text) };
  return qualitative;
}

function safeText(input: unknown): string {
  try {
    return String(input);
  } catch {
    return '';
  }
}

/**
 * Reads a target or result cell (DOMAIN §6). Never throws: what it cannot read comes back as `unparsed`.
 * `万元`/`亿元` are money units (`1亿元` → 1 亿元, base 1e8 元); a bare `万`/`亿` before anything else
 * multiplies the number (`1.37万平方米` → 13700 平方米). `options.percentFormat` applies to numbers only.
 */
/** Parsed texts, bounded so a hostile sheet of unique strings cannot grow it without end. */
const TEXT_CACHE = new Map<string, ParsedValue>();
const TEXT_CACHE_LIMIT = 20_000;

export function parseValue(
  input: string | number | boolean | null | undefined,
  options?: ParseOptions,
): ParsedValue {
  try {
    if (input === null || input === undefined) return { kind: 'empty', text: '' };
    if (typeof input === 'number') return fromNumber(input, options);
    if (typeof input === 'boolean') return unparsed(input ? 'TRUE' : 'FALSE', 'value.boolean');
    if (typeof input !== 'string') return unparsed(safeText(input), 'value.unreadable');
    // Forms repeat their values (`100%`, `≥95%`, `已完成`): parse each text once. Results are immutable.
    const cached = TEXT_CACHE.get(input);
    if (cached) return cached;
    const parsed = parseText(input);
    if (TEXT_CACHE.size >= TEXT_CACHE_LIMIT) TEXT_CACHE.clear();
    TEXT_CACHE.set(input, parsed);
    return parsed;
  } catch {
    return unparsed(safeText(input), 'value.unreadable');
  }
}

/** Whether the value is bounded by a comparator (`≥95%`, `不超过年初预算投入`): a result must not be. */
export function hasComparator(v: ParsedValue): boolean {
  if (v.kind === 'number') return v.comparator !== null;
  return v.kind === 'budget-ref';
}

export function isNumeric(v: ParsedValue): v is NumericValue {
  return v.kind === 'number';
}

const COMPARATOR_SIGNS: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/** A short canonical rendering for messages: `≥95%`, `约120家`, `≤年初预算数`. */
export function describeValue(v: ParsedValue): string {
  switch (v.kind) {
    case 'number': {
      const sign = v.comparator === null ? '' : COMPARATOR_SIGNS[v.comparator];
      const about = v.approximate && v.comparator === null ? '约' : '';
      return `${sign}${about}${v.amount}${v.unit ?? ''}`;
    }
    case 'budget-ref':
      return `${COMPARATOR_SIGNS[v.comparator]}${v.budget === 'initial' ? '年初预算数' : '全年预算数'}`;
    case 'date':
      return v.text;
    case 'not-applicable':
      return '不适用';
    case 'empty':
      return '';
    case 'qualitative':
    case 'unparsed':
      return v.text;
  }
}
