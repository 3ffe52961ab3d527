/**
 * The words and signs that bound a number in a value (domain.md §6): `≥`, `不低于`, `以上`, `余`, `约` — which
 * comparator each gives, how strongly, and which one wins when a value carries several.
 */
import type { Comparator } from './types';

/** How a word or sign bounds the number next to it. */
export interface Bound {
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
export const FRONT_WORDS: Readonly<Record<string, Bound>> = {
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

export const SYMBOLS: Readonly<Record<string, Bound>> = {
  '≥': STRONG('>='),
  '>': STRONG('>'),
  '≤': STRONG('<='),
  '<': STRONG('<'),
  '=': STRONG('='),
  '≈': ABOUT,
};

/** Whether a text (normalised) is a comparator on its own: a sign (`≥`) or a word in front of a number (`不低于`). */
export function isComparatorText(text: string): boolean {
  return (SYMBOLS[text] ?? FRONT_WORDS[text])?.comparator != null;
}

/** Between the number and its unit: `120余家`, `100多人`, `100左右`. */
export const APPROX_WORDS: Readonly<Record<string, Bound>> = {
  余: WEAK('>=', true),
  多: WEAK('>=', true),
  左右: ABOUT,
  上下: ABOUT,
};

/** After the unit. */
export const SUFFIX_WORDS: Readonly<Record<string, Bound>> = {
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
export const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Picks the comparator: strong bounds must agree; a weak one counts only when no strong one is present. */
export function resolveBounds(
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
