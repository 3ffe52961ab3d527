import { useCallback, useEffect, useMemo, useState } from 'react';
import { toA1, type Locale, type Profile } from '../../domain';
import { checkWorkbook } from '../../forms/check';
import { summarizeForm, worstFirst, type FormSummary } from '../../forms/summary';
import type { FileSource } from '../../hosts/types';
import type { DeskFile } from '../../hosts/xlsx/browser-host';
import { downloadBytes } from '../download';
import { showNames } from '../format';
import { formatMessage } from '../../messages';
import { uiText } from '../i18n';

/** A file the reviewer opened: read (a source to check), or refused with one sentence. */
export interface OpenedFile {
  readonly name: string;
  readonly source: FileSource | null;
  readonly error: string | null;
}

/** One opened file, checked: its forms as the summary lists them, or why there are none. */
export interface DeskEntry {
  readonly index: number;
  readonly name: string;
  /** The file's format (xlsx, xls, docx …), '' for a file that could not be read. */
  readonly format: string;
  readonly forms: readonly FormSummary[];
  readonly error: string | null;
  readonly sheetsWithoutForms: readonly string[];
}

/** A form of an opened file, as a line of the desk. */
export type DeskLine = readonly [DeskEntry, FormSummary];

/** Builds the summary workbook of several files (file mode loads ExcelJS for it only then). */
export type BuildSummary = (files: readonly DeskFile[]) => Promise<ArrayBuffer>;

/** Checks one opened file for the desk (a refused one keeps its sentence). */
async function deskEntry(
  file: OpenedFile,
  index: number,
  profile: Profile | undefined,
  locale: Locale,
): Promise<DeskEntry> {
  const { name, source } = file;
  if (!source) return { index, name, format: '', forms: [], error: file.error, sheetsWithoutForms: [] };
  const check = checkWorkbook(await source.readGrids(), profile, locale, source.document);
  return {
    index,
    name,
    format: source.format,
    forms: check.forms.map((review) => summarizeForm(review, (row, col) => toA1({ row, col }))),
    error: null,
    sheetsWithoutForms: check.sheetsWithoutForms,
  };
}

const NO_ENTRIES: readonly DeskEntry[] = [];

/** Checks every opened file in turn, saying how far it is; the entries come in the files' order. */
export function useDesk(files: readonly OpenedFile[], profile: Profile | undefined, locale: Locale) {
  // Kept with the files they were made from: entries of files no longer open are never shown.
  const [checked, setChecked] = useState<{ files: readonly OpenedFile[]; entries: readonly DeskEntry[] }>({
    files: [],
    entries: [],
  });
  const [progress, setProgress] = useState<{ done: number; total: number; file: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    if (files.length < 2) return;
    void (async () => {
      const done: DeskEntry[] = [];
      for (const [index, file] of files.entries()) {
        if (cancelled) return;
        setProgress({ done: index, total: files.length, file: file.name });
        // Let the pane paint the progress before the next file's work.
        await new Promise((resolve) => setTimeout(resolve, 0));
        done.push(await deskEntry(file, index, profile, locale));
      }
      if (cancelled) return;
      setChecked({ files, entries: done });
      setProgress(null);
    })();
    return () => {
      cancelled = true;
      setProgress(null);
    };
  }, [files, profile, locale]);
  const entries = checked.files === files ? checked.entries : NO_ENTRIES;
  // Every form of every file, worst first.
  const lines = useMemo(
    () =>
      entries
        .flatMap((entry) => entry.forms.map((form): DeskLine => [entry, form]))
        .sort(([, a], [, b]) => worstFirst(a, b)),
    [entries],
  );
  return { entries, lines, progress };
}

/** The desk as the pane's components see it. */
export type Desk = ReturnType<typeof useDesk>;

/** Why a file gives the summary no line, in the summary workbook's language (Chinese, as the command line's). */
function deskProblem(entry: DeskEntry): DeskFile['problem'] {
  if (entry.error) return { result: formatMessage('summary.result.unreadable'), reason: entry.error };
  if (entry.forms.length > 0) return null;
  const sheets = entry.sheetsWithoutForms.map((sheet) => `“${sheet}”`);
  return { result: formatMessage('summary.result.no-form'), reason: showNames(sheets, 'zh-CN') };
}

/** Downloads the summary workbook of the files on the desk, named in the pane's language. */
export function useSummaryDownload(
  buildSummary: BuildSummary | undefined,
  entries: readonly DeskEntry[],
  locale: Locale,
) {
  return useCallback(async () => {
    if (!buildSummary) return;
    const bytes = await buildSummary(
      entries.map((entry): DeskFile => ({
        name: entry.name,
        format: entry.format,
        forms: entry.forms,
        problem: deskProblem(entry),
      })),
    );
    downloadBytes(bytes, uiText(locale, 'pane.desk.summary-file'));
  }, [buildSummary, entries, locale]);
}
