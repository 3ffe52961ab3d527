/**
 * A workbook plan (the templates) built as new sheets: one sync checks the names, one builds every sheet,
 * and a last one sets up printing and recalculates (apart, in a sync of its own, only when printing
 * failed). A build that fails midway is taken back (a batch keeps what ran before its error): the sheets
 * and names it added are deleted again.
 */
import { said, type Said } from '../../messages';
import type { WorkbookPlan } from '../../sheet/plan';
import type { HostReport } from '../types';
import type { ExcelApi } from './api';
import { HostError, toHostError } from './errors';
import { sheetList } from './sheet-list';
import { writeSheet } from './sheet-writer';

interface Existing {
  readonly sheets: Set<string>;
  readonly names: Set<string>;
}

/** Sheet and defined names already in the workbook, lower case. */
async function existingNames(api: ExcelApi): Promise<Existing> {
  return api.batch(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const names = context.workbook.names.load('items/name');
    await context.sync();
    return {
      sheets: new Set(sheets.items.map((s) => s.name.toLowerCase())),
      names: new Set(names.items.map((n) => n.name.toLowerCase())),
    };
  });
}

/** Deletes the sheets and names a failed build added; what was there before is untouched. */
async function takeBack(api: ExcelApi, plan: WorkbookPlan, before: Existing): Promise<void> {
  const planned = new Set(plan.sheets.map((s) => s.sheet.toLowerCase()));
  const plannedNames = new Set(plan.sheets.flatMap((s) => s.names.map((n) => n.name.toLowerCase())));
  await api.batch(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name,items/visibility');
    const names = context.workbook.names.load('items/name');
    await context.sync();
    for (const name of names.items) {
      const key = name.name.toLowerCase();
      if (plannedNames.has(key) && !before.names.has(key)) name.delete();
    }
    for (const sheet of sheets.items) {
      const key = sheet.name.toLowerCase();
      if (!planned.has(key) || before.sheets.has(key)) continue;
      // A very hidden sheet cannot be deleted until it is made visible.
      if (sheet.visibility !== 'Visible') sheet.visibility = 'Visible';
      sheet.delete();
    }
    await context.sync();
  });
}

/**
 * Paper, orientation, fit to width and title rows, then every formula worked out (calculation was suspended
 * while the sheets were written). Says what did not hold.
 */
async function setUpPrintingAndRecalculate(api: ExcelApi, plan: WorkbookPlan, left: Said[]): Promise<void> {
  try {
    await api.batch(async (context) => {
      const checks: { sheet: string; layout: Excel.PageLayout }[] = [];
      for (const sheetPlan of plan.sheets) {
        if (sheetPlan.hidden) continue;
        const layout = context.workbook.worksheets.getItem(sheetPlan.sheet).pageLayout;
        layout.paperSize = 'A4';
        layout.orientation = sheetPlan.print?.landscape ? 'Landscape' : 'Portrait';
        if (sheetPlan.print?.fitToWidth) {
          // Both set: a width-only fit is the form Excel is known to drop (office-js #1860).
          layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          checks.push({ sheet: sheetPlan.sheet, layout: layout.load('zoom') });
        }
        const rows = sheetPlan.print?.titleRows;
        if (rows) layout.setPrintTitleRows(`$${String(rows[0] + 1)}:$${String(rows[1] + 1)}`);
        const footer = sheetPlan.print?.footer;
        // Excel's header/footer code (&P page, &N pages), written as it is.
        if (footer) layout.headersFooters.defaultForAllPages.centerFooter = footer;
      }
      // Last in the batch: a failed print setting stops what follows it, and then the catch recalculates.
      context.application.calculate('Recalculate');
      await context.sync();
      const dropped = checks.filter(({ layout }) => layout.zoom.horizontalFitToPages !== 1);
      if (dropped.length > 0)
        left.push(said('office.template.fit-dropped', { sheets: sheetList(dropped.map((d) => d.sheet)) }));
    });
  } catch (error) {
    // The sheets are built; printing is a convenience, so its failure is said, not raised.
    left.push(said('office.template.print-failed', { failure: toHostError(error).said }));
    await recalculate(api, left);
  }
}

/** Calculation was suspended while the sheets were written: every formula is worked out now, on its own. */
async function recalculate(api: ExcelApi, left: Said[]): Promise<void> {
  try {
    await api.batch(async (context) => {
      context.application.calculate('Recalculate');
      await context.sync();
    });
  } catch (error) {
    left.push(said('office.template.not-recalculated', { failure: toHostError(error).said }));
  }
}

/** Refuses the plan when one of its sheets' names is taken (or given twice): nothing is added then. */
function refuseTakenNames(plan: WorkbookPlan, before: Existing): void {
  const taken = new Set(before.sheets);
  for (const { sheet } of plan.sheets) {
    if (taken.has(sheet.toLowerCase()))
      throw new HostError(said('office.template.sheet-exists', { sheet }), 'SheetExists');
    taken.add(sheet.toLowerCase());
  }
}

/** One batch writes every sheet; a failure takes back what it added, and says whether that worked. */
async function buildSheets(api: ExcelApi, plan: WorkbookPlan, before: Existing, left: Said[]): Promise<void> {
  try {
    await api.raw(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const definedNames = new Set(before.names);
      const added = plan.sheets.map((sheetPlan) => ({
        sheetPlan,
        sheet: context.workbook.worksheets.add(sheetPlan.sheet),
      }));
      for (const { sheetPlan, sheet } of added) writeSheet(context, sheet, sheetPlan, definedNames, left);
      added.find(({ sheetPlan }) => !sheetPlan.hidden)?.sheet.activate();
      await context.sync();
    });
  } catch (error) {
    const failure = toHostError(error);
    try {
      await takeBack(api, plan, before);
    } catch (again) {
      const sentence = said('office.template.half-built', {
        failure: failure.said,
        again: toHostError(again).said,
      });
      throw new HostError(sentence, failure.code, { cause: error });
    }
    throw new HostError(said('office.template.not-built', { failure: failure.said }), failure.code, {
      cause: error,
    });
  }
}

/** Adds the plan's sheets; refuses, adding nothing, when one of their names is taken. */
export async function applyPlan(api: ExcelApi, plan: WorkbookPlan): Promise<HostReport> {
  const left: Said[] = [];
  const before = await existingNames(api);
  refuseTakenNames(plan, before);
  await buildSheets(api, plan, before, left);
  await setUpPrintingAndRecalculate(api, plan, left);
  return { notes: left };
}
