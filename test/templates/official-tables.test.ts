/** The templates hold the official tables' wording, order and merges (seed 004's 附件1–3). */
import { NATIONAL } from '../../src/domain';
import { buildTemplates } from '../../src/forms/templates';
import type { Merge } from '../../src/sheet/grid';
import type { SheetPlan } from '../../src/sheet/plan';
import { OFFICIAL_BASIC, OFFICIAL_OVERALL, OFFICIAL_PROJECT, comparable } from './official-tables';

const YEAR = 2025;
const plan = buildTemplates({
  kinds: ['basic', 'overall', 'project'],
  profile: NATIONAL,
  unit: '某某街道办事处',
  year: YEAR,
  projects: ['社区建设'],
});

function sheet(name: string): SheetPlan {
  const found = plan.sheets.find((s) => s.sheet === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The sheet's texts in reading order (row by row, left to right), as compared. */
function texts(s: SheetPlan): string[] {
  return [...s.cells]
    .filter((c) => typeof c.value === 'string' && c.value.trim() !== '')
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => comparable(String(c.value)));
}

/** The official labels, each found after the one before: nothing missing, nothing out of order. */
function missingInOrder(official: readonly string[], found: readonly string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const label of official) {
    const wanted = comparable(label.replace('{Y-1}', String(YEAR - 1)).replace('{Y}', String(YEAR)));
    const index = found.indexOf(wanted, at);
    if (index < 0) missing.push(wanted);
    else at = index + 1;
  }
  return missing;
}

function mergeAt(s: SheetPlan, row: number, col: number): Merge | undefined {
  return s.merges.find((m) => m.top === row && m.left === col);
}

function rowOf(s: SheetPlan, text: string): number {
  const cell = s.cells.find((c) => typeof c.value === 'string' && comparable(c.value) === comparable(text));
  if (!cell) throw new Error(`no cell ${text}`);
  return cell.row;
}

/** Whether every column of the row lies in a bordered cell or a merge starting at one. */
function closed(s: SheetPlan, row: number, last: number): boolean {
  const covered = new Set<number>();
  for (const cell of s.cells.filter((c) => c.row === row && c.style?.border)) {
    const merge = s.merges.find((m) => m.top <= row && row <= m.bottom && m.left === cell.col);
    for (let col = cell.col; col <= (merge?.right ?? cell.col); col++) covered.add(col);
  }
  for (const merge of s.merges.filter((m) => m.top < row && row <= m.bottom))
    for (let col = merge.left; col <= merge.right; col++) covered.add(col);
  for (let col = 0; col <= last; col++) if (!covered.has(col)) return false;
  return true;
}

describe('the templates hold the official tables', () => {
  it.each([
    ['附件1 基础数据表', '基础数据表', OFFICIAL_BASIC],
    ['附件2 整体支出绩效自评表', '整体支出绩效自评表', OFFICIAL_OVERALL],
    ['附件3 项目支出绩效自评表', '社区建设', OFFICIAL_PROJECT],
  ] as const)('%s: every label, worded and ordered as the official table', (_name, sheetName, official) => {
    expect(missingInOrder(official, texts(sheet(sheetName)))).toEqual([]);
  });

  it.each([['整体支出绩效自评表'], ['社区建设']] as const)(
    '%s: the 一级 and 二级 labels merged over their rows, section labels over their blocks, a closed rectangle',
    (name) => {
      const s = sheet(name);
      const last = s.columnWidths.length - 1;
      const title = s.cells.find((c) => c.style?.fontSize === 16);
      expect(title && mergeAt(s, title.row, 0)).toMatchObject({ right: last });
      const output = rowOf(s, '产出指标（50分）');
      const effect = rowOf(s, '效益指标（30分）');
      const satisfaction = rowOf(s, '满意度指标（10分）');
      const total = rowOf(s, '总分');
      expect(mergeAt(s, output, 1)).toMatchObject({ bottom: effect - 1 });
      expect(mergeAt(s, effect, 1)).toMatchObject({ bottom: satisfaction - 1 });
      expect(mergeAt(s, satisfaction, 1)).toMatchObject({ bottom: total - 1 });
      expect(mergeAt(s, rowOf(s, '数量指标'), 2)).toMatchObject({ bottom: rowOf(s, '质量指标') - 1 });
      const header = rowOf(s, '一级指标');
      expect(mergeAt(s, header, 0)).toMatchObject({ bottom: total - 1 });
      expect(mergeAt(s, rowOf(s, '年度总体目标'), 0)).toMatchObject({ bottom: rowOf(s, '年度总体目标') + 1 });
      const first = rowOf(s, name === '社区建设' ? '项目支出名称' : '预算单位名称');
      const open: number[] = [];
      for (let row = first; row <= total + 1; row++) if (!closed(s, row, last)) open.push(row + 1);
      expect(open).toEqual([]);
    },
  );

  it('附件1: the 专项 lines open below their label, the 说明 under the table', () => {
    const s = sheet('基础数据表');
    const last = s.columnWidths.length - 1;
    const special = rowOf(s, '3、区级专项资金(一个专项一行)');
    expect(s.openRows?.[0]?.[0]).toBe(special + 1);
    const first = rowOf(s, '预算单位名称');
    const end = rowOf(s, '厉行节约保障措施');
    const open: number[] = [];
    for (let row = first; row <= end; row++) if (!closed(s, row, last)) open.push(row + 1);
    expect(open).toEqual([]);
  });
});
