import { useCallback, useMemo, useRef, useState } from 'react';
import type { CellPosition, Locale, Profile } from '../../domain';
import { checkWorkbook, type WorkbookCheck } from '../../forms/check';
import { computedFixes, findingMarks, type CellFix } from '../../forms/fixes';
import type { WorkbookPlan } from '../../sheet/plan';
import type { WorkbookHost } from '../../hosts/types';
import { translator } from '../i18n';

export interface WorkbookState {
  readonly check: WorkbookCheck | null;
  readonly fixes: readonly CellFix[];
  readonly busy: string | null;
  readonly error: string | null;
  readonly notice: string | null;
  readonly marked: boolean;
}

const INITIAL: WorkbookState = {
  check: null,
  fixes: [],
  busy: null,
  error: null,
  notice: null,
  marked: false,
};

/** Every failure reaches the pane as a plain sentence (hosts already say what to do). */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The only UI code that talks to a host and the domain: check, fill, mark, clear, select, build. */
export function useWorkbook(host: WorkbookHost | null, profile: Profile | undefined, locale: Locale) {
  const [state, setState] = useState<WorkbookState>(INITIAL);
  const t = useMemo(() => translator(locale), [locale]);
  const latest = useRef(0);

  const task = useCallback(
    async (
      label: string,
      work: (host: WorkbookHost) => Promise<Partial<WorkbookState> | undefined>,
    ): Promise<void> => {
      if (!host) return;
      const id = ++latest.current;
      setState((s) => ({ ...s, busy: label, error: null, notice: null }));
      try {
        const patch = await work(host);
        // A slower, older run never overwrites a newer one (live re-check while typing).
        if (id === latest.current) setState((s) => ({ ...s, ...patch, busy: null }));
      } catch (error) {
        if (id === latest.current) setState((s) => ({ ...s, busy: null, error: messageOf(error) }));
      }
    },
    [host],
  );

  const runCheck = useCallback(
    () =>
      task(t('busy.check'), async (h) => {
        const check = checkWorkbook(await h.readGrids(), profile, locale);
        return { check, fixes: check.forms.flatMap(computedFixes) };
      }),
    [task, profile, locale, t],
  );

  const applyFixes = useCallback(
    (fixes: readonly CellFix[]) =>
      task(t('busy.fill'), async (h) => {
        await h.writeFixes(fixes);
        const check = checkWorkbook(await h.readGrids(), profile, locale);
        return {
          check,
          fixes: check.forms.flatMap(computedFixes),
          notice: t('done.fill', { count: fixes.length }),
        };
      }),
    [task, profile, locale, t],
  );

  const mark = useCallback(
    () =>
      task(t('busy.mark'), async (h) => {
        const findings = state.check?.forms.flatMap((f) => f.findings) ?? [];
        const marks = findingMarks(findings);
        await h.mark(marks);
        return { marked: true, notice: t('done.mark', { count: marks.length }) };
      }),
    [task, state.check, t],
  );

  const clearMarks = useCallback(
    () =>
      task(t('busy.clear'), async (h) => {
        await h.clearMarks();
        return { marked: false, notice: t('done.clear') };
      }),
    [task, t],
  );

  const select = useCallback(
    (sheet: string, cell: CellPosition) =>
      task('', async (h) => {
        await h.select(sheet, cell);
        return {};
      }),
    [task],
  );

  const build = useCallback(
    (plan: WorkbookPlan) =>
      task(t('busy.build'), async (h) => {
        await h.applyPlan(plan);
        const sheets = plan.sheets.filter((s) => !s.hidden).map((s) => s.sheet);
        const skipped = h.lastNotes?.length ? ` ${h.lastNotes.join(' ')}` : '';
        return { notice: t('done.build', { sheets: sheets.join(t('list.separator')) }) + skipped };
      }),
    [task, t],
  );

  return { state, runCheck, applyFixes, mark, clearMarks, select, build };
}
