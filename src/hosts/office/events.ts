/**
 * The live re-check's trigger: a user's edit anywhere in the workbook (worksheets.onChanged, the add-in's own
 * writes ignored). On Excel on the web a pick from a dropdown list raises no onChanged (office-js #3888,
 * #4066), so there, when the user leaves a cell, one sync compares it with what the last check read, and a
 * difference triggers the re-check.
 */
import { fromA1 } from '../../domain/cells';
import type { ExcelApi } from './api';

type Registration = OfficeExtension.EventHandlerResult<
  Excel.WorksheetChangedEventArgs | Excel.WorksheetSelectionChangedEventArgs
>;

/** What the host tells the trigger: what the last check read, and whether a selection is its own. */
export interface ChangeSources {
  /** The value the last check read in a cell (null for empty), undefined when it read no such sheet. */
  readonly valueAt: (sheet: string, row: number, col: number) => unknown;
  /** True (once) for the selection change that follows the host's own select(). */
  readonly ownSelection: () => boolean;
}

/** A cell value as text to compare: empty is empty, whatever held it. */
function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** Subscribes; resolves to the function that unsubscribes (through the context the handlers were added in). */
export async function onUserChange(
  api: ExcelApi,
  listener: () => void,
  sources: ChangeSources,
): Promise<() => Promise<void>> {
  const changed = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.triggerSource !== 'ThisLocalAddin') listener();
    return Promise.resolve();
  };
  let left: { worksheetId: string; address: string } | null = null;
  const selected = async (event: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
    const previous = left;
    left = { worksheetId: event.worksheetId, address: event.address };
    if (sources.ownSelection() || !previous) return;
    const cell = fromA1(previous.address.split(':')[0] ?? '');
    if (!cell) return;
    try {
      const now = await api.batch(async (context) => {
        const sheet = context.workbook.worksheets.getItem(previous.worksheetId).load('name');
        const range = sheet.getRange(previous.address.split(':')[0]).load('values');
        await context.sync();
        const values: readonly (readonly unknown[])[] = range.values;
        return { sheet: sheet.name, value: values[0]?.[0] };
      });
      if (plain(now.value) !== plain(sources.valueAt(now.sheet, cell.row, cell.col))) listener();
    } catch {
      // The cell left may be gone (a sheet deleted): the next edit or check reads everything anyway.
    }
  };
  const registered = await api.batch(async (context) => {
    const sheets = context.workbook.worksheets;
    const results: Registration[] = [sheets.onChanged.add(changed)];
    if (api.onWeb) results.push(sheets.onSelectionChanged.add(selected));
    await context.sync();
    return results;
  });
  return async () => {
    const first = registered[0];
    if (!first) return;
    await api.batchIn(first.context, async (context) => {
      for (const result of registered) result.remove();
      await context.sync();
    });
  };
}
