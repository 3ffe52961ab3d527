import { useMemo } from 'react';
import type { Locale } from '../../domain';
import { ruleTitle, shownFixValue, type CellFix } from '../../forms/fixes';

/** What the core says of a finding or a fix, for the components that show them. */
export interface FindingWords {
  /** A rule's title in the pane's language (never its id). */
  readonly ruleTitle: (rule: string) => string;
  /** A fix's new value as the form shows it (`100.00%`). */
  readonly fixValue: (fix: CellFix) => string;
}

export function useFindingWords(locale: Locale): FindingWords {
  return useMemo(() => ({ ruleTitle: (rule) => ruleTitle(rule, locale), fixValue: shownFixValue }), [locale]);
}
