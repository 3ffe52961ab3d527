/**
 * 5. Office host: context.sync() round trips for build, check, marks and the live re-check, counted on the
 * fake Office.js (test/hosts/office/fake-office.ts) with a small and a large template. In Excel each sync
 * is a round trip to the workbook (slow in Excel on the web), so the count must not grow with the form.
 * Reading goes in chunks that keep each response under Excel on the web's 5 MB: a 20 000-row sheet with
 * 600 merged areas gives the count per chunk and the largest response.
 */
import { NATIONAL, review, toA1, type Form } from '../../src/domain';
import { findingMarks } from '../../src/forms/fixes';
import { recognizeWorkbook } from '../../src/forms/recognize';
import { buildTemplates } from '../../src/forms/templates';
import { SYNC_CELLS } from '../../src/hosts/office/read';
import type { Grid } from '../../src/sheet/grid';
import { FakeExcel, PLATFORMS, WEB_PAYLOAD_LIMIT } from '../../test/hosts/office/fake-office';
import { hostOn } from '../../test/hosts/office/helpers';
import { atMost, figure, type Figure } from '../lib/figures';

const SCENARIO = '5 Office host';
const PROJECT = '社区综合治理专项经费';
/** rowsPerLevel2 for the small and the large form: 9 二级指标 make 9 and 504 indicator rows. */
const SIZES = [1, 56] as const;

interface Counts {
  readonly rows: number;
  readonly build: number;
  readonly check: number;
  readonly marks: number;
  readonly recheck: number;
}

function projectForm(grids: readonly Grid[]): Form {
  const form = recognizeWorkbook(grids)
    .flatMap((sheet) => sheet.forms)
    .find((f) => f.kind === 'project');
  if (!form) throw new Error('the built template has no project form');
  return form;
}

/** Types a filled-in form as a person would: amounts, and rows of which some lost points. */
function fillIn(excel: FakeExcel, form: Form): void {
  const put = (cell: { row: number; col: number } | undefined, value: string | number): void => {
    if (cell) excel.type(form.sheet, toA1(cell), value);
  };
  put(form.funds?.total.initial, 1000);
  put(form.funds?.total.budget, 1200);
  put(form.funds?.total.spent, 1080);
  // A built template's lines are blank: they are where the indicators go.
  (form.blankRows ?? []).forEach((row, i) => {
    put(row.level3, `培训人数${String(i + 1)}`);
    put(row.target, '≥100人');
    put(row.result, i % 7 === 0 ? '90人' : '120人');
    put(row.weight, 1);
    put(row.score, i % 7 === 0 ? 0.8 : 1);
  });
}

async function syncs(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs;
  await work();
  return excel.syncs - before;
}

async function count(rowsPerLevel2: number): Promise<Counts> {
  const excel = new FakeExcel();
  const host = hostOn(excel);
  const plan = buildTemplates({
    kinds: ['basic', 'overall', 'project'],
    profile: NATIONAL,
    unit: '某某街道办事处',
    year: 2024,
    projects: [PROJECT],
    rowsPerLevel2,
  });
  const build = await syncs(excel, () => host.applyPlan(plan));
  const form = projectForm(await host.readGrids());
  fillIn(excel, form);
  // Check: read every sheet back (recognition and review run in the pane, without round trips).
  let grids: Grid[] = [];
  const check = await syncs(excel, async () => {
    grids = await host.readGrids();
  });
  const marks = findingMarks(review(recognizeWorkbook(grids).flatMap((sheet) => sheet.forms)).findings);
  if (marks.length === 0) throw new Error('the filled-in form has no findings to mark');
  const marking = await syncs(excel, () => host.mark(marks));
  // Live re-check: the user types, Excel raises onChanged, the pane reads the sheets again.
  let again: Promise<Grid[]> | undefined;
  const unsubscribe = await host.onChanged(() => {
    again = host.readGrids();
  });
  const before = excel.syncs;
  const cell = form.blankRows?.[0]?.result;
  if (!cell) throw new Error('no result cell');
  await excel.edit(form.sheet, toA1(cell), '95人');
  await again;
  const recheck = excel.syncs - before;
  await unsubscribe();
  return { rows: form.blankRows?.length ?? 0, build, check, marks: marking, recheck };
}

/** A 20 000 × 10 sheet with 600 merged areas read on the web profile: syncs, and the largest response. */
async function largeRead(): Promise<{ syncs: number; chunks: number; largest: number }> {
  const excel = new FakeExcel(PLATFORMS.microsoft365, { web: true });
  const sheet = excel.sheet('Sheet1');
  const rows = 20_000;
  const columns = 10;
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < columns; col++)
      sheet.touch(row, col).value = `第${String(row + 1)}行指标${String(col)}`;
  for (let i = 0; i < 600; i++) sheet.merges.push({ top: i * 33, left: 0, bottom: i * 33 + 1, right: 1 });
  const host = hostOn(excel);
  const syncsTaken = await syncs(excel, () => host.readGrids());
  return {
    syncs: syncsTaken,
    chunks: Math.ceil((rows * columns) / SYNC_CELLS),
    largest: excel.largestResponse,
  };
}

export async function office(): Promise<Figure[]> {
  const [small, large] = await Promise.all(SIZES.map(count));
  if (!small || !large) throw new Error('no counts');
  const budgets = {
    build: atMost(3, '≤ 3, same at both sizes'),
    check: atMost(3, '≤ 2 + 1 per chunk, same at both sizes'),
    marks: atMost(2, '≤ 2 (fills, then writes), same'),
    recheck: atMost(3, '≤ 2 + 1 per chunk, same at both sizes'),
  } as const;
  const names = {
    build: 'build template',
    check: 'check (read sheets)',
    marks: 'mark findings',
    recheck: 'live re-check',
  };
  const figures: Figure[] = [];
  for (const op of ['build', 'check', 'marks', 'recheck'] as const)
    for (const counts of [small, large]) {
      const same = small[op] === large[op];
      figures.push(
        figure(
          SCENARIO,
          `office.${op}.${String(counts.rows)}`,
          `${names[op]}, ${String(counts.rows)} rows`,
          'syncs',
          [counts[op]],
          budgets[op],
          counts === large && !same ? `${String(small[op])} at ${String(small.rows)} rows` : undefined,
          same,
        ),
      );
    }
  const read = await largeRead();
  figures.push(
    figure(
      SCENARIO,
      'office.read.20000x10',
      `check on the web, 20 000 × 10 cells, 600 merged areas (${String(read.chunks)} chunks)`,
      'syncs',
      [read.syncs],
      atMost(2 + read.chunks, `≤ 2 + 1 per chunk of ${String(SYNC_CELLS)} cells`),
    ),
    figure(
      SCENARIO,
      'office.read.largest-response',
      'check on the web, 20 000 × 10 cells: largest response',
      'MB',
      [read.largest / 1024 / 1024],
      atMost(WEB_PAYLOAD_LIMIT / 1024 / 1024, '≤ 5 MB (Excel on the web)'),
    ),
  );
  return figures;
}
