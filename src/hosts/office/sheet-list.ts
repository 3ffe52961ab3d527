import { said, type Said } from '../../messages';

/** Sheet names as one phrase, each named and joined as the reader's language does (`工作表“A”、工作表“B”`). */
export function sheetList(names: readonly string[]): Said {
  const [name = '', ...rest] = names;
  return said('office.sheet-list', rest.length > 0 ? { name, rest: sheetList(rest) } : { name });
}
