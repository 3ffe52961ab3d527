import { formatNumber, formatPercent, type FormReview, type Locale, type Severity } from '../domain';

/** A rate as the forms show it, or a dash. */
export function showRate(rate: number | null): string {
  return rate === null ? '—' : formatPercent(rate);
}

/** A score as the forms show it, or a dash. */
export function showScore(score: number | null): string {
  return score === null ? '—' : formatNumber(score);
}

/** Between the items of a list of names (sheets), in each language's own punctuation. */
const NAME_SEPARATORS: Readonly<Record<Locale, string>> = { 'zh-CN': '、', 'en-US': ', ' };

/** Between sentences run together (a profile file's errors). */
const SENTENCE_SEPARATORS: Readonly<Record<Locale, string>> = { 'zh-CN': '；', 'en-US': '; ' };

/** Names in a row: `附件1、附件2`, or `Sheet1, Sheet2`. */
export const showNames = (names: readonly string[], locale: Locale): string =>
  names.join(NAME_SEPARATORS[locale]);

/** Sentences in a row, as one. */
export const showSentences = (sentences: readonly string[], locale: Locale): string =>
  sentences.join(SENTENCE_SEPARATORS[locale]);

/** How many findings of each severity the forms have. */
export function severityCounts(forms: readonly FormReview[]): Record<Severity, number> {
  const all = forms.flatMap((f) => f.findings);
  const count = (severity: Severity): number => all.filter((f) => f.severity === severity).length;
  return { error: count('error'), warning: count('warning'), info: count('info') };
}
