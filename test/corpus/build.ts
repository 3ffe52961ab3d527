/**
 * Writes a corpus table as reviewers receive it, in two ways:
 * - pasted: a Word table pasted into Excel — merged cells as the table has them, line breaks kept (wrapped),
 *   every number left as text;
 * - typed: typed into Excel — numbers as numbers, percentages as fractions with a % format, cells merged as
 *   the form has them (people merge label and score cells in Excel too).
 * Row r of the table is sheet row r in both, so expectations hold for either.
 */
import ExcelJS from 'exceljs';
import { MERGED_ABOVE, MERGED_LEFT, mergesOf, type CorpusTable } from './format';

export type Variant = 'pasted' | 'typed';
export const VARIANTS: readonly Variant[] = ['pasted', 'typed'];

const covered = (text: string): boolean => text === MERGED_ABOVE || text === MERGED_LEFT;

/** A cell's text as a typed number: `90`, `-3.5`, `1,234.5`; `95%` as 0.95 with its format. */
export function typedValue(text: string): { value: string | number; format?: string } {
  const plain = text.trim();
  const number = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.exec(plain);
  if (number) return { value: Number(plain.replace(/,/g, '')) };
  const percent = /^(-?\d+(?:\.(\d+))?)%$/.exec(plain);
  if (percent) {
    const decimals = percent[2]?.length ?? 0;
    return {
      value: Number((Number(percent[1]) / 100).toFixed(decimals + 2)),
      format: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%',
    };
  }
  return { value: text };
}

/** The table as an .xlsx in one of the two ways. */
export async function tableWorkbook(table: CorpusTable, variant: Variant): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  table.rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === '' || covered(text)) return;
      const cell = sheet.getCell(r + 1, c + 1);
      if (variant === 'pasted') {
        cell.value = text;
        if (text.includes('\n')) cell.alignment = { wrapText: true, vertical: 'middle' };
        return;
      }
      const typed = typedValue(text);
      cell.value = typed.value;
      if (typed.format) cell.numFmt = typed.format;
    }),
  );
  for (const merge of mergesOf(table.rows).merges)
    sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
