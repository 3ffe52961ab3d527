/**
 * The same real forms, laid out as people's own sheets differ from the published copy: a blank margin
 * column and rows above the form, a blank row inside the table, a header's words broken over lines. What the
 * checker finds must not move (row and column shifted back) — a finding that appears only in one layout is
 * recognition leaning on position, not on labels.
 */
import { review, toA1 } from '../../src/domain';
import { recognizeSheet } from '../../src/forms/recognize';
import { gridFromValues, type Grid, type Merge } from '../../src/sheet/grid';
import { typedValue, VARIANTS, type Variant } from './build';
import { MERGED_ABOVE, MERGED_LEFT, mergesOf, readCorpus, type CorpusTable } from './format';

type Cells = string[][];

/** The table's values, merge markers blanked, with its merged areas. */
function plain(table: CorpusTable): { cells: Cells; merges: Merge[] } {
  const cells = table.rows.map((row) => row.map((c) => (c === MERGED_ABOVE || c === MERGED_LEFT ? '' : c)));
  return { cells, merges: mergesOf(table.rows).merges };
}

/** The sheet as pasted (every value text) or typed (numbers as numbers, `95%` as 0.95 under a % format). */
function sheet(cells: Cells, merges: Merge[], variant: Variant): Grid {
  if (variant === 'pasted') return gridFromValues('表', cells, merges);
  const rows = cells.map((row) => row.map((text) => (text.trim() === '' ? undefined : typedValue(text))));
  return { sheet: '表', rows, merges };
}

/** The findings as `rule:messageId@A1`, each cell first mapped back to the published layout. */
function findings(
  cells: Cells,
  merges: Merge[],
  variant: Variant,
  back: (row: number, col: number) => [number, number],
): string[] {
  const result = review(recognizeSheet(sheet(cells, merges, variant)).forms);
  return result.findings
    .map((f) => {
      if (!f.cell) return `${f.rule}:${f.messageId}@-`;
      const [row, col] = back(f.cell.row, f.cell.col);
      return `${f.rule}:${f.messageId}@${toA1({ row, col })}`;
    })
    .sort();
}

const MARGIN_ROWS = 2;

/** A blank column A and two blank rows above, as a hand-made sheet often has. */
function withMargins({ cells, merges }: { cells: Cells; merges: Merge[] }) {
  const width = Math.max(...cells.map((r) => r.length)) + 1;
  return {
    cells: [
      ...Array.from({ length: MARGIN_ROWS }, () => Array<string>(width).fill('')),
      ...cells.map((r) => ['', ...r]),
    ],
    merges: merges.map((m) => ({
      top: m.top + MARGIN_ROWS,
      bottom: m.bottom + MARGIN_ROWS,
      left: m.left + 1,
      right: m.right + 1,
    })),
    back: (row: number, col: number): [number, number] => [row - MARGIN_ROWS, col - 1],
  };
}

/** Header words broken over lines, as a narrow column wraps them when typed with Alt+Enter. */
const BREAKABLE =
  /^(年初预算数|全年预算数|全年执行数|年度指标值|实际完成值|偏差原因分析及改进措施|一级指标|二级指标|三级指标)$/;
function withBrokenHeaders({ cells, merges }: { cells: Cells; merges: Merge[] }) {
  return {
    cells: cells.map((r) => r.map((c) => (BREAKABLE.test(c) ? `${c.slice(0, 2)}\n${c.slice(2)}` : c))),
    merges,
    back: (row: number, col: number): [number, number] => [row, col],
  };
}

/** A blank row under the indicator table's header (the row naming 三级指标), as some sheets space it. */
function withBlankRowUnderHeader({ cells, merges }: { cells: Cells; merges: Merge[] }) {
  const header = cells.findIndex((r) => r.some((c) => /^三级(指标)?$/.test(c.replace(/\s+/g, ''))));
  if (header < 0 || merges.some((m) => m.top <= header && m.bottom > header))
    return { cells, merges, back: (row: number, col: number): [number, number] => [row, col] };
  const width = Math.max(...cells.map((r) => r.length));
  const shift = (row: number): number => (row > header ? row + 1 : row);
  return {
    cells: [...cells.slice(0, header + 1), Array<string>(width).fill(''), ...cells.slice(header + 1)],
    merges: merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
    back: (row: number, col: number): [number, number] => [row > header + 1 ? row - 1 : row, col],
  };
}

/** A 备注 column at the right of the indicator table, a note on each of its rows, as units add. */
function withNotesColumn({ cells, merges }: { cells: Cells; merges: Merge[] }) {
  const width = Math.max(...cells.map((r) => r.length));
  const header = cells.findIndex((r) => r.some((c) => /^三级(指标)?$/.test(c.replace(/\s+/g, ''))));
  const note = (i: number): string => (header < 0 || i < header ? '' : i === header ? '备注' : '已核');
  return {
    cells: cells.map((r, i) => [...r, ...Array<string>(width - r.length).fill(''), note(i)]),
    merges,
    back: (row: number, col: number): [number, number] => [row, col],
  };
}

/** A line under the title as units type it: the unit (sealed), the date, and the amounts' unit. */
function withFillerLine({ cells, merges }: { cells: Cells; merges: Merge[] }) {
  const width = Math.max(...cells.map((r) => r.length));
  const line = ['填报单位（盖章）：', '', '填报日期：2024年3月', '', '单位：万元'].slice(0, width);
  const filler = [...line, ...Array<string>(Math.max(width - line.length, 0)).fill('')];
  // Under the title when the copy starts with one (a lone line), else above everything.
  const at = cells[0]?.filter((c) => c.trim() !== '').length === 1 ? 1 : 0;
  const shift = (row: number): number => (row >= at ? row + 1 : row);
  return {
    cells: [...cells.slice(0, at), filler, ...cells.slice(at)],
    merges: merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
    back: (row: number, col: number): [number, number] => [row > at ? row - 1 : row, col],
  };
}

const tables = readCorpus();

type Layout = { cells: Cells; merges: Merge[] };
type Perturbation = (published: Layout) => Layout & { back: (row: number, col: number) => [number, number] };

const PERTURBATIONS: readonly (readonly [string, Perturbation])[] = [
  ['a blank margin column and two blank rows above', withMargins],
  ['header words broken over lines', withBrokenHeaders],
  ['a blank row under the indicator header', withBlankRowUnderHeader],
  ['a column of notes at the right', withNotesColumn],
  ['a line under the title with the unit, the date and 单位：万元', withFillerLine],
];

describe.each(
  PERTURBATIONS.flatMap(([name, perturb]) => VARIANTS.map((variant) => [name, variant, perturb] as const)),
)('the corpus laid out with %s (%s)', (_name, variant, perturb) => {
  it.each(tables.map((t) => [t.id, t] as const))('%s: the same findings', (_id, table) => {
    const published = plain(table);
    const moved = perturb(published);
    expect(findings(moved.cells, moved.merges, variant, moved.back)).toEqual(
      findings(published.cells, published.merges, variant, (row, col) => [row, col]),
    );
  });
});
