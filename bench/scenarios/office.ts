/**
 * 5. Office host: context.sync() round trips for build, check, marks and the live re-check, counted on the
 * fake Office.js (test/hosts/office/fake-office.ts) with a small and a large template. In Excel each sync
 * is a round trip to the workbook (slow in Excel on the web), so the count must not grow with the form.
 */
import { NATIONAL, review, toA1, type Form } from '../../src/domain';
import { findingMarks } from '../../src/forms/fixes';
import { recognizeWorkbook } from '../../src/forms/recognize';
import { buildTemplates } from '../../src/forms/templates';
import { OfficeWorkbookHost } from '../../src/hosts/office/excel-host';
import type { Grid } from '../../src/sheet/grid';
import { FakeExcel } from '../../test/hosts/office/fake-office';
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
  form.indicators.forEach((row, i) => {
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
  const host = new OfficeWorkbookHost(excel.run, excel.isSetSupported);
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
  const cell = form.indicators[0]?.result;
  if (!cell) throw new Error('no result cell');
  excel.type(form.sheet, toA1(cell), '95人');
  await excel.fireChanged(form.sheet, toA1(cell));
  await again;
  const recheck = excel.syncs - before;
  await unsubscribe();
  return { rows: form.indicators.length, build, check, marks: marking, recheck };
}

export async function office(): Promise<Figure[]> {
  const [small, large] = await Promise.all(SIZES.map(count));
  if (!small || !large) throw new Error('no counts');
  const budgets = {
    build: atMost(3, '≤ 3, same at both sizes'),
    check: atMost(2, '≤ 2, same at both sizes'),
    marks: atMost(1, '+1 (check + marks ≤ 3), same'),
    recheck: atMost(2, '≤ 2, same at both sizes'),
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
  return figures;
}
