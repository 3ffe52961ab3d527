import { normalizeText } from './values/normalize';

/** Label text for matching: half-width, no whitespace, no bracketed notes like `(50 分)`, no closing colon. */
export function labelKey(text: string): string {
  return normalizeText(text)
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/\s+/g, '')
    .replace(/[:：]+$/, '');
}

/** Placeholder words that are not a cause (domain.md §5); templates mark them red as well. */
export const NO_CAUSE_WORDS = [
  '',
  '无',
  '/',
  '-',
  '—',
  '——',
  '－',
  '暂无',
  '没有',
  '同上',
  '无偏差',
  '不适用',
] as const;
const NO_CAUSE: ReadonlySet<string> = new Set(NO_CAUSE_WORDS);

/** True when a 偏差原因 text states a real cause. */
export function isRealCause(text: string): boolean {
  const key = normalizeText(text).replace(/[\s。.;；，,]+/g, '');
  return !NO_CAUSE.has(key);
}
