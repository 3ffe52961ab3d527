/**
 * Where a finding is, said the way the file has it: a workbook's sheets and A1 addresses, or, for a Word
 * report, its tables and their rows and columns (a report has no column letters).
 */
import { createContext, useContext } from 'react';
import { columnLetters, toA1, type CellPosition } from '../domain';
import { useText } from './i18n';

/** True while the file shown is a Word report. */
export const ReportContext = createContext(false);

/** The table's number in the report: its sheet is named 表1, 表2 …. */
const tableNumber = (sheet: string): string => /^表\s*(\d+)$/.exec(sheet)?.[1] ?? sheet;

export interface Place {
  readonly inReport: boolean;
  /** The cell's A1 address whatever the file: what Excel references and the findings' `data-cell` carry. */
  address(cell: CellPosition): string;
  /** `E11`, or in a report `11行5列`. */
  cell(cell: CellPosition): string;
  /** A column's heading: `E`, or in a report `5`. */
  column(col: number): string;
  /** `{kind} · 工作表“附件2”`, or `{kind} · 报告中的表1`. */
  formLine(kind: string, sheet: string): string;
  /** The row a finding stands in, for the row shown under it. */
  row(sheet: string, cell: CellPosition): string;
}

export function usePlace(): Place {
  const inReport = useContext(ReportContext);
  const { t } = useText();
  return {
    inReport,
    address: toA1,
    cell: (cell) => (inReport ? t('pane.place.cell', { row: cell.row + 1, col: cell.col + 1 }) : toA1(cell)),
    column: (col) => (inReport ? String(col + 1) : columnLetters(col)),
    formLine: (kind, sheet) =>
      inReport
        ? t('pane.summary.table', { kind, table: tableNumber(sheet) })
        : t('pane.summary.sheet', { kind, sheet }),
    row: (sheet, cell) =>
      inReport
        ? t('pane.findings.row.table', { table: tableNumber(sheet), row: cell.row + 1, col: cell.col + 1 })
        : t('pane.findings.row', { sheet, row: cell.row + 1, address: toA1(cell) }),
  };
}
