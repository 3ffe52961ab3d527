import { useCallback, useState } from 'react';
import type { Locale } from '../../domain';

/** The pane's language: where it starts, and the user's choice, passed on to be remembered. */
export function useLocaleChoice(
  initial: Locale | undefined,
  onChange: ((locale: Locale) => void) | undefined,
) {
  const [locale, setLocale] = useState<Locale>(initial ?? 'zh-CN');
  const choose = useCallback(
    (next: Locale): void => {
      setLocale(next);
      onChange?.(next);
    },
    [onChange],
  );
  return { locale, choose };
}
