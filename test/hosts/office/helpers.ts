/** What the Office host tests share: a host on the fake, templates, and a filled-in form. */
import { NATIONAL, toA1, type Form } from '../../../src/domain';
import { recognizeWorkbook } from '../../../src/forms/recognize';
import { buildTemplates } from '../../../src/forms/templates';
import { OfficeWorkbookHost } from '../../../src/hosts/office/host';
import type { HostReport } from '../../../src/hosts/types';
import { say, type Locale } from '../../../src/messages';
import type { Grid } from '../../../src/sheet/grid';
import type { WorkbookPlan } from '../../../src/sheet/plan';
import { FakeExcel, PLATFORMS, type FakeExcelOptions } from './fake-office';

export const PROJECT = '社区 建设(一期)';

export function plan(rowsPerLevel2: number): WorkbookPlan {
  return buildTemplates({
    kinds: ['basic', 'overall', 'project'],
    profile: NATIONAL,
    unit: '某某街道办事处',
    year: 2024,
    projects: [PROJECT],
    rowsPerLevel2,
  });
}

/** The host on this fake Excel, wired as index.tsx wires it to Office.js. */
export function hostOn(excel: FakeExcel): OfficeWorkbookHost {
  return new OfficeWorkbookHost({
    run: excel.run,
    runIn: excel.runIn,
    isSetSupported: excel.isSetSupported,
    onWeb: excel.options.web === true,
  });
}

export function setup(
  api: number = PLATFORMS.microsoft365,
  options: FakeExcelOptions = {},
): { excel: FakeExcel; host: OfficeWorkbookHost } {
  const excel = new FakeExcel(api, options);
  return { excel, host: hostOn(excel) };
}

/** Runs the work and says how many context.sync() calls it made. */
export async function syncsOf<T>(
  excel: FakeExcel,
  work: () => Promise<T>,
): Promise<{ result: T; syncs: number }> {
  const before = excel.syncs;
  const result = await work();
  return { result, syncs: excel.syncs - before };
}

export function formsOf(grids: readonly Grid[]): Form[] {
  return recognizeWorkbook(grids).flatMap((sheet) => sheet.forms);
}

export function projectForm(grids: readonly Grid[]): Form {
  const form = formsOf(grids).find((f) => f.kind === 'project');
  if (!form) throw new Error('no project form');
  return form;
}

/** Types a filled-in project form as a person would: amounts, and rows of which some lost points. */
export function fillIn(excel: FakeExcel, form: Form): void {
  const put = (cell: { row: number; col: number } | undefined, value: string | number): void => {
    if (!cell) throw new Error('missing cell');
    excel.type(form.sheet, toA1(cell), value);
  };
  put(form.funds?.total.initial, 1000);
  put(form.funds?.total.budget, 1200);
  put(form.funds?.total.spent, 1080);
  // A built template's lines are blank: they are where the indicators go.
  (form.blankRows ?? []).slice(0, 3).forEach((row, i) => {
    put(row.level3, `培训人数${String(i + 1)}`);
    put(row.target, '≥100人');
    put(row.result, '90人');
    put(row.weight, 10);
    put(row.score, 8);
  });
}

/** Every cell's fill on a sheet, by `row,col`. */
export function fills(excel: FakeExcel, sheet: string): Map<string, string | null> {
  return new Map(
    [...excel.sheet(sheet).cells.values()].map((c) => [`${String(c.row)},${String(c.col)}`, c.fill]),
  );
}

/** What a report says, in one language. */
export function noted(report: HostReport, locale: Locale = 'zh-CN'): string {
  return report.notes.map((note) => say(note, locale)).join(' ');
}
