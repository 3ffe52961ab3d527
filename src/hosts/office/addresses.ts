import { fromA1Range } from '../../sheet/address';
import type { Merge } from '../../sheet/grid';

/** `Sheet`!A1 with the sheet name always quoted, which Excel accepts for every name. */
export function qualified(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** `'My ''Sheet'!A1:B2` → its sheet name and the address after the `!`. */
export function splitAddress(address: string): { sheet: string; range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: '', range: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1).trim() };
}

/** The areas of a RangeAreas address (`S!A1:B2, S!D1:D4`), commas inside quoted sheet names kept. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let current = '';
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (current.trim()) areas.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) areas.push(current.trim());
  return areas;
}

/** The merged areas of a RangeAreas address as 0-based ranges. */
export function mergesOf(address: string): Merge[] {
  const merges: Merge[] = [];
  for (const area of splitAreas(address)) {
    const merge = fromA1Range(splitAddress(area).range);
    if (merge && (merge.top !== merge.bottom || merge.left !== merge.right)) merges.push(merge);
  }
  return merges;
}
