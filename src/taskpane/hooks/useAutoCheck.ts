import { useEffect, useRef } from 'react';
import type { Locale } from '../../domain';
import type { FileSource, WorkbookHost } from '../../hosts/types';

/** Re-check this long after the last edit (typing fires a change per cell). */
const LIVE_CHECK_DELAY_MS = 800;

/** When the pane checks by itself, besides the 检查 button. */
export interface AutoCheck {
  /** The file shown in file mode: it is checked as soon as it is opened. */
  readonly file: FileSource | null;
  /** The workbook in Excel: once checked, re-checked as the user edits it. */
  readonly excel: WorkbookHost | undefined;
  /** Whether something has been checked. */
  readonly checked: boolean;
  readonly locale: Locale;
  readonly runCheck: () => Promise<void>;
}

/** In Excel, after the first check, each edit re-checks (once typing pauses). */
function useLiveCheck({ excel, checked, runCheck }: AutoCheck): void {
  useEffect(() => {
    if (!excel || !checked) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => unknown) | undefined;
    let cancelled = false;
    void excel
      .onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void runCheck(), LIVE_CHECK_DELAY_MS);
      })
      .then((off) => {
        if (cancelled) void off();
        else unsubscribe = off;
      });
    return () => {
      cancelled = true;
      clearTimeout(timer);
      void unsubscribe?.();
    };
  }, [excel, checked, runCheck]);
}

/** File mode checks as soon as a file is opened; Excel mode on demand and then live. */
export function useAutoCheck(auto: AutoCheck): void {
  const { file, checked, locale, runCheck } = auto;
  useEffect(() => {
    if (file) void runCheck();
  }, [file, runCheck]);
  useLiveCheck(auto);
  // Findings are worded in the locale they were checked in: a new language re-checks what is shown.
  const checkedLocale = useRef(locale);
  useEffect(() => {
    if (checkedLocale.current === locale) return;
    checkedLocale.current = locale;
    if (checked) void runCheck();
  }, [locale, checked, runCheck]);
}
