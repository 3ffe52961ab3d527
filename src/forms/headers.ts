/**
 * Finds the header rows of a sheet's blocks by the vocabulary's headings: fund blocks (项目资金 / 预算执行情况)
 * and indicator tables (绩效指标, one or two header rows, targets split over three columns, scored rubrics).
 */
import type { Columns } from './sheet-view';
import { SheetView } from './sheet-view';
import { parseValue } from '../domain/values';
import {
  FUND_COLUMNS,
  INDICATOR_COLUMNS,
  namesColumn,
  type FundColumn,
  type IndicatorColumn,
} from './vocabulary';

export interface FundHeader {
  readonly row: number;
  readonly columns: Columns<FundColumn>;
  /**
   * Labels down a column with their amounts to the right (区域绩效目标自评表: 转移支付预算数(A) | 5.8 over
   * 转移支付执行数(B) | 5.8): the cells of each amount, by the column it would have.
   */
  readonly vertical?: Readonly<Partial<Record<FundColumn, { readonly row: number; readonly col: number }>>>;
}

export interface IndicatorHeader {
  readonly first: number;
  /** Last row of the header (two-row headers: 评价指标 / 一级 二级 三级). */
  readonly last: number;
  readonly columns: Columns<IndicatorColumn>;
  /** Scored by 评分标准, without targets and results. */
  readonly rubric: boolean;
}

/** The first label of a row naming a fund column, with the amount right of it, if that is a number. */
function labelWithAmount(
  view: SheetView,
  row: number,
  column: FundColumn,
): { row: number; col: number } | undefined {
  for (let c = 0; c + 1 < view.width; c++) {
    const key = view.key(row, c);
    if (key === undefined || !namesColumn(FUND_COLUMNS[column], key)) continue;
    const value = view.valueRightOf(row, c);
    const raw = typeof value.value === 'string' ? value.value.replace(/万元?$/, '') : value.value;
    if (parseValue(raw).kind === 'number') return { row: value.row, col: value.col };
  }
  return undefined;
}

/** A fund block whose labels stand down a column: a budget with its amount, the amount spent within two rows. */
function verticalAt(view: SheetView, r: number): FundHeader | null {
  const budget = labelWithAmount(view, r, 'budget');
  if (!budget) return null;
  for (let s = r; s <= Math.min(r + 2, view.height - 1); s++) {
    const spent = labelWithAmount(view, s, 'spent');
    if (!spent) continue;
    const rate = labelWithAmount(view, r, 'rate') ?? labelWithAmount(view, s, 'rate');
    return { row: r, columns: {}, vertical: { budget, spent, ...(rate ? { rate } : {}) } };
  }
  return null;
}

/** A row that heads a fund block: an amount spent and a budget to hold it against (or such labels down a column). */
export function fundHeaders(view: SheetView): FundHeader[] {
  const headers: FundHeader[] = [];
  for (let r = 0; r < view.height; r++) {
    // Labels with their amounts beside them first: `预算数: | 2.38 | 执行数: | 2.38` typed as text is no header.
    const vertical = verticalAt(view, r);
    if (vertical) {
      headers.push(vertical);
      r = Math.max(r, ...Object.values(vertical.vertical ?? {}).map((at) => at.row));
      continue;
    }
    const columns = view.hasNumber(r) ? {} : view.columns([r], FUND_COLUMNS);
    if (columns.spent !== undefined && (columns.budget !== undefined || columns.initial !== undefined))
      headers.push({ row: r, columns });
  }
  return headers;
}

type IndicatorColumns = Columns<IndicatorColumn>;

const hasLevels = (c: IndicatorColumns): boolean =>
  c.level3 !== undefined || (c.level1 !== undefined && c.level2 !== undefined);
const hasData = (c: IndicatorColumns): boolean =>
  c.target !== undefined ||
  c.result !== undefined ||
  c.weight !== undefined ||
  c.score !== undefined ||
  c.criterion !== undefined;
const count = (c: IndicatorColumns): number => Object.keys(c).length;

/** The header's columns, from one row or two (the lower row first: its finer headings win). */
function headerAt(view: SheetView, r: number): IndicatorHeader | null {
  const own = view.columns([r], INDICATOR_COLUMNS);
  // A number in a header row is data, unless the row names three columns (a section's score beside them).
  if ((view.hasNumber(r) && count(own) < 3) || (!hasLevels(own) && !hasData(own))) return null;
  const below = r + 1 < view.height ? view.columns([r + 1], INDICATOR_COLUMNS) : {};
  const belowIsHeader =
    r + 1 < view.height && !view.hasNumber(r + 1) && (hasLevels(below) || count(below) >= 2);
  const make = (last: number): IndicatorHeader => {
    const columns = last > r ? view.columns([r + 1, r], INDICATOR_COLUMNS) : own;
    return {
      first: r,
      last,
      columns,
      rubric: columns.criterion !== undefined && columns.target === undefined,
    };
  };
  if (hasLevels(own) && hasData(own)) return make(belowIsHeader ? r + 1 : r);
  if (belowIsHeader && hasLevels({ ...own, ...below }) && hasData({ ...own, ...below })) return make(r + 1);
  return null;
}

/** Every indicator table's header in the sheet, top to bottom. */
export function indicatorHeaders(view: SheetView): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let r = 0; r < view.height; r++) {
    const header = headerAt(view, r);
    if (!header) continue;
    headers.push(header);
    r = header.last;
  }
  return headers;
}

/** How many cells of a row are indicator headings (a header repeated after a page break has several). */
export function headingCount(view: SheetView, row: number): number {
  return count(view.columns([row], INDICATOR_COLUMNS));
}
