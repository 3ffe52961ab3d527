/**
 * Reads an indicator table row by row, each row classified on evidence: an indicator has a name and a target,
 * a result, a 分值 or a 得分; template lines (指标1, ……), breakdown rows (其中…, the lines under a ★
 * indicator), group labels, repeated headers and footers are recognised as such and never read as
 * indicators.
 */
import { cellText, isBlank, type FormCell } from '../domain/cells';
import type { FormTotal, IndicatorRow } from '../domain/form';
import { declaredLevelWeight } from '../domain/categories';
import { showsPercent } from '../domain/read';
import { isGradeWord } from '../domain/scoring/grade';
import { isComparatorText, normalizeText, parseValue } from '../domain/values';
import { headingCount, type IndicatorHeader } from './headers';
import { derivedCell, type SheetView } from './sheet-view';
import { BREAKDOWN_NAME, LABELS, NAME_PREFIX, PLACEHOLDER_NAME, STARRED } from './vocabulary';

/** What a row of the table is. */
export type RowKind =
  | 'indicator'
  /** A template line: `指标1`, `指标2：`, `……` with nothing filled in. */
  | 'placeholder'
  /** A line detailing the indicator above it (其中…, or under a ★ indicator), with no 分值 of its own. */
  | 'breakdown'
  /** Only 一级/二级 labels, or a name with nothing filled in. */
  | 'group'
  /** The header again (after a page break), or a second header row. */
  | 'subheader'
  /** 预算执行率 scored as a group of its own (seed 003), read as the fund block's score. */
  | 'execution'
  | 'total'
  | 'footer'
  | 'blank';

export interface IndicatorTable {
  readonly rows: IndicatorRow[];
  /** Template lines: rows under the header with labels at most, or a placeholder name. */
  readonly blankRows: IndicatorRow[];
  readonly kinds: ReadonlyMap<number, RowKind>;
  readonly total?: FormTotal;
  readonly execution?: { readonly weight?: FormCell; readonly score?: FormCell };
  /** The row after which nothing belongs to the table (its total or first footer row). */
  readonly end: number;
}

const at = (view: SheetView, row: number, col: number | undefined): FormCell | undefined =>
  col === undefined ? undefined : view.cell(row, col);

/**
 * A cell of the row, where a cell merged down from a row above counts as that cell: one target, result or
 * cause for several rows applies to each of them, while one 分值 or 得分 for several rows is counted once,
 * on its first row (so a later row has none of its own).
 */
function shared(view: SheetView, row: number, col: number | undefined, once: boolean): FormCell | undefined {
  if (col === undefined) return undefined;
  const merge = view.mergeCovering(row, col);
  if (!merge || merge.top === row) return view.cell(row, col);
  return once ? undefined : view.cell(merge.top, merge.left);
}

/** Unit words a split target's 度量单位 may repeat in its result; a bare number takes the unit. */
const BARE_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** A budget system's code before the 指标性质 (`004 >=`, `005 <=`): not part of the target. */
const NATURE_CODE = /^\d{1,4}\s*(?=\D)/;

/**
 * `≥` | `735` | `人次` → `≥735人次` at the value's cell; `正向`/`反向` natures as ≥/≤; a nature that is no
 * comparator (`定量指标`) adds nothing, and a unit the value already ends with (`100%` under `%`) is not added.
 */
function splitTarget(view: SheetView, row: number, header: IndicatorHeader): FormCell | undefined {
  const { nature, target, adjustedTarget, unit } = header.columns;
  // A target adjusted during the year (调整指标值) is the one the result answers to.
  const adjusted = shared(view, row, adjustedTarget, false);
  const value = adjusted && cellText(adjusted).trim() !== '' ? adjusted : shared(view, row, target, false);
  if (nature === undefined || value === undefined) return value;
  const word = cellText(at(view, row, nature))
    .trim()
    .replace(NATURE_CODE, '')
    .replace(/^正向.*$/, '≥')
    .replace(/^反向.*$/, '≤');
  // Only a comparator belongs to the target; `定量指标` and the like add nothing.
  const sign = isComparatorText(normalizeText(word)) ? word : '';
  const text = cellText(value).trim();
  if (text === '') return value;
  const unitText = cellText(at(view, row, unit)).trim();
  return derivedCell(value, `${sign}${text}${text.endsWith(unitText) ? '' : unitText}`);
}

/** The result with the split target's unit, when it is a bare number (`735` under 度量单位 人次). */
function splitResult(view: SheetView, row: number, header: IndicatorHeader): FormCell | undefined {
  const result = shared(view, row, header.columns.result, false);
  const unit = cellText(at(view, row, header.columns.unit)).trim();
  if (!result || unit === '' || header.columns.nature === undefined) return result;
  // A typed percentage (0.98 shown as 98%) already says what it is.
  if (typeof result.value === 'number' && showsPercent(result.format)) return result;
  const text = cellText(result).trim();
  return BARE_NUMBER.test(text) ? derivedCell(result, `${text}${unit}`) : result;
}

/** The row's name: its 三级 label (the deepest label the table has), numbering prefix aside. */
function nameCell(view: SheetView, row: number, header: IndicatorHeader): FormCell | undefined {
  const { level1, level2, level3 } = header.columns;
  return at(view, row, level3 ?? level2 ?? level1);
}

/** A rubric row's 分值 when the table has no 分值 column: the `(1分)` of its deepest label. */
function labelWeight(view: SheetView, row: number, header: IndicatorHeader): FormCell | undefined {
  const name = nameCell(view, row, header);
  if (!name || header.columns.weight !== undefined) return undefined;
  const weight = declaredLevelWeight(cellText(name));
  return weight === null ? undefined : derivedCell(name, weight);
}

/** The object without its undefined members (the domain's optional cells are absent, not undefined). */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function readRow(view: SheetView, r: number, header: IndicatorHeader): IndicatorRow {
  const { columns } = header;
  return compact<IndicatorRow>({
    row: r,
    level1: at(view, r, columns.level1),
    level2: at(view, r, columns.level2),
    level3: at(view, r, columns.level3),
    target: splitTarget(view, r, header),
    result: splitResult(view, r, header),
    weight:
      shared(view, r, columns.weight, true) ?? (header.rubric ? labelWeight(view, r, header) : undefined),
    score: shared(view, r, columns.score, true),
    cause: shared(view, r, columns.cause, false),
  });
}

interface ClassifyState {
  /** The 一级 and 二级 label cells over the row: a merged label holds its text in its first row only. */
  level1?: FormCell;
  level2?: FormCell;
  /** The last indicator was ★-marked and carried a 分值: unweighted lines under it detail it. */
  starred: boolean;
}

function classify(
  view: SheetView,
  r: number,
  header: IndicatorHeader,
  row: IndicatorRow,
  state: ClassifyState,
): RowKind {
  const label = view.firstLabel(r);
  const nameColumn = header.columns.level3 ?? header.columns.level2 ?? header.columns.level1 ?? 0;
  if (label && label.col <= nameColumn && LABELS.total.test(label.key)) return 'total';
  if (label && label.col <= nameColumn && LABELS.footer.test(label.key)) return 'footer';
  if (!label && [row.target, row.result, row.weight, row.score].every((c) => isBlank(c))) return 'blank';
  if (headingCount(view, r) >= 2) return 'subheader';
  const hasData = [row.target, row.result, row.weight, row.score].some((c) => !isBlank(c));
  const name = cellText(nameCell(view, r, header)).trim();
  const key = name.replace(/\s+/g, '');
  // Its own group (预算执行效率指标 over 实际执行资金占预算资金的比率), not an indicator under 产出指标.
  const ownLevel1 = cellText(at(view, r, header.columns.level1)).replace(/\s+/g, '');
  if (LABELS.executionGroup.test(ownLevel1) && /执行/.test(key) && hasData) return 'execution';
  if (key === '') return 'group';
  if (PLACEHOLDER_NAME.test(key) && !hasData) return 'placeholder';
  if (!hasData) return 'group';
  const weighted = !isBlank(row.weight);
  if (BREAKDOWN_NAME.test(key) && !weighted) return 'breakdown';
  if (state.starred && !weighted && isBlank(row.score) && !STARRED.test(key)) return 'breakdown';
  state.starred = STARRED.test(key) && weighted;
  return 'indicator';
}

/** The numbers of the 总分 row: 分值 and 得分 in their columns, or in that order where a paste moved them. */
function totalOf(view: SheetView, r: number, header: IndicatorHeader): FormTotal {
  const labelCol = view.firstLabel(r)?.col ?? 0;
  const numbers: FormCell[] = [];
  let grade: FormCell | undefined;
  for (let c = labelCol + 1; c < view.width; c++) {
    const cell = view.cell(r, c);
    if (isBlank(cell)) continue;
    if (parseValue(cell.value).kind === 'number') numbers.push(cell);
    else if (typeof cell.value === 'string' && LABELS.grade.test(view.key(r, c) ?? ''))
      grade = view.valueRightOf(r, c);
    // Text without a 等级 label is the grade only when it reads as one: a note (已核) is not.
    else if (typeof cell.value === 'string' && isGradeWord(cell.value)) grade ??= cell;
  }
  const inColumn = (col: number | undefined): FormCell | undefined =>
    col === undefined ? undefined : numbers.find((cell) => cell.col === col);
  const weight = inColumn(header.columns.weight) ?? (numbers.length >= 2 ? numbers[0] : undefined);
  // A lone number in the 分值 column is the total's 分值, not its score.
  const others = numbers.filter((cell) => cell !== weight);
  const score = inColumn(header.columns.score) ?? (numbers.length >= 2 ? numbers[1] : others[0]);
  const scoreCell = score ?? at(view, r, header.columns.score);
  // 自评等级 on a row of its own right under 总分 (the templates', and some units').
  if (!grade && r + 1 < view.height) {
    const below = view.firstLabel(r + 1);
    if (below && LABELS.grade.test(below.key)) grade = view.valueRightOf(r + 1, below.col);
  }
  return compact<FormTotal>({ weight, score: scoreCell, grade });
}

/** Whether the row's 一级 or 二级 cell lies inside a label merged down from a row above. */
function underMergedLabel(view: SheetView, r: number, header: IndicatorHeader): boolean {
  return [header.columns.level1, header.columns.level2].some((col) => {
    const merge = col === undefined ? undefined : view.mergeCovering(r, col);
    return merge !== undefined && merge.top < r;
  });
}

/** Reads the table under `header`, up to row `end` at most. */
export function readIndicatorTable(view: SheetView, header: IndicatorHeader, end: number): IndicatorTable {
  const rows: IndicatorRow[] = [];
  const blankRows: IndicatorRow[] = [];
  const kinds = new Map<number, RowKind>();
  const state: ClassifyState = { starred: false };
  let execution: IndicatorTable['execution'];
  for (let r = header.last + 1; r <= end; r++) {
    const own = readRow(view, r, header);
    const kind = classify(view, r, header, own, state);
    // An empty line under a 一级 or 二级 label merged down over it is one of that group's lines to fill in.
    const inGroup = kind === 'blank' && underMergedLabel(view, r, header);
    const row =
      ['total', 'footer', 'subheader', 'blank'].includes(kind) && !inGroup
        ? own
        : withGroupLabels(own, state);
    kinds.set(r, kind);
    if (kind === 'total')
      return {
        rows,
        blankRows,
        kinds,
        total: totalOf(view, r, header),
        end: r,
        ...(execution ? { execution } : {}),
      };
    if (kind === 'footer') return { rows, blankRows, kinds, end: r - 1, ...(execution ? { execution } : {}) };
    if (kind === 'execution')
      execution = {
        ...(row.weight ? { weight: row.weight } : {}),
        ...(row.score ? { score: row.score } : {}),
      };
    if (kind === 'indicator') rows.push(cleanName(row));
    if ((kind === 'group' || kind === 'placeholder' || inGroup) && isBlank(row.target) && isBlank(row.result))
      blankRows.push(row);
  }
  return { rows, blankRows, kinds, end, ...(execution ? { execution } : {}) };
}

/**
 * The row with the 一级 and 二级 labels it stands under: its own, else the last ones above it, whatever rows
 * they stood on (a group label often stands on a row of its own, or on a template line).
 */
function withGroupLabels(row: IndicatorRow, state: ClassifyState): IndicatorRow {
  if (!isBlank(row.level1)) {
    state.level1 = row.level1;
    state.level2 = undefined;
  }
  if (!isBlank(row.level2)) state.level2 = row.level2;
  return compact<IndicatorRow>({
    ...row,
    level1: state.level1 ?? row.level1,
    level2: state.level2 ?? row.level2,
  });
}

/** `指标1：开展示范村建设数量` → the name without its template numbering. */
function cleanName(row: IndicatorRow): IndicatorRow {
  const name = row.level3;
  if (!name || typeof name.value !== 'string' || !NAME_PREFIX.test(name.value.trim())) return row;
  return { ...row, level3: { ...name, value: name.value.trim().replace(NAME_PREFIX, '') } };
}
