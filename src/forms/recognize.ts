import { isBlank, type FormCell } from '../domain/cells';
import type {
  BasicData,
  ControlRate,
  ExpenseLine,
  Form,
  FormKind,
  FormTotal,
  FundBlock,
  FundBreakdown,
  FundLine,
  IndicatorRow,
} from '../domain/form';
import { parseValue } from '../domain/values';
import { formCell, gridWidth, type Grid } from '../sheet/grid';
import {
  EXECUTION_ROW,
  FUND_HEADERS,
  FUND_TOTAL,
  GOALS,
  GRADE_LABEL,
  INDICATOR_HEADERS,
  NAME_LABEL,
  PLACEHOLDER,
  TITLE,
  TOTAL_ROW,
  labelKey,
} from './labels';

/** What recognition found in one sheet: its forms, or why there are none. */
export interface SheetRecognition {
  readonly sheet: string;
  readonly forms: readonly Form[];
}

type Columns<K extends string> = Partial<Record<K, number>>;

/** A sheet read once into label keys, so recognition never re-normalises a cell. */
class SheetView {
  readonly width: number;
  readonly height: number;
  private readonly keys: (string | undefined)[][] = [];

  constructor(readonly grid: Grid) {
    this.width = gridWidth(grid);
    this.height = grid.rows.length;
    grid.rows.forEach((row, r) => {
      const keys: (string | undefined)[] = [];
      row?.forEach((cell, c) => {
        if (cell && typeof cell.value === 'string' && cell.value.trim() !== '')
          keys[c] = labelKey(cell.value);
      });
      this.keys[r] = keys;
    });
  }

  key(row: number, col: number): string | undefined {
    return this.keys[row]?.[col];
  }

  /** The first column in the row whose label matches, from `from` on. */
  find(row: number, pattern: RegExp, from = 0): number | undefined {
    const keys = this.keys[row];
    if (!keys) return undefined;
    for (let c = from; c < keys.length; c++) {
      const key = keys[c];
      if (key !== undefined && pattern.test(key)) return c;
    }
    return undefined;
  }

  rowMatches(row: number, pattern: RegExp): boolean {
    return this.find(row, pattern) !== undefined;
  }

  /** The cell, with blank-template placeholders (`……`) read as empty. */
  cell(row: number, col: number): FormCell {
    const cell = formCell(this.grid, row, col);
    return typeof cell.value === 'string' && PLACEHOLDER.test(cell.value.trim())
      ? { ...cell, value: null }
      : cell;
  }

  /** The value cell right of a label: the first non-empty one, else the first past the label's merge. */
  valueRightOf(row: number, col: number, stopAt = this.width): FormCell {
    const merge = this.grid.merges.find(
      (m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right,
    );
    const first = merge ? merge.right + 1 : col + 1;
    for (let c = first; c < stopAt; c++) if (!isBlank(this.cell(row, c))) return this.cell(row, c);
    return this.cell(row, first);
  }

  isEmptyRow(row: number): boolean {
    return (this.grid.rows[row] ?? []).every(
      (cell) => !cell || cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === ''),
    );
  }
}

function mapColumns<K extends string>(
  view: SheetView,
  rows: readonly number[],
  headers: Record<K, RegExp>,
): Columns<K> {
  const columns: Columns<K> = {};
  for (const row of rows)
    for (let c = 0; c < view.width; c++) {
      const key = view.key(row, c);
      if (key === undefined) continue;
      for (const name of Object.keys(headers) as K[])
        if (columns[name] === undefined && headers[name].test(key)) columns[name] = c;
    }
  return columns;
}

interface IndicatorHeader {
  readonly first: number;
  /** Last row of the header (two-row headers: 评价指标 / 一级 二级 三级). */
  readonly last: number;
  readonly columns: Columns<keyof typeof INDICATOR_HEADERS>;
}

function hasLevels(columns: Columns<keyof typeof INDICATOR_HEADERS>): boolean {
  return columns.level3 !== undefined || (columns.level1 !== undefined && columns.level2 !== undefined);
}

function indicatorHeaders(view: SheetView): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let r = 0; r < view.height; r++) {
    const own = mapColumns(view, [r], INDICATOR_HEADERS);
    const scored = own.weight !== undefined || own.score !== undefined;
    if (hasLevels(own) && scored) {
      headers.push({ first: r, last: r, columns: own });
    } else if (scored && !hasLevels(own)) {
      const both = mapColumns(view, [r, r + 1], INDICATOR_HEADERS);
      if (hasLevels(both) && hasLevels(mapColumns(view, [r + 1], INDICATOR_HEADERS))) {
        headers.push({ first: r, last: r + 1, columns: both });
        r++;
      }
    }
  }
  return headers;
}

function isBasicAnchor(view: SheetView, row: number): boolean {
  return view.rowMatches(row, /^财政供养人员|^经费控制情况|基础数据表/);
}

/** Splits a sheet into the row ranges of its forms: at title rows, else between indicator tables. */
function segments(view: SheetView, headers: readonly IndicatorHeader[]): { start: number; end: number }[] {
  const starts = new Set<number>();
  for (let r = 0; r < view.height; r++) if (view.rowMatches(r, TITLE)) starts.add(r);
  // Forms without a title: a new form begins after the previous indicator table's 总分 row.
  let previousEnd = -1;
  for (const header of headers) {
    const titled = [...starts].some((s) => s > previousEnd && s <= header.first);
    if (!titled) starts.add(previousEnd + 1);
    previousEnd = totalRowAfter(view, header) ?? header.last;
  }
  if (starts.size === 0) {
    for (let r = 0; r < view.height; r++)
      if (isBasicAnchor(view, r)) {
        starts.add(0);
        break;
      }
  }
  const sorted = [...starts].sort((a, b) => a - b);
  return sorted.map((start, i) => ({ start, end: (sorted[i + 1] ?? view.height) - 1 }));
}

function totalRowAfter(view: SheetView, header: IndicatorHeader, end = view.height - 1): number | undefined {
  for (let r = header.last + 1; r <= end; r++) {
    const c = view.find(r, TOTAL_ROW);
    // 合计 also labels sub-totals; the form's total stands in the first columns.
    if (c !== undefined && c <= (header.columns.level1 ?? header.columns.level2 ?? 1) + 1) return r;
  }
  return undefined;
}

function kindOf(view: SheetView, start: number, end: number): FormKind {
  for (let r = start; r <= end; r++) {
    if (view.rowMatches(r, /整体支出|^预算单位名称$|^按收入性质分/)) return 'overall';
    if (view.rowMatches(r, /项目支出绩效|^项目(支出)?名称$/)) return 'project';
  }
  return 'project';
}

function titleOf(view: SheetView, start: number, end: number): string | undefined {
  for (let r = start; r <= end; r++) {
    const c = view.find(r, TITLE);
    if (c !== undefined) {
      const value = view.cell(r, c).value;
      return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : undefined;
    }
  }
  return undefined;
}

function labelled(view: SheetView, start: number, end: number, pattern: RegExp): FormCell | undefined {
  for (let r = start; r <= end; r++) {
    const c = view.find(r, pattern);
    if (c !== undefined) return view.valueRightOf(r, c);
  }
  return undefined;
}

/** `其中：一般公共预算：2502.06` → label and amount typed inside the label cell. */
function embeddedAmount(text: string): { label: string; amount: number | null } {
  const clean = text.replace(/\s+/g, '').replace(/^其中[:：]?/, '');
  const match = /^(.*?)[:：]([^:：]*)$/.exec(clean);
  if (!match) return { label: clean, amount: null };
  const parsed = parseValue(match[2] ?? '');
  return {
    label: match[1] ?? clean,
    amount: parsed.kind === 'number' && !parsed.percent ? parsed.amount : null,
  };
}

function fundBlock(view: SheetView, start: number, end: number): FundBlock | undefined {
  let headerRow: number | undefined;
  for (let r = start; r <= end && headerRow === undefined; r++)
    if (view.rowMatches(r, FUND_HEADERS.budget) && view.rowMatches(r, FUND_HEADERS.spent)) headerRow = r;
  if (headerRow === undefined) return undefined;
  const columns = mapColumns(view, [headerRow], FUND_HEADERS);
  let totalRow = headerRow + 1;
  for (let r = headerRow + 1; r <= Math.min(end, headerRow + 3); r++)
    if (view.rowMatches(r, FUND_TOTAL)) {
      totalRow = r;
      break;
    }
  const at = (row: number, col: number | undefined): FormCell | undefined =>
    col === undefined ? undefined : view.cell(row, col);
  const totalLabelCol = view.find(totalRow, FUND_TOTAL);
  const total = compact({
    label: '年度资金总额',
    labelCell: totalLabelCol === undefined ? undefined : view.cell(totalRow, totalLabelCol),
    initial: at(totalRow, columns.initial),
    budget: at(totalRow, columns.budget),
    spent: at(totalRow, columns.spent),
    weight: at(totalRow, columns.weight),
    rate: at(totalRow, columns.rate),
    score: at(totalRow, columns.score),
  });

  const breakdowns: FundBreakdown[] = [];
  const groupRow = (() => {
    for (let r = totalRow + 1; r <= end; r++) if (view.rowMatches(r, /^按(收入|支出)性质分/)) return r;
    return undefined;
  })();
  const stop = (r: number): boolean =>
    view.rowMatches(r, GOALS) ||
    view.rowMatches(r, INDICATOR_HEADERS.level3) ||
    view.rowMatches(r, /^绩效指标$/);

  if (groupRow !== undefined) {
    const groupColumns: { col: number; label: string }[] = [];
    for (let c = 0; c < view.width; c++) {
      const key = view.key(groupRow, c);
      if (key && /^按(收入|支出)性质分/.test(key))
        groupColumns.push({ col: c, label: key.replace(/[:：]$/, '') });
    }
    for (const [index, group] of groupColumns.entries()) {
      const nextCol = groupColumns[index + 1]?.col ?? view.width;
      const lines: FundLine[] = [];
      for (let r = groupRow + 1; r <= end && !stop(r); r++) {
        const labelCell = view.cell(r, group.col);
        if (typeof labelCell.value !== 'string' || labelCell.value.trim() === '') continue;
        const { label, amount } = embeddedAmount(labelCell.value);
        let amountCell: FormCell = { ...labelCell, value: amount, text: labelCell.value };
        if (amount === null) {
          // The amount may stand in its own cell right of the label, before the next group's column.
          for (let c = group.col + 1; c < nextCol; c++) {
            const candidate = view.cell(r, c);
            if (!isBlank(candidate)) {
              amountCell = candidate;
              break;
            }
          }
        }
        lines.push({ label, labelCell, amount: amountCell });
      }
      breakdowns.push({ label: group.label, lines });
    }
  } else {
    const lines: FundLine[] = [];
    const firstAmountCol = Math.min(
      ...[columns.initial, columns.budget, columns.spent].filter((c): c is number => c !== undefined),
    );
    for (let r = totalRow + 1; r <= end && !stop(r); r++) {
      let labelCol: number | undefined;
      for (let c = 0; c < firstAmountCol; c++) if (view.key(r, c)) labelCol = c;
      if (labelCol === undefined) continue;
      const labelCell = view.cell(r, labelCol);
      const label = embeddedAmount(String(labelCell.value)).label;
      lines.push(
        compact({
          label,
          labelCell,
          initial: at(r, columns.initial),
          budget: at(r, columns.budget),
          spent: at(r, columns.spent),
        }),
      );
    }
    if (lines.length > 0) breakdowns.push({ label: '其中', lines });
  }
  return { total, breakdowns };
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function goals(view: SheetView, start: number, end: number): Form['goals'] {
  for (let r = start; r <= end; r++) {
    const expectedCol = view.find(r, /^预期目标$|^年度目标$/);
    if (expectedCol === undefined) continue;
    const actualCol = view.find(r, /^实际完成情况$|^完成情况$/, expectedCol + 1);
    const valueRow = r + 1;
    return compact({
      expected: view.cell(valueRow, expectedCol),
      actual: actualCol === undefined ? undefined : view.cell(valueRow, actualCol),
    });
  }
  return undefined;
}

interface IndicatorTable {
  readonly rows: IndicatorRow[];
  readonly total?: FormTotal;
  /** 预算执行率 scored as a row of the table (S-003). */
  readonly execution?: { weight?: FormCell; score?: FormCell };
}

function indicatorTable(view: SheetView, header: IndicatorHeader, end: number): IndicatorTable {
  const { columns } = header;
  const at = (row: number, col: number | undefined): FormCell | undefined =>
    col === undefined ? undefined : view.cell(row, col);
  const totalRow = totalRowAfter(view, header, end);
  const last = totalRow === undefined ? end : totalRow - 1;
  const rows: IndicatorRow[] = [];
  let execution: IndicatorTable['execution'];
  for (let r = header.last + 1; r <= last; r++) {
    const row: IndicatorRow = compact({
      row: r,
      level1: at(r, columns.level1),
      level2: at(r, columns.level2),
      level3: at(r, columns.level3),
      target: at(r, columns.target),
      result: at(r, columns.result),
      weight: at(r, columns.weight),
      score: at(r, columns.score),
      cause: at(r, columns.cause),
    });
    const cells = [row.level1, row.level2, row.level3, row.target, row.result, row.weight, row.score];
    if (cells.every((cell) => isBlank(cell))) continue;
    const labels = [row.level1, row.level2, row.level3].map((cell) =>
      typeof cell?.value === 'string' ? labelKey(cell.value) : '',
    );
    if (labels.some((label) => EXECUTION_ROW.test(label))) {
      execution = compact({ weight: row.weight, score: row.score });
      continue;
    }
    rows.push(row);
  }
  if (totalRow === undefined) return { rows, ...(execution ? { execution } : {}) };

  const labelCol = view.find(totalRow, TOTAL_ROW) ?? 0;
  const numbers: FormCell[] = [];
  let grade: FormCell | undefined;
  for (let c = labelCol + 1; c < view.width; c++) {
    const cell = view.cell(totalRow, c);
    if (isBlank(cell)) continue;
    const parsed = parseValue(cell.value);
    if (parsed.kind === 'number') numbers.push(cell);
    else if (typeof cell.value === 'string' && GRADE_LABEL.test(labelKey(cell.value)))
      grade = view.valueRightOf(totalRow, c);
    else if (grade === undefined) grade = cell;
  }
  const inColumn = (col: number | undefined): FormCell | undefined =>
    col === undefined ? undefined : numbers.find((cell) => cell.col === col);
  // Pasted tables rarely keep the header's columns on the 总分 row: fall back to the order 分值, 得分.
  const weight = inColumn(columns.weight) ?? (numbers.length >= 2 ? numbers[0] : undefined);
  const score = inColumn(columns.score) ?? (numbers.length >= 2 ? numbers[1] : numbers[0]);
  const scoreCell = score ?? at(totalRow, columns.score);
  const total: FormTotal = compact({ weight, score: scoreCell, grade });
  return { rows, total, ...(execution ? { execution } : {}) };
}

function projectForm(view: SheetView, header: IndicatorHeader, start: number, end: number): Form {
  const kind = kindOf(view, start, end);
  const table = indicatorTable(view, header, end);
  let funds = fundBlock(view, start, header.first - 1);
  if (!funds && table.execution)
    funds = { total: compact({ label: '预算执行率', ...table.execution }), breakdowns: [] };
  const title = titleOf(view, start, header.first);
  return compact({
    kind,
    sheet: view.grid.sheet,
    title,
    name: labelled(view, start, header.first - 1, NAME_LABEL),
    department: labelled(view, start, header.first - 1, /^主管部门$/),
    implementer: labelled(view, start, header.first - 1, /^实施单位$/),
    funds,
    goals: goals(view, start, header.first - 1),
    indicators: table.rows,
    total: table.total,
  });
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
    if (labelCol === undefined) continue;
    const labelCell = view.cell(r, labelCol);
    const raw = String(labelCell.value).replace(/\s+/g, '');
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

function basicForm(view: SheetView, start: number, end: number): Form {
  let staffing: ControlRate | undefined;
  const buildings: ControlRate[] = [];
  for (let r = start; r <= end; r++) {
    const authorized = view.find(r, /^编制数$|^编制人数$/);
    const actual = view.find(r, /在职人数$/);
    if (staffing === undefined && authorized !== undefined && actual !== undefined) {
      const rate = view.find(r, /控制率$/);
      // The figures stand in the row under their headers (a blank template leaves it empty).
      const valueRow = r + 1;
      staffing = compact({
        label: '财政供养人员',
        approved: view.cell(valueRow, authorized),
        actual: view.cell(valueRow, actual),
        rate: rate === undefined ? undefined : view.cell(valueRow, rate),
      });
    }
    const approvedArea = view.find(r, /^批复规模/);
    if (approvedArea !== undefined) {
      const cols = {
        actualArea: view.find(r, /^实际规模/),
        areaRate: view.find(r, /^规模控制率/),
        budgetInvest: view.find(r, /^预算投资/),
        actualInvest: view.find(r, /^实际投资/),
        investRate: view.find(r, /投资.*控制率/),
      };
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
        );
        buildings.push(
          compact({
            label: '投资概算控制率',
            approved: at(cols.budgetInvest),
            actual: at(cols.actualInvest),
            rate: at(cols.investRate),
          }),
        );
      }
    }
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
    name: labelled(view, start, end, NAME_LABEL),
    indicators: [],
    basic,
  });
}

/** Finds every 自评表 and 基础数据表 in a sheet by its labels, wherever they stand (DOMAIN §1). */
export function recognizeSheet(grid: Grid): SheetRecognition {
  const view = new SheetView(grid);
  const headers = indicatorHeaders(view);
  const forms: Form[] = [];
  for (const { start, end } of segments(view, headers)) {
    const header = headers.find((h) => h.first >= start && h.first <= end);
    if (header) {
      forms.push(projectForm(view, header, start, end));
      continue;
    }
    let basic = false;
    for (let r = start; r <= end && !basic; r++) basic = isBasicAnchor(view, r);
    if (basic) forms.push(basicForm(view, start, end));
  }
  return { sheet: grid.sheet, forms };
}

/** Recognises the forms of every visible sheet of a workbook. */
export function recognizeWorkbook(grids: readonly Grid[]): SheetRecognition[] {
  return grids.filter((grid) => !grid.hidden).map(recognizeSheet);
}
