/**
 * Reads a fund block under its header, whichever variant: the national 年初预算数 | 全年预算数 | 全年执行数 |
 * 分值 | 执行率 | 得分 with 年度资金总额, Sichuan's 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分
 * with 总额, the transfer form's 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A), a form with no 全年预算数
 * (its own definition: B/A), and the 20-point 执行率 of forms that say so in a label.
 */
import { isBlank, type FormCell } from '../domain/cells';
import type { FundBlock, FundBreakdown, FundLine, FundTotal } from '../domain/form';
import { parseValue } from '../domain/values';
import type { FundHeader } from './headers';
import { derivedCell, type SheetView } from './sheet-view';
import { LABELS } from './vocabulary';

/** An amount typed with its unit in a 万元 block (`150万`, `4753.66万元`): the number of 万元. */
const TEN_THOUSANDS = /^\s*([-+]?[\d,]+(?:\.\d+)?)\s*万元?\s*$/;

function amount(view: SheetView, row: number, col: number | undefined): FormCell | undefined {
  if (col === undefined) return undefined;
  const cell = view.cell(row, col);
  const match = typeof cell.value === 'string' ? TEN_THOUSANDS.exec(cell.value) : null;
  return match?.[1]
    ? { ...cell, value: Number(match[1].replace(/,/g, '')), text: cell.value as string }
    : cell;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `其中：一般公共预算：2502.06` → label and amount typed inside the label cell. */
export function embeddedAmount(text: string): { label: string; amount: number | null } {
  const clean = text.replace(/\s+/g, '').replace(/^其中[:：]?/, '');
  const match = /^(.*?)[:：]([^:：]*)$/.exec(clean);
  if (!match) return { label: clean, amount: null };
  const parsed = parseValue((match[2] ?? '').replace(/万元?$/, ''));
  return {
    label: match[1] ?? clean,
    amount: parsed.kind === 'number' && !parsed.percent ? parsed.amount : null,
  };
}

/** The 分值 of 执行率 a block states in a label: `预算执行情况(万元)(20分)`, `得分(20分*执行率)`. */
function declaredWeight(view: SheetView, header: FundHeader): FormCell | undefined {
  const cells = [0, 1, header.columns.score].flatMap((col) =>
    col === undefined ? [] : [{ row: header.row, col }],
  );
  for (const at of cells) {
    const match = /(\d+(?:\.\d+)?)\s*分/.exec(view.text(at.row, at.col));
    if (match?.[1]) return derivedCell(at, Number(match[1]));
  }
  return undefined;
}

/** Where the block's rows end: the goals, an indicator table, another block or a footer. */
function stopsBlock(view: SheetView, row: number): boolean {
  const label = view.firstLabel(row);
  if (!label) return false;
  return (
    LABELS.goals.test(label.key) ||
    LABELS.footer.test(label.key) ||
    LABELS.title.test(label.key) ||
    /^(绩效指标|年度绩效目标|项目基本情况|评价指标|一级指标)/.test(label.key) ||
    view.rowMatches(row, /^一级(指标)?$|^三级(指标)?$/)
  );
}

/** The label column of a fund row: the last label left of the first amount. */
function lineLabel(view: SheetView, row: number, firstAmount: number): FormCell | undefined {
  let labelCol: number | undefined;
  for (let c = 0; c < firstAmount; c++) if (view.key(row, c)) labelCol = c;
  return labelCol === undefined ? undefined : view.cell(row, labelCol);
}

function groupedBreakdowns(view: SheetView, groupRow: number, end: number): FundBreakdown[] {
  const groups: { col: number; label: string }[] = [];
  for (let c = 0; c < view.width; c++) {
    const key = view.key(groupRow, c);
    if (key && LABELS.fundGroup.test(key)) groups.push({ col: c, label: key.replace(/[:：].*$/, '') });
  }
  return groups.map((group, index) => {
    const nextCol = groups[index + 1]?.col ?? view.width;
    const lines: FundLine[] = [];
    for (let r = groupRow + 1; r <= end && !stopsBlock(view, r); r++) {
      const labelCell = view.cell(r, group.col);
      if (typeof labelCell.value !== 'string' || labelCell.value.trim() === '') continue;
      const { label, amount: embedded } = embeddedAmount(labelCell.value);
      let amountCell: FormCell = { ...labelCell, value: embedded, text: labelCell.value };
      // The amount may stand in its own cell right of the label, before the next group's column.
      if (embedded === null)
        for (let c = group.col + 1; c < nextCol; c++)
          if (!isBlank(view.cell(r, c))) {
            amountCell = view.cell(r, c);
            break;
          }
      lines.push({ label, labelCell, amount: amountCell });
    }
    return { label: group.label, lines };
  });
}

/** A transfer form's block, its figures listed under each other: the total only. */
function verticalBlock(view: SheetView, vertical: NonNullable<FundHeader['vertical']>): FundBlock {
  const cell = (at: { row: number; col: number } | undefined): FormCell | undefined =>
    at === undefined ? undefined : amount(view, at.row, at.col);
  const total: FundTotal = compact({
    label: '年度资金总额',
    budget: cell(vertical.budget),
    spent: cell(vertical.spent),
    rate: cell(vertical.rate),
  });
  return { total, breakdowns: [] };
}

type FundColumns = FundHeader['columns'];

/** The total row: labelled 年度资金总额 within three rows of the header, or else the first row with amounts. */
function totalRowOf(
  view: SheetView,
  header: FundHeader,
  amountCols: readonly number[],
  end: number,
): number | undefined {
  const firstAmount = Math.min(...amountCols);
  for (let r = header.row + 1; r <= Math.min(end, header.row + 3); r++)
    if (view.find(r, LABELS.fundTotal, 0, firstAmount) !== undefined) return r;
  const first = header.row + 1;
  if (first > end || stopsBlock(view, first)) return undefined;
  return amountCols.some((c) => !isBlank(view.cell(first, c))) ? first : undefined;
}

/** The lines under the total, each with the amounts of the block's columns: the total's breakdown (其中). */
function listedLines(
  view: SheetView,
  columns: FundColumns,
  rows: { readonly from: number; readonly end: number; readonly firstAmount: number },
): FundLine[] {
  const lines: FundLine[] = [];
  for (let r = rows.from; r <= rows.end && !stopsBlock(view, r); r++) {
    const cell = lineLabel(view, r, rows.firstAmount);
    if (!cell) continue;
    lines.push(
      compact({
        label: String(cell.value)
          .replace(/\s+/g, '')
          .replace(/^其中[:：]?/, ''),
        labelCell: cell,
        initial: amount(view, r, columns.initial),
        budget: amount(view, r, columns.budget),
        spent: amount(view, r, columns.spent),
      }),
    );
  }
  return lines;
}

/** Reads the block under `header`, no further than row `end`; undefined when it holds no total row. */
export function readFundBlock(view: SheetView, header: FundHeader, end: number): FundBlock | undefined {
  if (header.vertical) return verticalBlock(view, header.vertical);
  const columns = { ...header.columns };
  // No 全年预算数 at all: the form's own definition holds, 执行率 = 全年执行数 ÷ 年初预算数 (B/A).
  if (columns.budget === undefined) [columns.budget, columns.initial] = [columns.initial, undefined];
  const amountCols = [columns.initial, columns.budget, columns.spent].filter(
    (c): c is number => c !== undefined,
  );
  const firstAmount = Math.min(...amountCols);
  const totalRow = totalRowOf(view, header, amountCols, end);
  if (totalRow === undefined) return undefined;

  const total: FundTotal = compact({
    label: '年度资金总额',
    labelCell: lineLabel(view, totalRow, firstAmount),
    initial: amount(view, totalRow, columns.initial),
    budget: amount(view, totalRow, columns.budget),
    spent: amount(view, totalRow, columns.spent),
    weight: columns.weight === undefined ? declaredWeight(view, header) : view.cell(totalRow, columns.weight),
    rate: columns.rate === undefined ? undefined : view.cell(totalRow, columns.rate),
    score: columns.score === undefined ? undefined : view.cell(totalRow, columns.score),
  });

  for (let r = totalRow + 1; r <= end && !stopsBlock(view, r); r++)
    if (view.rowMatches(r, LABELS.fundGroup)) return { total, breakdowns: groupedBreakdowns(view, r, end) };
  const lines = listedLines(view, columns, { from: totalRow + 1, end, firstAmount });
  return { total, breakdowns: lines.length > 0 ? [{ label: '其中', lines }] : [] };
}
