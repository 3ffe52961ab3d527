/**
 * Finds the forms of a sheet by their labels (domain.md §1), wherever they stand and however a province lays them
 * out: each form is a run of blocks — a title, a fund block, an indicator table, a 基础数据表 — and a new form
 * begins at a title, or where a block repeats one the current form already has (forms stacked untitled).
 */
import { isBlank, type FormCell } from '../domain/cells';
import type { Form, FormKind, FundBlock, UnreadPart } from '../domain/form';
import type { Grid } from '../sheet/grid';
import { basicForm } from './basic-form';
import { readFundBlock } from './fund-block';
import { fundHeaders, indicatorHeaders, type FundHeader, type IndicatorHeader } from './headers';
import { readIndicatorTable } from './indicator-table';
import { derivedCell, SheetView } from './sheet-view';
import { LABELS } from './vocabulary';

/** What recognition found in one sheet: its forms. */
export interface SheetRecognition {
  readonly sheet: string;
  readonly forms: readonly Form[];
}

interface Segment {
  start: number;
  end: number;
  title?: number;
  fund?: FundHeader;
  indicator?: IndicatorHeader;
  basic: boolean;
}

type Anchor =
  | { readonly row: number; readonly type: 'title' | 'basic' }
  | { readonly row: number; readonly type: 'fund'; readonly fund: FundHeader }
  | { readonly row: number; readonly type: 'indicator'; readonly indicator: IndicatorHeader };

function anchors(view: SheetView): Anchor[] {
  const found: Anchor[] = [];
  for (let r = 0; r < view.height; r++) {
    if (view.rowMatches(r, /^财政供养人员|^经费控制情况/)) found.push({ row: r, type: 'basic' });
    else if (view.rowMatches(r, LABELS.title)) found.push({ row: r, type: 'title' });
  }
  for (const fund of fundHeaders(view)) found.push({ row: fund.row, type: 'fund', fund });
  for (const indicator of indicatorHeaders(view))
    found.push({ row: indicator.first, type: 'indicator', indicator });
  return found.sort((a, b) => a.row - b.row);
}

/** Where the indicator table of a segment ends (its total or last row), for the next form's start. */
function tableEnd(view: SheetView, segment: Segment, limit: number): number {
  return segment.indicator ? readIndicatorTable(view, segment.indicator, limit).end : limit;
}

/** The sheet's rows split into forms, each with the blocks found in it. */
function segments(view: SheetView): Segment[] {
  const done: Segment[] = [];
  let current: Segment = { start: 0, end: view.height - 1, basic: false };
  const hasBlocks = (s: Segment): boolean => s.fund !== undefined || s.indicator !== undefined || s.basic;
  const close = (row: number, startNext: (closed: Segment) => number): void => {
    current.end = row - 1;
    const next = startNext(current);
    done.push(current);
    current = { start: next, end: view.height - 1, basic: false };
  };
  for (const anchor of anchors(view)) {
    if (anchor.type === 'title') {
      if (hasBlocks(current)) close(anchor.row, () => anchor.row);
      current.title ??= anchor.row;
    } else if (anchor.type === 'basic') {
      // An indicator named 财政供养人员控制率 inside the table is a row of it, not a 基础数据表.
      if (current.indicator && tableEnd(view, current, view.height - 1) >= anchor.row) continue;
      if (current.fund || current.indicator) close(anchor.row, () => anchor.row);
      current.basic = true;
    } else if (anchor.type === 'fund') {
      if (current.fund || current.indicator || current.basic)
        close(anchor.row, (closed) => tableEnd(view, closed, anchor.row - 1) + 1);
      current.fund = anchor.fund;
    } else if (anchor.type === 'indicator') {
      // The header again before the table ended (no total, no footer): repeated after a page break.
      if (current.indicator && tableEnd(view, current, anchor.row - 1) >= anchor.row - 1) continue;
      if (current.indicator || current.basic)
        close(anchor.row, (closed) => tableEnd(view, closed, anchor.row - 1) + 1);
      current.indicator = anchor.indicator;
    }
  }
  done.push(current);
  return done.filter(hasBlocks);
}

/** What the title says of the form: `…转移支付…自评表`, `…专项资金…`, `部门整体支出…`. */
const TRANSFER_TITLE = /转移支付|专项资金/;
const OVERALL_TITLE = /整体支出|整体绩效/;

/** The form's kind: from its title, else from labels only that kind of form has. */
function kindOf(view: SheetView, segment: Segment): FormKind {
  const title = titleOf(view, segment) ?? '';
  if (TRANSFER_TITLE.test(title)) return 'transfer';
  if (OVERALL_TITLE.test(title)) return 'overall';
  const within = (pattern: RegExp): boolean => {
    for (let r = segment.start; r <= segment.end; r++) if (view.rowMatches(r, pattern)) return true;
    return false;
  };
  if (within(LABELS.transfer)) return 'transfer';
  if (within(LABELS.overall)) return 'overall';
  return 'project';
}

/** Text after a label's colon in its own cell: `单位名称：施甸县农业农村局  填报日期：…`. */
const EMBEDDED = /^[^:：]+[:：]\s*(.*?)\s*(?:\s{2,}|填报日期|主要领导|联系电话|$)/;
/** The unit the amounts are in, as `单位：万元` states it. */
const AMOUNT_UNIT = /^[(（]?(亿元|万元|千元|元)[)）]?$/;
/** Labels a value search to the right must not take for the value (an empty cell's neighbour label). */
const OTHER_LABEL =
  /^(项目负责人|负责人|联系电话|填报日期|项目类别|项目属性|项目类型|专项实施期|财政处室|部门联系人|联系人)/;
const isLabel = (key: string | undefined): boolean =>
  key !== undefined &&
  [LABELS.name, LABELS.department, LABELS.implementer, OTHER_LABEL].some((pattern) => pattern.test(key));

/** The value right of a label: the first filled cell, unless that is the next label (then it is empty). */
function rightOf(view: SheetView, row: number, col: number): FormCell {
  const from = (view.mergeCovering(row, col)?.right ?? col) + 1;
  for (let c = from; c < view.width; c++) {
    const cell = view.cell(row, c);
    if (isBlank(cell)) continue;
    return isLabel(view.key(row, c)) ? { ...view.cell(row, from), value: null } : cell;
  }
  return view.cell(row, from);
}

/** The value of the first label matching `pattern` between the rows (right of it, or after its colon); a filled one first. */
function labelled(view: SheetView, start: number, end: number, pattern: RegExp): FormCell | undefined {
  let empty: FormCell | undefined;
  for (let r = start; r <= end; r++)
    for (let c = 0; c < view.width; c++) {
      const key = view.key(r, c);
      if (key === undefined) continue;
      let value: FormCell | undefined;
      if (pattern.test(key)) value = rightOf(view, r, c);
      else if (/[:：]/.test(key) && pattern.test(key.split(/[:：]/)[0] ?? '')) {
        const match = EMBEDDED.exec(view.text(r, c));
        const text = match?.[1]?.trim() ?? '';
        // `单位：万元` states what the amounts are in, not whose form it is.
        if (AMOUNT_UNIT.test(text)) continue;
        value = derivedCell({ row: r, col: c }, text);
      }
      if (!value) continue;
      if (!isBlank(value)) return value;
      empty ??= value;
    }
  return empty;
}

function titleOf(view: SheetView, segment: Segment): string | undefined {
  return segment.title === undefined
    ? undefined
    : view
        .text(segment.title, view.find(segment.title, LABELS.title) ?? 0)
        .replace(/\s+/g, ' ')
        .trim();
}

function goals(view: SheetView, start: number, end: number): Form['goals'] {
  for (let r = start; r <= end; r++) {
    const expectedCol = view.find(r, /^(预期|年初设定|项目年度|年度)目标$|^总体目标$/);
    if (expectedCol === undefined) continue;
    const actualCol = view.find(r, /完成情况/, expectedCol + 1);
    const value = (col: number | undefined): FormCell | undefined =>
      col === undefined ? undefined : view.cell(r + 1, col);
    const expected = value(expectedCol);
    const actual = value(actualCol);
    return { ...(expected ? { expected } : {}), ...(actual ? { actual } : {}) };
  }
  return undefined;
}

/** Parts a form of this kind should have but this one lacks, each said once. */
function unreadParts(
  view: SheetView,
  kind: FormKind,
  segment: Segment,
  funds: FundBlock | undefined,
): { part: UnreadPart; cell: { row: number; col: number } | null }[] {
  const parts: { part: UnreadPart; cell: { row: number; col: number } | null }[] = [];
  // The note stands on the row's first label, wherever the form begins (a blank margin column before it).
  const near = (row: number | undefined): { row: number; col: number } | null =>
    row === undefined ? null : { row, col: view.firstLabel(row)?.col ?? 0 };
  if (!segment.fund && !funds) parts.push({ part: 'fund-block', cell: null });
  else if (segment.fund && !funds) parts.push({ part: 'fund-amounts', cell: near(segment.fund.row) });
  const header = segment.indicator;
  if (!header) {
    parts.push({ part: 'indicator-table', cell: null });
    return parts;
  }
  const at = near(header.first);
  const columns = header.columns;
  if (!header.rubric) {
    if (columns.target === undefined) parts.push({ part: 'target-column', cell: at });
    if (columns.result === undefined) parts.push({ part: 'result-column', cell: at });
  }
  // A transfer-payment form may have no 分值 and 得分 by design.
  if (kind !== 'transfer' || columns.weight !== undefined || columns.score !== undefined) {
    if (columns.weight === undefined && !header.rubric) parts.push({ part: 'weight-column', cell: at });
    if (columns.score === undefined) parts.push({ part: 'score-column', cell: at });
  }
  if (columns.cause === undefined) parts.push({ part: 'cause-column', cell: at });
  return parts;
}

function scoredForm(view: SheetView, segment: Segment): Form {
  const { start, end } = segment;
  const header = segment.indicator;
  const table = header ? readIndicatorTable(view, header, end) : undefined;
  const blocksStart = Math.min(segment.fund?.row ?? end, header?.first ?? end);
  let funds = segment.fund ? readFundBlock(view, segment.fund, (header?.first ?? end + 1) - 1) : undefined;
  if (!funds && table?.execution)
    funds = { total: { label: '预算执行率', ...table.execution }, breakdowns: [] };
  const kind = kindOf(view, segment);
  const unread = unreadParts(view, kind, segment, funds);
  const form: Form = {
    kind,
    sheet: view.grid.sheet,
    indicators: table?.rows ?? [],
    ...optional('title', titleOf(view, segment)),
    // A project form names its project first; the unit's name stands in when it has none.
    ...optional(
      'name',
      (kind === 'overall' ? undefined : labelled(view, start, blocksStart, LABELS.projectName)) ??
        labelled(view, start, blocksStart, LABELS.name),
    ),
    ...optional('department', labelled(view, start, blocksStart, LABELS.department)),
    ...optional('implementer', labelled(view, start, blocksStart, LABELS.implementer)),
    ...optional('funds', funds),
    ...optional('goals', goals(view, start, end)),
    ...optional('total', table?.total),
    ...(table && table.blankRows.length > 0 ? { blankRows: table.blankRows } : {}),
    ...optional('causeNote', causeNote(view, table?.end ?? end, end)),
    ...(header?.rubric ? { rubric: true } : {}),
    ...(unread.length > 0 ? { unread } : {}),
  };
  return form;
}

/** A cause written for the whole form under its table: `偏差大或目标未完成原因分析 | 一是…`. */
function causeNote(view: SheetView, from: number, end: number): FormCell | undefined {
  for (let r = from; r <= end; r++) {
    const label = view.firstLabel(r);
    if (label && /偏差|未完成原因|原因分析/.test(label.key)) {
      const value = view.valueRightOf(r, label.col);
      if (!isBlank(value)) return value;
    }
  }
  return undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** Finds every 自评表 and 基础数据表 in a sheet by its labels, wherever they stand (domain.md §1). */
export function recognizeSheet(grid: Grid): SheetRecognition {
  const view = new SheetView(grid);
  const forms = segments(view).map((segment) =>
    segment.basic && !segment.fund && !segment.indicator
      ? basicForm(view, segment.start, segment.end)
      : scoredForm(view, segment),
  );
  return { sheet: grid.sheet, forms };
}

/** Recognises the forms of every visible sheet of a workbook. */
export function recognizeWorkbook(grids: readonly Grid[]): SheetRecognition[] {
  return grids.filter((grid) => !grid.hidden).map(recognizeSheet);
}
