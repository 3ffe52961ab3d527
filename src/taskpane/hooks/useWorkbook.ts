import { useCallback, useMemo } from 'react';
import type { CellPosition, Locale, Profile } from '../../domain';
import { checkWorkbook } from '../../forms/check';
import { checkedCopy } from '../../forms/copy';
import { computedFixes, findingMarks, type CellFix } from '../../forms/fixes';
import type { WorkbookPlan } from '../../sheet/plan';
import { isEditable, type FileSource, type WorkbookHost, type WorkbookSource } from '../../hosts/types';
import { downloadBytes } from '../download';
import { showNames } from '../format';
import { translator, type Translate } from '../i18n';
import { useFindingsCopy } from './useFindingsCopy';
import { reportText, useTasks, withReport, type Tasks, type WorkbookState } from './useTasks';

export type { WorkbookState } from './useTasks';

/** What every action needs: the task runner, the pane's words, and what the check is made with. */
interface ActionContext extends Tasks {
  readonly t: Translate;
  readonly profile: Profile | undefined;
  readonly locale: Locale;
}

/** Checks the workbook; in Excel, marks already shown follow what the check finds now. */
function useRunCheck(
  host: WorkbookSource | null,
  { task, grids, marked, t, profile, locale }: ActionContext,
) {
  return useCallback(
    () =>
      task(host, t('pane.busy.check'), async (h) => {
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
          const left = report.notes.length > 0 ? { notice: reportText(report, locale) } : {};
          return { ...patch, ...left, marked: marks.length > 0 };
        }
        return patch;
      }),
    [task, host, grids, marked, profile, locale, t],
  );
}

/** Fills computed cells in Excel, and marks the findings on their cells or clears the marks. */
function useExcelEdits(
  excel: WorkbookHost | null,
  { state, task, grids, t, profile, locale }: ActionContext,
) {
  const applyFixes = useCallback(
    (fixes: readonly CellFix[]) =>
      task(excel, t('pane.busy.fill'), async (h) => {
        const report = await h.writeFixes(fixes);
        grids.current = await h.readGrids();
        const check = checkWorkbook(grids.current, profile, locale);
        return {
          check,
          fixes: check.forms.flatMap(computedFixes),
          notice: withReport(t('pane.done.fill', { count: fixes.length }), report, locale),
        };
      }),
    [task, excel, grids, profile, locale, t],
  );
  const mark = useCallback(
    () =>
      task(excel, t('pane.busy.mark'), async (h) => {
        const findings = state.check?.forms.flatMap((f) => f.findings) ?? [];
        const marks = findingMarks(findings, locale);
        const report = await h.mark(marks);
        return {
          marked: true,
          notice: withReport(t('pane.done.mark', { count: marks.length }), report, locale),
        };
      }),
    [task, excel, state.check, locale, t],
  );
  const clearMarks = useCallback(
    () =>
      task(excel, t('pane.busy.clear'), async (h) => {
        const report = await h.clearMarks();
        return { marked: false, notice: withReport(t('pane.done.clear'), report, locale) };
      }),
    [task, excel, t, locale],
  );
  return { applyFixes, mark, clearMarks };
}

/** Selects a finding's cell in Excel, and builds templates into the open workbook. */
function useExcelSheets(excel: WorkbookHost | null, { task, t, locale }: ActionContext) {
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
      task(excel, t('pane.busy.build'), async (h) => {
        const report = await h.applyPlan(plan);
        const sheets = plan.sheets.filter((s) => !s.hidden).map((s) => s.sheet);
        return {
          notice: withReport(t('pane.done.build', { sheets: showNames(sheets, locale) }), report, locale),
        };
      }),
    [task, excel, t, locale],
  );
  return { select, build };
}

/** Downloads the checked copy of a file; what the pane shows stays the submission as it was received. */
function useCheckedCopy(file: FileSource | null, { state, task, grids, t, locale }: ActionContext) {
  return useCallback(
    () =>
      task(file, t('pane.busy.copy'), async (h) => {
        const shown = state.check;
        if (!shown) return {};
        const copy = checkedCopy(grids.current, shown, locale);
        const name = h.fileName.replace(/\.[^.]*$/, '') + t('pane.copy-suffix') + '.xlsx';
        downloadBytes(await h.copyBytes(copy.edits), name);
        const marks = copy.marks.filter((m) => m.tone !== 'filled').length;
        const done = t('pane.done.download', { file: name, fills: copy.fixes.length, marks });
        const converted =
          h.format === 'xlsx' || h.format === 'xlsm'
            ? ''
            : ` ${t('pane.done.converted', { format: h.format })}`;
        return { notice: done + converted };
      }),
    [task, file, grids, state.check, locale, t],
  );
}

/** The only UI code that talks to a host and the domain: check, fill, mark, clear, select, build, download, copy. */
export function useWorkbook(host: WorkbookSource | null, profile: Profile | undefined, locale: Locale) {
  const tasks = useTasks(host, locale);
  const t = useMemo(() => translator(locale), [locale]);
  const context: ActionContext = { ...tasks, t, profile, locale };
  const excel: WorkbookHost | null = host && isEditable(host) ? host : null;
  const file: FileSource | null = host?.kind === 'file' ? (host as FileSource) : null;
  const runCheck = useRunCheck(host, context);
  const edits = useExcelEdits(excel, context);
  const sheets = useExcelSheets(excel, context);
  const downloadCopy = useCheckedCopy(file, context);
  const copyFindings = useFindingsCopy(host, tasks, t);
  /** The grid of a sheet as the shown check read it (file mode shows a finding's row from it). */
  const { grids } = tasks;
  const gridOf = useCallback((sheet: string) => grids.current.find((grid) => grid.sheet === sheet), [grids]);
  return { state: tasks.state, runCheck, ...edits, ...sheets, downloadCopy, copyFindings, gridOf };
}

/** The workbook as the pane's components see it: its state and what they may ask of it. */
export type Workbook = ReturnType<typeof useWorkbook>;
