/**
 * Every reader makes the same GridCell of the same cell (src/sheet/cell-value.ts): the XML reader (the command
 * line and file mode), ExcelJS, SheetJS (.xls, .et, .ods; here on the same .xlsx bytes) and Office.js (on the
 * fake), over one table of cases (cell-cases.ts). Each case is a workbook ExcelJS writes.
 */
import * as SheetJs from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guard';
import { sheetJsGrids, type SheetJs as SheetJsApi } from '../../src/hosts/xlsx/sheetjs';
import type { Grid, GridCell } from '../../src/sheet/grid';
import { CELL_CASES, type CellCase, type Holding } from './cell-cases';
import { FakeExcel } from './office/fake-office';
import { hostOn } from './office/helpers';
import { excelJsGrids, xmlGrids } from './xlsx/both-readers';

type ExcelJsValue = ExcelJS.CellValue;

function excelJsValue(holds: Holding): ExcelJsValue {
  if ('formula' in holds) return { formula: holds.formula, result: holds.result } as ExcelJsValue;
  if ('error' in holds) return { error: holds.error } as ExcelJsValue;
  return holds.value;
}

/** The case as an .xlsx: its cell at A1 of the only sheet. */
async function workbookOf(c: CellCase): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (c.date1904) workbook.properties.date1904 = true;
  const cell = workbook.addWorksheet('S').getCell('A1');
  cell.value = excelJsValue(c.holds);
  if (c.format !== undefined) cell.numFmt = c.format;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The case in Excel (the fake): the value, or the formula and its cached result, as Range.values gives it. */
async function officeCell(c: CellCase): Promise<GridCell | undefined> {
  const excel = new FakeExcel();
  const model = excel.sheet('Sheet1').touch(0, 0);
  if (c.format !== undefined) model.format = c.format;
  const plain = 'formula' in c.holds ? c.holds.result : 'error' in c.holds ? c.holds : c.holds.value;
  model.value = typeof plain === 'object' ? plain.error : plain === '' ? null : plain;
  if ('formula' in c.holds) model.formula = c.holds.formula;
  const grids = await hostOn(excel).readGrids();
  return firstCell(grids);
}

const firstCell = (grids: readonly Grid[]): GridCell | undefined => grids[0]?.rows[0]?.[0];

const sheetJs = SheetJs as unknown as SheetJsApi;

describe('every reader makes the same cell of the same content', () => {
  it.each(CELL_CASES.map((c) => [c.what, c] as const))('%s', async (_what, c) => {
    const bytes = await workbookOf(c);
    const sheetJsRead = sheetJsGrids(sheetJs, bytes, DEFAULT_LIMITS);
    const read = {
      xml: firstCell(await xmlGrids(bytes)),
      excelJs: firstCell(await excelJsGrids(bytes)),
      sheetJs: Array.isArray(sheetJsRead) ? firstCell(sheetJsRead) : sheetJsRead,
      // Office.js gives no date system: a 1904 workbook's cases are for the file readers.
      ...(c.date1904 ? {} : { office: await officeCell(c) }),
    };
    const expected = Object.fromEntries(Object.keys(read).map((reader) => [reader, c.expected]));
    expect(read).toEqual(expected);
  });
});
