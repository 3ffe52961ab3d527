import { useCallback, useState } from 'react';
import type { CellPosition, Locale } from '../../domain';
import { failureText, type FileSource } from '../../hosts/types';
import type { OpenedFile } from './useDesk';

/** Opens a file in file mode (injected so the pane loads the file reader only when it is needed). */
export type OpenFile = (bytes: ArrayBuffer, name: string) => Promise<FileSource>;

/** A finding's cell picked in file mode, whose row is shown under its form. */
export interface PickedCell {
  readonly sheet: string;
  readonly cell: CellPosition;
}

/** Reads each file picked or dropped, or says in one sentence why it cannot. */
async function openEach(picked: readonly File[], openFile: OpenFile, locale: Locale): Promise<OpenedFile[]> {
  const opened: OpenedFile[] = [];
  for (const file of picked) {
    try {
      opened.push({
        name: file.name,
        source: await openFile(await file.arrayBuffer(), file.name),
        error: null,
      });
    } catch (error) {
      opened.push({ name: file.name, source: null, error: failureText(error, locale) });
    }
  }
  return opened;
}

/** File mode's files: the ones opened last, the one shown (the first readable), and the cell picked in it. */
export function useOpenedFiles(openFile: OpenFile | undefined, locale: Locale) {
  const [files, setFiles] = useState<readonly OpenedFile[]>([]);
  const [current, setCurrent] = useState(0);
  const [opening, setOpening] = useState(false);
  const [picked, setPicked] = useState<PickedCell | null>(null);

  /** Opens the files picked or dropped, each read or refused in its own sentence; the first readable is shown. */
  const open = useCallback(
    async (chosen: readonly File[]) => {
      if (!openFile) return;
      setOpening(true);
      setPicked(null);
      const opened = await openEach(chosen, openFile, locale);
      setFiles(opened);
      setCurrent(
        Math.max(
          0,
          opened.findIndex((file) => file.source !== null),
        ),
      );
      setOpening(false);
    },
    [openFile, locale],
  );
  /** Shows another of the opened files. */
  const show = useCallback((index: number) => {
    setPicked(null);
    setCurrent(index);
  }, []);
  return { files, current, shown: files[current], opening, open, show, picked, pick: setPicked };
}

/** File mode's files as the pane's components see them. */
export type OpenedFiles = ReturnType<typeof useOpenedFiles>;
