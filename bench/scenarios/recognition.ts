/** 2. Recognition: recognizeSheet on one pasted-Word sheet of 5 000 rows holding several forms. */
import type { CellValue } from '../../src/domain/cells';
import { recognizeSheet } from '../../src/forms/recognize';
import type { Merge } from '../../src/sheet/grid';
import { numbersAsText, seed004Attachment2, type SheetLayout } from '../../test/fixtures/seed-layouts';
import { figure, type Figure } from '../lib/figures';
import { stacked } from '../../test/fixtures/seed-layouts';
import { layoutGrid, projectSpec, Random } from '../lib/inputs';
import { callsFor, perCall } from '../lib/timing';

const SCENARIO = '2 Recognition';
export const SHEET_ROWS = 5000;
const ROUNDS = 11;

/**
 * One sheet as a unit pastes its whole report into it: 附件2 (整体支出, seed 004) at the top, then `count`
 * project forms one under the other — some titled, some not, some with numbers stored as text — filling
 * exactly `rows` rows. Returns the layout and the number of forms in it.
 */
export function pastedSheet(rows = SHEET_ROWS, count = 10): { layout: SheetLayout; forms: number } {
  const random = new Random(5000);
  const head = seed004Attachment2();
  const all: (CellValue | undefined)[][] = [...head.rows];
  const merges: Merge[] = [...head.merges];
  for (let i = 0; i < count; i++) {
    // Each form (and the blank row above it) takes an even share of what is left.
    const share = Math.floor((rows - all.length) / (count - i)) - 1;
    const spec = projectSpec(random, share, i);
    const spare = share - stacked('附件', [spec]).rows.length;
    const indicators =
      spare >= 0
        ? [...spec.indicators, ...spec.indicators.slice(1, 1 + spare)]
        : spec.indicators.slice(0, spare);
    let form = stacked('附件', [{ ...spec, indicators }]);
    if (random.chance(0.3)) form = numbersAsText(form);
    all.push([]);
    const offset = all.length;
    all.push(...form.rows);
    merges.push(...form.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })));
  }
  if (all.length !== rows)
    throw new Error(`the pasted sheet has ${String(all.length)} rows, not ${String(rows)}`);
  return { layout: { name: '附件', rows: all, merges }, forms: count + 1 };
}

export async function recognition(): Promise<Figure[]> {
  const { layout, forms } = pastedSheet();
  const grid = layoutGrid(layout);
  const found = recognizeSheet(grid).forms;
  if (found.length !== forms)
    throw new Error(`the sheet holds ${String(forms)} forms, recognition found ${String(found.length)}`);
  const indicators = found.reduce((sum, form) => sum + form.indicators.length, 0);
  for (let i = 0; i < 3; i++) recognizeSheet(grid);
  const calls = await callsFor(() => recognizeSheet(grid), 40);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) samples.push(await perCall(() => recognizeSheet(grid), calls));
  const note = `${String(found.length)} forms, ${String(indicators)} indicator rows, ${String(grid.merges.length)} merges`;
  return [
    figure(
      SCENARIO,
      'recognition.sheet.5000',
      'recognizeSheet(), 5 000-row sheet',
      'ms',
      samples,
      null,
      note,
    ),
  ];
}
