/**
 * The live re-check's trigger: a user's edit anywhere in the workbook (worksheets.onChanged, own writes
 * ignored). On Excel on the web a pick from a dropdown list raises no onChanged (office-js, open), so there
 * a change of selection, which follows every pick, triggers a re-check as well.
 */
import type { ExcelApi } from './api';

type Registration = OfficeExtension.EventHandlerResult<
  Excel.WorksheetChangedEventArgs | Excel.WorksheetSelectionChangedEventArgs
>;

/** Subscribes; resolves to the function that unsubscribes (through the context the handlers were added in). */
export async function onUserChange(api: ExcelApi, listener: () => void): Promise<() => Promise<void>> {
  const changed = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.triggerSource !== 'ThisLocalAddin') listener();
    return Promise.resolve();
  };
  const selected = (): Promise<void> => {
    listener();
    return Promise.resolve();
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
