import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellPosition, Locale, Profile } from '../../domain';
import { checkWorkbook, type WorkbookCheck } from '../../forms/check';
import { checkedCopy } from '../../forms/copy';
import { computedFixes, findingMarks, type CellFix } from '../../forms/fixes';
import type { Grid } from '../../sheet/grid';
import type { WorkbookPlan } from '../../sheet/plan';
import {
  failureText,
  isEditable,
  type FileSource,
  type HostReport,
  type WorkbookHost,
  type WorkbookSource,
} from '../../hosts/types';
import { downloadBytes } from '../download';
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

/** A notice followed by what the host had to leave out on this Excel, if anything. */
function withReport(notice: string, report: HostReport): string {
  return report.notes.length > 0 ? `${notice} ${report.notes.join(' ')}` : notice;
}

/** The only UI code that talks to a host and the domain: check, fill, mark, clear, select, build, download. */
export function useWorkbook(host: WorkbookSource | null, profile: Profile | undefined, locale: Locale) {
  const [state, setState] = useState<WorkbookState>(INITIAL);
  const t = useMemo(() => translator(locale), [locale]);
  const latest = useRef(0);
  /** The grids the shown check was made from: a file's copy is patched from the same reading. */
  const grids = useRef<readonly Grid[]>([]);
  /** Whether Excel carries our marks now: a re-check then updates them (ref: read by the live re-check). */
  const marked = useRef(false);
  /** Tasks run one after another: a live re-check's read and its marks never interleave with another task. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const task = useCallback(
    async <H extends WorkbookSource>(
      target: H | null,
      label: string,
      work: (host: H) => Promise<Partial<WorkbookState> | undefined>,
    ): Promise<void> => {
      if (!target) return;
      const id = ++latest.current;
      setState((s) => ({ ...s, busy: label, error: null, notice: null }));
      try {
        const turn = queue.current.then(() => work(target));
        queue.current = turn.catch(() => undefined);
        const patch = await turn;
        if (patch?.marked !== undefined) marked.current = patch.marked;
        // A slower, older run never overwrites a newer one (live re-check while typing).
        if (id === latest.current) setState((s) => ({ ...s, ...patch, busy: null }));
      } catch (error) {
        // Every failure reaches the pane as a plain sentence in its language (hosts already say what to do).
        if (id === latest.current) setState((s) => ({ ...s, busy: null, error: failureText(error, locale) }));
      }
    },
    [locale],
  );
  // Another workbook (or none, after a refused file): nothing of the last one stays on screen.
  useEffect(() => {
    latest.current++;
    grids.current = [];
    marked.current = false;
    setState(INITIAL);
  }, [host]);
  const excel: WorkbookHost | null = host && isEditable(host) ? host : null;
  const file: FileSource | null = host?.kind === 'file' ? (host as FileSource) : null;

  /** Checks the workbook; in Excel, marks already shown follow what the check finds now. */
  const runCheck = useCallback(
    () =>
      task(host, t('busy.check'), async (h) => {
        grids.current = await h.readGrids();
        // A breath before the long synchronous check, so that the pane shows that it is checking.
        await new Promise((resolve) => setTimeout(resolve, 0));
        const check = checkWorkbook(grids.current, profile, locale, h.document);
        const patch: Partial<WorkbookState> = { check, fixes: check.forms.flatMap(computedFixes) };
        if (marked.current && isEditable(h)) {
          const marks = findingMarks(
            check.forms.flatMap((f) => f.findings),
            locale,
          );
          const report = await h.updateMarks(marks);
          const left = report.notes.length > 0 ? { notice: report.notes.join(' ') } : {};
          return { ...patch, ...left, marked: marks.length > 0 };
        }
        return patch;
      }),
    [task, host, profile, locale, t],
  );

  const applyFixes = useCallback(
    (fixes: readonly CellFix[]) =>
      task(excel, t('busy.fill'), async (h) => {
        const report = await h.writeFixes(fixes);
        grids.current = await h.readGrids();
        const check = checkWorkbook(grids.current, profile, locale);
        return {
          check,
          fixes: check.forms.flatMap(computedFixes),
          notice: withReport(t('done.fill', { count: fixes.length }), report),
        };
      }),
    [task, excel, profile, locale, t],
  );

  const mark = useCallback(
    () =>
      task(excel, t('busy.mark'), async (h) => {
        const findings = state.check?.forms.flatMap((f) => f.findings) ?? [];
        const marks = findingMarks(findings, locale);
        const report = await h.mark(marks);
        return { marked: true, notice: withReport(t('done.mark', { count: marks.length }), report) };
      }),
    [task, excel, state.check, locale, t],
  );

  const clearMarks = useCallback(
    () =>
      task(excel, t('busy.clear'), async (h) => {
        const report = await h.clearMarks();
        return { marked: false, notice: withReport(t('done.clear'), report) };
      }),
    [task, excel, t],
  );

  const select = useCallback(
    (sheet: string, cell: CellPosition) =>
      task(excel, '', async (h) => {
        await h.select(sheet, cell);
        return {};
      }),
    [task, excel],
  );

  const build = useCallback(
    (plan: WorkbookPlan) =>
      task(excel, t('busy.build'), async (h) => {
        const report = await h.applyPlan(plan);
        const sheets = plan.sheets.filter((s) => !s.hidden).map((s) => s.sheet);
        return { notice: withReport(t('done.build', { sheets: sheets.join(t('list.separator')) }), report) };
      }),
    [task, excel, t],
  );

  /** Downloads the checked copy of a file; what the pane shows stays the submission as it was received. */
  const downloadCopy = useCallback(
    () =>
      task(file, t('busy.copy'), async (h) => {
        const shown = state.check;
        if (!shown) return {};
        const copy = checkedCopy(grids.current, shown, locale);
        const name = h.fileName.replace(/\.[^.]*$/, '') + t('copy-suffix') + '.xlsx';
        downloadBytes(await h.copyBytes(copy.edits), name);
        const marks = copy.marks.filter((m) => m.tone !== 'filled').length;
        const done = t('done.download', { file: name, fills: copy.fixes.length, marks });
        const converted =
          h.format === 'xlsx' || h.format === 'xlsm' ? '' : ` ${t('done.converted', { format: h.format })}`;
        return { notice: done + converted };
      }),
    [task, file, state.check, locale, t],
  );

  /** The grid of a sheet as the shown check read it (file mode shows a finding's row from it). */
  const gridOf = useCallback((sheet: string) => grids.current.find((grid) => grid.sheet === sheet), []);

  return { state, runCheck, applyFixes, mark, clearMarks, select, build, downloadCopy, gridOf };
}
