/**
 * The punctuation that joins catalogue words on a line of the command line's output, per language: a quoted
 * list of names and a remark in brackets. Not sentences: the words come from the catalogue (src/messages).
 */
import type { Locale } from '../messages';

/** Names quoted and listed: `“附件1”、“附件2”`, or in English `"Sheet1", "Sheet2"`. */
export function quotedList(names: readonly string[], locale: Locale): string {
  if (locale === 'en-US') return names.map((name) => `"${name}"`).join(', ');
  return names.map((name) => `“${name}”`).join('、');
}

/** Names listed as they are: `national、hunan`, or in English `national, hunan`. */
export function plainList(names: readonly string[], locale: Locale): string {
  return names.join(locale === 'en-US' ? ', ' : '、');
}

/** A remark after a sentence: `……（偏差原因）`, or in English `… (deviation cause)`. */
export function aside(text: string, locale: Locale): string {
  return locale === 'en-US' ? ` (${text})` : `（${text}）`;
}
