import { useEffect, useState } from 'react';
import { toA1, type Locale, type Profile } from '../../domain';
import { checkWorkbook } from '../../forms/check';
import { summarizeForm, type FormSummary } from '../../forms/summary';
import type { FileSource } from '../../hosts/types';

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
        if (!file.source) {
          done.push({
            index,
            name: file.name,
            format: '',
            forms: [],
            error: file.error,
            sheetsWithoutForms: [],
          });
          continue;
        }
        const check = checkWorkbook(await file.source.readGrids(), profile, locale, file.source.document);
        done.push({
          index,
          name: file.name,
          format: file.source.format,
          forms: check.forms.map((review) => summarizeForm(review, (row, col) => toA1({ row, col }))),
          error: null,
          sheetsWithoutForms: check.sheetsWithoutForms,
        });
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
  return { entries: checked.files === files ? checked.entries : [], progress };
}
