import { NATIONAL, review, type FormReview, type Locale, type Profile } from '../domain';
import type { Grid } from '../sheet/grid';
import { readIdentity } from './identity';
import { recognizeWorkbook } from './recognize';

/** A workbook checked: the profile applied, every form reviewed, and the sheets that hold none. */
export interface WorkbookCheck {
  readonly profile: Profile;
  /** True when the workbook is a template we built (its own profile travels with it). */
  readonly ours: boolean;
  readonly forms: readonly FormReview[];
  readonly sheetsWithoutForms: readonly string[];
}

/** Grids → forms → review, the walk every face shares; a profile the user chose wins over the template's. */
export function checkWorkbook(
  grids: readonly Grid[],
  chosen?: Profile,
  locale: Locale = 'zh-CN',
  /** The report's text, when the tables came in a Word document: its statements are checked against them. */
  document?: string,
): WorkbookCheck {
  const identity = readIdentity(grids);
  const profile = chosen ?? identity?.profile ?? NATIONAL;
  const sheets = recognizeWorkbook(grids);
  const result = review(
    sheets.flatMap((sheet) => sheet.forms),
    profile,
    // A Word report's tables have no A1 addresses: their cells are named by row and column.
    { locale, ...(document === undefined ? {} : { document, tableCells: true }) },
  );
  return {
    profile,
    ours: identity !== null,
    forms: result.forms,
    sheetsWithoutForms: sheets.filter((sheet) => sheet.forms.length === 0).map((sheet) => sheet.sheet),
  };
}
