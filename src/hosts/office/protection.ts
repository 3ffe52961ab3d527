/**
 * Writes on sheets that may be protected never leave a sheet worse than it was: the sheets are unprotected,
 * written and protected again in one batch, and if anything in it fails (a batch keeps what ran before its
 * first error), a recovery batch protects again every sheet the first one had unprotected.
 */
import { said } from '../../messages';
import type { ExcelApi } from './api';
import { HostError, toHostError } from './errors';
import { sheetList } from './sheet-list';

/** The code of a failure after which a sheet may be left unprotected: never retried, always said. */
export const PROTECTION_NOT_RESTORED = 'ProtectionNotRestored';

/** A sheet that was protected, with the options to protect it again as it was. */
export interface LockedSheet {
  readonly name: string;
  readonly options?: Excel.WorksheetProtectionOptions;
}

async function relock(api: ExcelApi, locked: readonly LockedSheet[]): Promise<void> {
  await api.batch(async (context) => {
    // A sheet renamed or deleted meanwhile is what made the write fail: the others are protected again.
    const sheets = locked.map((lock) => ({
      lock,
      sheet: context.workbook.worksheets.getItemOrNullObject(lock.name).load('protection/protected'),
    }));
    await context.sync();
    for (const { lock, sheet } of sheets)
      if (!sheet.isNullObject && !sheet.protection.protected) sheet.protection.protect(lock.options);
    await context.sync();
  });
}

/** One batch: unprotect `locked`, do the work, protect them again; a failure anywhere is recovered from. */
export async function withUnlocked(
  api: ExcelApi,
  locked: readonly LockedSheet[],
  work: (context: Excel.RequestContext) => void,
): Promise<void> {
  try {
    await api.batch(async (context) => {
      const sheets = locked.map((lock) => ({ lock, sheet: context.workbook.worksheets.getItem(lock.name) }));
      for (const { sheet } of sheets) sheet.protection.unprotect();
      work(context);
      for (const { lock, sheet } of sheets) sheet.protection.protect(lock.options);
      await context.sync();
    });
  } catch (error) {
    if (locked.length === 0) throw error;
    try {
      await relock(api, locked);
    } catch (again) {
      const sentence = said('office.protection.not-restored', {
        failure: toHostError(error).said,
        again: toHostError(again).said,
        sheets: sheetList(locked.map((lock) => lock.name)),
      });
      throw new HostError(sentence, PROTECTION_NOT_RESTORED, { cause: error });
    }
    throw error;
  }
}
