/** Reads a 整体支出绩效评价基础数据表 (domain.md §1.3): 财政供养人员, 经费控制情况, 楼堂馆所, 厉行节约. */
import { isBlank, type FormCell } from '../domain/cells';
import type { BasicData, ControlRate, ExpenseLine, Form } from '../domain/form';
import type { SheetView } from './sheet-view';
import { LABELS } from './vocabulary';

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function labelled(view: SheetView, start: number, end: number, pattern: RegExp) {
  for (let r = start; r <= end; r++) {
    const c = view.find(r, pattern);
    if (c !== undefined) return view.valueRightOf(r, c);
  }
  return undefined;
}

function titleOf(view: SheetView, start: number, end: number): string | undefined {
  for (let r = start; r <= end; r++) {
    const c = view.find(r, LABELS.title);
    if (c !== undefined) return view.text(r, c).replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

const TOP_EXPENSES =
  /^(三公经费|项目支出|公用经费|政府采购金额|部门基本支出预算调整|基本支出|人员经费)[:：]?$/;

function expenseLines(view: SheetView, start: number, end: number): ExpenseLine[] {
  let headerRow: number | undefined;
  for (let r = start; r <= end && headerRow === undefined; r++)
    if (view.rowMatches(r, /预算数$/) && view.rowMatches(r, /决算数$/)) headerRow = r;
  if (headerRow === undefined) return [];
  const previous = view.find(headerRow, /决算数$/);
  const budget = view.find(headerRow, /预算数$/);
  const actual = previous === undefined ? undefined : view.find(headerRow, /决算数$/, previous + 1);
  const rate = view.find(headerRow, /控制率$/);
  const firstValueCol = Math.min(...[previous, budget, actual].filter((c): c is number => c !== undefined));

  type Mutable = { -readonly [K in keyof ExpenseLine]: ExpenseLine[K] } & { children: Mutable[] };
  const tops: Mutable[] = [];
  let top: Mutable | undefined;
  let sub: Mutable | undefined;
  for (let r = headerRow + 1; r <= end; r++) {
    if (view.rowMatches(r, /^楼堂馆所|^厉行节约/)) break;
    let labelCol: number | undefined;
    for (let c = 0; c < firstValueCol; c++) if (view.key(r, c)) labelCol = c;
    // A line left unnamed under 一个专项一行 still holds amounts that its subtotal counts.
    const unnamed =
      labelCol === undefined &&
      sub !== undefined &&
      [previous, budget, actual].some((c) => c !== undefined && !isBlank(view.cell(r, c)));
    if (labelCol === undefined && !unnamed) continue;
    const labelCell = view.cell(r, labelCol ?? 0);
    const raw = labelCol === undefined ? '' : String(labelCell.value).replace(/\s+/g, '');
    const label = raw
      .replace(/^其中[:：]/, '')
      .replace(/^\d+[、.．]/, '')
      .replace(/[(（].*$/, '')
      .replace(/[:：]$/, '');
    const line: Mutable = compact({
      label,
      labelCell,
      previous: previous === undefined ? undefined : view.cell(r, previous),
      budget: budget === undefined ? undefined : view.cell(r, budget),
      actual: actual === undefined ? undefined : view.cell(r, actual),
      rate: rate === undefined ? undefined : view.cell(r, rate),
      children: [],
    });
    if (TOP_EXPENSES.test(raw.replace(/^其中[:：]/, '')) && !/^\d/.test(raw)) {
      tops.push(line);
      top = line;
      sub = undefined;
    } else if (/^\d+[、.．]/.test(raw)) {
      (top?.children ?? tops).push(line);
      sub = line;
    } else {
      // 其中 lines and the unnumbered rows after a numbered one (一个专项一行) belong to it.
      (sub?.children ?? top?.children ?? tops).push(line);
    }
  }
  const freeze = (line: Mutable): ExpenseLine => {
    const { children, ...rest } = line;
    return children.length > 0 ? { ...rest, children: children.map(freeze) } : rest;
  };
  return tops.map(freeze);
}

/** 财政供养人员 when row `r` holds its 编制数 and 在职人数 headers: the figures stand in the row under them. */
function staffingAt(view: SheetView, r: number): ControlRate | undefined {
  const authorized = view.find(r, /^编制数$|^编制人数$/);
  const actual = view.find(r, /在职人数$/);
  if (authorized === undefined || actual === undefined) return undefined;
  const rate = view.find(r, /控制率$/);
  // A blank template leaves the row of figures empty.
  const valueRow = r + 1;
  return compact({
    label: '财政供养人员',
    approved: view.cell(valueRow, authorized),
    actual: view.cell(valueRow, actual),
    rate: rate === undefined ? undefined : view.cell(valueRow, rate),
  });
}

/** 楼堂馆所 when row `r` is its header: the 规模 and 投资 control rates of every line under it. */
function buildingsUnder(view: SheetView, r: number, end: number): ControlRate[] {
  const approvedArea = view.find(r, /^批复规模/);
  if (approvedArea === undefined) return [];
  const cols = {
    actualArea: view.find(r, /^实际规模/),
    areaRate: view.find(r, /^规模控制率/),
    budgetInvest: view.find(r, /^预算投资/),
    actualInvest: view.find(r, /^实际投资/),
    investRate: view.find(r, /投资.*控制率/),
  };
  const buildings: ControlRate[] = [];
  for (let v = r + 1; v <= end && !view.rowMatches(v, /^厉行节约/); v++) {
    if (view.isEmptyRow(v)) continue;
    const at = (col: number | undefined): FormCell | undefined =>
      col === undefined ? undefined : view.cell(v, col);
    buildings.push(
      compact({
        label: '规模控制率',
        approved: view.cell(v, approvedArea),
        actual: at(cols.actualArea),
        rate: at(cols.areaRate),
      }),
      compact({
        label: '投资概算控制率',
        approved: at(cols.budgetInvest),
        actual: at(cols.actualInvest),
        rate: at(cols.investRate),
      }),
    );
  }
  return buildings;
}

export function basicForm(view: SheetView, start: number, end: number): Form {
  let staffing: ControlRate | undefined;
  const buildings: ControlRate[] = [];
  for (let r = start; r <= end; r++) {
    staffing ??= staffingAt(view, r);
    buildings.push(...buildingsUnder(view, r, end));
  }
  const basic: BasicData = compact({
    staffing,
    expenses: expenseLines(view, start, end),
    buildings,
    measures: labelled(view, start, end, /^厉行节约保障措施$/),
  });
  return compact({
    kind: 'basic' as const,
    sheet: view.grid.sheet,
    title: titleOf(view, start, end),
    name: labelled(view, start, end, LABELS.name),
    indicators: [],
    basic,
  });
}
