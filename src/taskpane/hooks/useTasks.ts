import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Locale } from '../../domain';
import type { WorkbookCheck } from '../../forms/check';
import type { CellFix } from '../../forms/fixes';
import type { Grid } from '../../sheet/grid';
import { failureText, type HostReport, type WorkbookSource } from '../../hosts/types';
import { say } from '../../messages';

/** What the pane shows of the workbook: the last check, its fixes, and what is going on. */
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

/** A task's work on the host: the state it changes, or nothing. */
export type Work<H> = (host: H) => Promise<Partial<WorkbookState> | undefined>;

/** Runs `work` on `target` (nothing without one), saying `label` while it runs. */
export type RunTask = <H extends WorkbookSource>(
  target: H | null,
  label: string,
  work: Work<H>,
) => Promise<void>;

export interface Tasks {
  readonly state: WorkbookState;
  readonly task: RunTask;
  /** The grids the shown check was made from: a file's copy is patched from the same reading. */
  readonly grids: MutableRefObject<readonly Grid[]>;
  /** Whether Excel carries our marks now: a re-check then updates them (ref: read by the live re-check). */
  readonly marked: MutableRefObject<boolean>;
}

/** What the host had to leave out on this Excel, in the pane's language ('' when nothing). */
export function reportText(report: HostReport, locale: Locale): string {
  return report.notes.map((note) => say(note, locale)).join(' ');
}

/** A notice followed by what the host had to leave out on this Excel, if anything. */
export function withReport(notice: string, report: HostReport, locale: Locale): string {
  return report.notes.length > 0 ? `${notice} ${reportText(report, locale)}` : notice;
}

/** The pane's work on a host, one task after another; a newer task's result is the one shown. */
export function useTasks(host: WorkbookSource | null, locale: Locale): Tasks {
  const [state, setState] = useState<WorkbookState>(INITIAL);
  const latest = useRef(0);
  const grids = useRef<readonly Grid[]>([]);
  const marked = useRef(false);
  /** Tasks run one after another: a live re-check's read and its marks never interleave with another task. */
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const task: RunTask = useCallback(
    async (target, label, work) => {
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
  return { state, task, grids, marked };
}
