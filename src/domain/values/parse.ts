import { parseDate } from './dates';
import { normalizeText } from './normalize';
import { fromNumber, parseNumeric, unparsed, type ParseOptions } from './numeric';
import type {
  Achievement,
  BudgetReferenceValue,
  Comparator,
  NumericValue,
  ParsedValue,
  QualitativeValue,
} from './types';

export type { ParseOptions } from './numeric';
export { parseNumericFull, parseSimpleNumeric } from './numeric';

const NUMBER_TOKEN = /(?<![a-z])\d+(?:,\d{3})*(?:\.\d+)?/giu;
/** Digits and signs only, yet not a number the grammar reads (`1.2.`, a 500-digit run). */
const LOOKS_NUMERIC = /^[\d\s.,%+\-≥>≤<=≈]+$/u;

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
 * Reads a target or result cell (domain.md §6). Never throws: what it cannot read comes back as `unparsed`.
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
