import { NATIONAL, review, toA1, type Form } from '../../../src/domain';
import {
  computedFixes,
  findingMarks,
  MARK_FILLS,
  NOTE_HEADING,
  type CellMark,
} from '../../../src/forms/fixes';
import { readIdentity } from '../../../src/forms/identity';
import { recognizeWorkbook } from '../../../src/forms/recognize';
import { buildTemplates, IDENTITY_SHEET } from '../../../src/forms/templates';
import { HostError, MARKS_SETTING, OfficeWorkbookHost } from '../../../src/hosts/office/excel-host';
import type { Grid } from '../../../src/sheet/grid';
import type { WorkbookPlan } from '../../../src/sheet/plan';

import { FakeExcel, FakeOfficeError, PLATFORMS } from './fake-office';

const PROJECT = '社区 建设(一期)';

function plan(rowsPerLevel2: number): WorkbookPlan {
  return buildTemplates({
    kinds: ['basic', 'overall', 'project'],
    profile: NATIONAL,
    unit: '某某街道办事处',
    year: 2024,
    projects: [PROJECT],
    rowsPerLevel2,
  });
}

function setup(api: number = PLATFORMS.microsoft365): { excel: FakeExcel; host: OfficeWorkbookHost } {
  const excel = new FakeExcel(api);
  return { excel, host: new OfficeWorkbookHost(excel.run, excel.isSetSupported) };
}

/** Runs the work and says how many context.sync() calls it made. */
async function syncsOf<T>(excel: FakeExcel, work: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = excel.syncs;
  const result = await work();
  return { result, syncs: excel.syncs - before };
}

function formsOf(grids: readonly Grid[]): Form[] {
  return recognizeWorkbook(grids).flatMap((sheet) => sheet.forms);
}

function projectForm(grids: readonly Grid[]): Form {
  const form = formsOf(grids).find((f) => f.kind === 'project');
  if (!form) throw new Error('no project form');
  return form;
}

/** Types a filled-in project form as a person would: amounts, and rows of which some lost points. */
function fillIn(excel: FakeExcel, form: Form): void {
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

function fills(excel: FakeExcel, sheet: string): Map<string, string | null> {
  return new Map(
    [...excel.sheet(sheet).cells.values()].map((c) => [`${String(c.row)},${String(c.col)}`, c.fill]),
  );
}

/** The Office error code a call throws, or undefined when it does not throw. */
function thrown(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return error instanceof FakeOfficeError ? error.code : String(error);
  }
  return undefined;
}

describe('fake Office.js', () => {
  it('throws on reading what was not loaded and synced, and applies writes at sync', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const range = sheets.getItem('Sheet1').getRange('B2');
      expect(thrown(() => range.values)).toBe('PropertyNotLoaded');
      expect(thrown(() => sheets.items)).toBe('PropertyNotLoaded');
      range.values = [['12.5']];
      expect(excel.cellAt('Sheet1', 'B2')).toBeUndefined();
      range.load('values,address');
      sheets.load('items/name');
      expect(thrown(() => range.values)).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([[12.5]]);
      expect(range.address).toBe('Sheet1!B2');
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
      const used = sheets.getItem('Sheet1').getUsedRangeOrNullObject();
      used.load('address');
      await context.sync();
      expect(used.isNullObject).toBe(false);
    });
  });

  it('refuses protect() on a protected sheet and APIs above the emulated requirement set', async () => {
    const excel = new FakeExcel(PLATFORMS.office2016);
    await expect(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    excel.api = PLATFORMS.microsoft365;
    excel.sheet('Sheet1').protection.protected = true;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').protection.protect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

describe('OfficeWorkbookHost', () => {
  it('states its capabilities from the requirement sets', () => {
    expect(setup().host.capabilities).toEqual({
      dataValidation: true,
      conditionalFormats: true,
      protection: true,
      names: true,
      notes: 'notes',
      liveCheck: true,
    });
    expect(setup(PLATFORMS.ltsc2021).host.capabilities.notes).toBe('comments');
    expect(setup(PLATFORMS.office2019).host.capabilities).toMatchObject({
      dataValidation: false,
      conditionalFormats: true,
      notes: 'none',
      liveCheck: true,
    });
    expect(setup(PLATFORMS.office2016).host.capabilities).toEqual({
      dataValidation: false,
      conditionalFormats: false,
      protection: false,
      names: false,
      notes: 'none',
      liveCheck: false,
    });
  });

  it('builds a template that recognition finds, with its native features', async () => {
    const { excel, host } = setup();
    const build = await syncsOf(excel, () => host.applyPlan(plan(2)));
    expect(build.syncs).toBeLessThanOrEqual(3);
    expect(host.lastNotes).toEqual([]);
    expect(excel.calcSuspensions).toBe(1);

    const read = await syncsOf(excel, () => host.readGrids());
    expect(read.syncs).toBeLessThanOrEqual(2);
    const grids = read.result;
    expect(formsOf(grids).map((f) => [f.sheet, f.kind])).toEqual([
      ['基础数据表', 'basic'],
      ['整体支出绩效自评表', 'overall'],
      [PROJECT, 'project'],
    ]);
    expect(projectForm(grids).blankRows).toHaveLength(18);
    expect(projectForm(grids).indicators).toHaveLength(0);
    // Text that looks like a number stays text (the identity's version is the string '1').
    expect(readIdentity(grids)).toMatchObject({ version: 1, profileError: null });
    expect(readIdentity(grids)?.profile?.id).toBe('national');
    expect(grids.find((g) => g.sheet === IDENTITY_SHEET)?.hidden).toBe(true);
    expect(excel.sheet(IDENTITY_SHEET).visibility).toBe('VeryHidden');

    const sheet = excel.sheet(PROJECT);
    const form = projectForm(grids);
    const rate = form.funds?.total.rate;
    expect(rate?.formula).toContain('/');
    expect(rate?.format).toBe('0.00%');
    expect(grids.find((g) => g.sheet === PROJECT)?.merges).toContainEqual({
      top: 0,
      left: 0,
      bottom: 0,
      right: 8,
    });
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.cell(form.funds?.total.spent?.row ?? -1, form.funds?.total.spent?.col ?? -1)?.locked).toBe(
      false,
    );
    expect(sheet.cell(rate?.row ?? -1, rate?.col ?? -1)?.locked).toBe(true);
    const list = sheet.validations.find((v) => v.rule?.list);
    expect(list?.rule?.list?.source).toMatch(/^产出指标.*,效益指标.*,满意度指标/);
    expect(sheet.validations.some((v) => v.rule?.decimal?.operator === 'GreaterThanOrEqualTo')).toBe(true);
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({
        type: 'Custom',
        fill: 'FFC7CE',
        formula: expect.stringContaining('LEN(TRIM(') as unknown,
      }),
    ]);
    expect([...excel.names.values()].map((n) => n.name)).toContain('项目1_执行率');
    expect(sheet.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1 },
    });
    expect(sheet.pageLayout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(sheet.columnWidths.get(8)).toBeGreaterThan(sheet.columnWidths.get(6) ?? Infinity);
  });

  it('takes the same number of syncs for 9 indicator rows as for 207', async () => {
    const counts = async (rowsPerLevel2: number): Promise<number[]> => {
      const { excel, host } = setup();
      const build = await syncsOf(excel, () => host.applyPlan(plan(rowsPerLevel2)));
      const first = await syncsOf(excel, () => host.readGrids());
      const form = projectForm(first.result);
      expect(form.blankRows).toHaveLength(rowsPerLevel2 * 9);
      fillIn(excel, form);
      const check = await syncsOf(excel, () => host.readGrids());
      const marks = findingMarks(review(formsOf(check.result)).findings);
      expect(marks.length).toBeGreaterThan(0);
      const mark = await syncsOf(excel, () => host.mark(marks));
      let recheck: Promise<Grid[]> | undefined;
      const unsubscribe = await host.onChanged(() => {
        recheck = host.readGrids();
      });
      const before = excel.syncs;
      await excel.fireChanged(PROJECT, 'C10');
      await recheck;
      const live = excel.syncs - before;
      await unsubscribe();
      const clear = await syncsOf(excel, () => host.clearMarks());
      return [build.syncs, check.syncs, mark.syncs, live, clear.syncs];
    };
    const small = await counts(1);
    const large = await counts(23);
    expect(large).toEqual(small);
    const [build, check, mark, live, clear] = small;
    expect(build).toBeLessThanOrEqual(3);
    expect(check).toBeLessThanOrEqual(2);
    expect(mark).toBe(1);
    expect(live).toBeLessThanOrEqual(2);
    expect(clear).toBeLessThanOrEqual(2);
  });

  it('checks, fills computed cells on a protected sheet, and keeps the protection', async () => {
    const { excel, host } = setup();
    await host.applyPlan(plan(1));
    const form = projectForm(await host.readGrids());
    fillIn(excel, form);
    // A submitter who typed over the formulas: the computed cells are plain and empty.
    for (const cell of [
      form.funds?.total.rate,
      form.funds?.total.score,
      form.total?.score,
      form.total?.grade,
    ])
      if (cell) excel.type(PROJECT, toA1(cell), null);

    const check = await syncsOf(excel, () => host.readGrids());
    const result = review(formsOf(check.result));
    const reviewed = result.forms.find((f) => f.form.kind === 'project');
    if (!reviewed) throw new Error('no review');
    const fixes = computedFixes(reviewed);
    expect(fixes.map((f) => f.label)).toEqual(expect.arrayContaining(['执行率', '执行率得分', '总分']));

    const write = await syncsOf(excel, () => host.writeFixes(fixes));
    expect(write.syncs).toBe(1);
    const rate = form.funds?.total.rate;
    const cell = excel.cellAt(PROJECT, toA1(rate ?? { row: 0, col: 0 }));
    expect(cell?.value).toBeCloseTo(0.9);
    expect(cell?.format).toBe('0.00%');
    expect(excel.sheet(PROJECT).protection).toMatchObject({
      protected: true,
      options: { allowFormatColumns: true },
    });
    const again = review(formsOf(await host.readGrids())).forms.find((f) => f.form.kind === 'project');
    expect(again && computedFixes(again)).toEqual([]);
  });

  it('a re-check gives cells whose findings no longer hold back their own fill and note', async () => {
    const { excel, host } = setup();
    await host.applyPlan(plan(1));
    fillIn(excel, projectForm(await host.readGrids()));
    const marks = findingMarks(review(formsOf(await host.readGrids())).findings).filter(
      (m) => m.sheet === PROJECT,
    );
    expect(marks.length).toBeGreaterThanOrEqual(2);
    const [gone, kept] = marks as [CellMark, CellMark];
    excel.setFill(PROJECT, toA1(gone.cell), '00B050');
    excel.addNote(PROJECT, toA1(gone.cell), '我的备注');
    const before = fills(excel, PROJECT);
    await host.readGrids();
    await host.mark(marks);
    expect(excel.cellAt(PROJECT, toA1(gone.cell))?.fill).toBe(MARK_FILLS[gone.tone]);

    // The user mends the first cell's problem; the re-check finds only the second.
    await host.readGrids();
    await host.updateMarks([{ ...kept, note: '仍需说明原因' }]);
    expect(excel.cellAt(PROJECT, toA1(gone.cell))?.fill).toBe('00B050');
    expect(excel.noteAt(PROJECT, toA1(gone.cell))).toBe('我的备注');
    expect(excel.noteAt(PROJECT, toA1(kept.cell))).toBe(`${NOTE_HEADING}\n仍需说明原因`);
    const record = JSON.parse(String(excel.settings.get(MARKS_SETTING))) as { row: number; col: number }[];
    expect(record.map((r) => [r.row, r.col])).toEqual([[kept.cell.row, kept.cell.col]]);
    expect(excel.sheet(PROJECT).protection.protected).toBe(true);

    // Nothing left to mark: every cell is as the user had it.
    await host.readGrids();
    await host.updateMarks([]);
    expect(fills(excel, PROJECT)).toEqual(before);
    expect(excel.noteAt(PROJECT, toA1(kept.cell))).toBeUndefined();
  });

  it('marks findings in one sync and clears them, restoring fills and notes exactly', async () => {
    const { excel, host } = setup();
    await host.applyPlan(plan(1));
    fillIn(excel, projectForm(await host.readGrids()));
    const marks = findingMarks(review(formsOf(await host.readGrids())).findings).filter(
      (m) => m.sheet === PROJECT,
    );
    expect(marks.length).toBeGreaterThanOrEqual(2);
    const [first, second] = (marks as [CellMark, CellMark]).map((m) => ({
      ...m,
      cell: { row: m.cell.row, col: m.cell.col },
    })) as [CellMark, CellMark];
    excel.setFill(PROJECT, toA1(first.cell), '00B050');
    excel.addNote(PROJECT, toA1(second.cell), '原有备注：请核实\n第二行');
    excel.addNote('Sheet1', 'A1', '无关的备注');
    const before = fills(excel, PROJECT);
    const notesBefore = excel.notes.map((n) => [n.sheet.name, n.row, n.col, n.content]);

    await host.readGrids();
    const mark = await syncsOf(excel, () => host.mark(marks));
    expect(mark.syncs).toBe(1);
    for (const m of marks) expect(excel.cellAt(PROJECT, toA1(m.cell))?.fill).toBe(MARK_FILLS[m.tone]);
    expect(excel.noteAt(PROJECT, toA1(second.cell))).toBe(
      `原有备注：请核实\n第二行\n${NOTE_HEADING}\n${second.note}`,
    );
    expect(excel.noteAt(PROJECT, toA1(first.cell))).toBe(`${NOTE_HEADING}\n${first.note}`);
    const record = JSON.parse(String(excel.settings.get(MARKS_SETTING))) as unknown[];
    expect(record).toContainEqual({ sheet: PROJECT, ...first.cell, fill: '00B050', note: null });
    expect(record).toContainEqual(
      expect.objectContaining({ sheet: PROJECT, ...second.cell, note: '原有备注：请核实\n第二行' }),
    );
    expect(excel.sheet(PROJECT).protection.protected).toBe(true);

    // Marking again (a re-check) keeps what the cells had before the first mark.
    await host.mark([{ ...first, tone: 'info', note: '再次检查' }]);
    expect(excel.noteAt(PROJECT, toA1(first.cell))).toBe(`${NOTE_HEADING}\n再次检查`);

    const clear = await syncsOf(excel, () => host.clearMarks());
    expect(clear.syncs).toBeLessThanOrEqual(2);
    expect(fills(excel, PROJECT)).toEqual(before);
    expect(excel.notes.map((n) => [n.sheet.name, n.row, n.col, n.content])).toEqual(notesBefore);
    expect(excel.settings.has(MARKS_SETTING)).toBe(false);
    expect(excel.sheet(PROJECT).protection.protected).toBe(true);
  });

  it('clears marks left before the pane was reopened, from the workbook setting', async () => {
    const { excel, host } = setup();
    excel.type('Sheet1', 'B2', '金额');
    excel.setFill('Sheet1', 'B2', 'FFFF00');
    await host.readGrids();
    await host.mark([{ sheet: 'Sheet1', cell: { row: 1, col: 1 }, tone: 'error', note: '金额不符' }]);
    const later = new OfficeWorkbookHost(excel.run, excel.isSetSupported);
    const clear = await syncsOf(excel, () => later.clearMarks());
    expect(clear.syncs).toBe(2);
    expect(excel.cellAt('Sheet1', 'B2')?.fill).toBe('FFFF00');
    expect(excel.notes).toEqual([]);
  });

  it('reads on when the saved marks record is damaged, and says so', async () => {
    const { excel, host } = setup();
    excel.settings.set(MARKS_SETTING, '{not json');
    await expect(host.readGrids()).resolves.toHaveLength(1);
    expect(host.lastNotes.join()).toContain('已损坏');
    await host.clearMarks();
    expect(excel.settings.has(MARKS_SETTING)).toBe(false);
  });

  it('marks with threaded comments where notes are missing (LTSC 2021) and leaves others’ comments alone', async () => {
    const { excel, host } = setup(PLATFORMS.ltsc2021);
    excel.type('Sheet1', 'A1', 1);
    excel.type('Sheet1', 'A2', 2);
    excel.addComment('Sheet1', 'A2', '同事的批注');
    await host.readGrids();
    const marks: CellMark[] = [
      { sheet: 'Sheet1', cell: { row: 0, col: 0 }, tone: 'warning', note: '请核对' },
      { sheet: 'Sheet1', cell: { row: 1, col: 0 }, tone: 'error', note: '金额不符' },
    ];
    expect((await syncsOf(excel, () => host.mark(marks))).syncs).toBe(1);
    expect(excel.comments.map((c) => c.content)).toEqual(['同事的批注', `${NOTE_HEADING}\n请核对`]);
    expect(host.lastNotes.join()).toContain('Sheet1!A2 已有他人的批注');
    await host.clearMarks();
    expect(excel.comments.map((c) => c.content)).toEqual(['同事的批注']);
    expect(excel.cellAt('Sheet1', 'A1')?.fill).toBeNull();
  });

  it('selects a cell on its sheet in one sync', async () => {
    const { excel, host } = setup();
    await host.applyPlan(plan(1));
    excel.activeSheet = 'Sheet1';
    const select = await syncsOf(excel, () => host.select(PROJECT, { row: 4, col: 6 }));
    expect(select.syncs).toBe(1);
    expect(excel.activeSheet).toBe(PROJECT);
    expect(excel.selection).toEqual({ sheet: PROJECT, address: 'G5' });
  });

  it('re-checks when the user edits, not when the add-in writes, and stops on unsubscribe', async () => {
    for (const api of [PLATFORMS.microsoft365, PLATFORMS.office2019]) {
      const { excel, host } = setup(api);
      await host.applyPlan(plan(1));
      let grids: Promise<Grid[]> | undefined;
      let calls = 0;
      const unsubscribe = await host.onChanged(() => {
        calls++;
        grids = host.readGrids();
      });
      await excel.fireChanged(PROJECT, 'E5', 'ThisLocalAddin');
      expect(calls).toBe(0);
      const before = excel.syncs;
      await excel.fireChanged(PROJECT, 'E5');
      expect(calls).toBe(1);
      expect(formsOf((await grids) ?? [])).not.toHaveLength(0);
      expect(excel.syncs - before).toBeLessThanOrEqual(2);
      await unsubscribe();
      expect(excel.handlers).toEqual([]);
      await excel.fireChanged(PROJECT, 'E5');
      expect(calls).toBe(1);
    }
  });

  it('refuses to build over an existing sheet, in Chinese, and adds nothing', async () => {
    const { excel, host } = setup();
    excel.addSheet('基础数据表');
    const attempt = host.applyPlan(plan(1));
    await expect(attempt).rejects.toBeInstanceOf(HostError);
    await expect(attempt).rejects.toThrow(/已有名为“基础数据表”的工作表/);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1', '基础数据表']);
  });

  it('turns Office errors into Chinese HostErrors that say what to do', async () => {
    const { excel, host } = setup();
    excel.type('Sheet1', 'A1', 5);
    Object.assign(excel.sheet('Sheet1').protection, { protected: true, password: 'secret' });
    await host.readGrids();
    const write = host.writeFixes([
      { sheet: 'Sheet1', cell: { row: 0, col: 0 }, before: '5', value: 6, field: 'total', label: '总分' },
    ]);
    await expect(write).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(write).rejects.toThrow(/请先撤销工作表保护/);
    await expect(host.select('不存在', { row: 0, col: 0 })).rejects.toThrow(/找不到要操作的工作表或单元格/);
  });

  it('builds on Office 2016 (ExcelApi 1.1) without throwing and lists what it left out', async () => {
    const { excel, host } = setup(PLATFORMS.office2016);
    const build = await syncsOf(excel, () => host.applyPlan(plan(1)));
    expect(build.syncs).toBeLessThanOrEqual(3);
    const notes = host.lastNotes.join('\n');
    for (const feature of ['数据验证', '条件格式', '工作表保护', '名称', '页面设置'])
      expect(notes).toContain(feature);
    const sheet = excel.sheet(PROJECT);
    expect(sheet.validations).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.protection.protected).toBe(false);
    expect(excel.names.size).toBe(0);
    expect(excel.sheet(IDENTITY_SHEET).visibility).toBe('VeryHidden');
    const grids = await host.readGrids();
    expect(formsOf(grids).map((f) => f.kind)).toEqual(['basic', 'overall', 'project']);

    // Marks are fills only, kept in the pane's memory; clearing restores them.
    const form = projectForm(grids);
    const cell = form.funds?.total.spent ?? { row: 0, col: 0 };
    const before = excel.cellAt(PROJECT, toA1(cell))?.fill;
    await host.mark([{ sheet: PROJECT, cell, tone: 'error', note: '请填写' }]);
    expect(host.lastNotes.join()).toContain('只用底色');
    expect(excel.cellAt(PROJECT, toA1(cell))?.fill).toBe(MARK_FILLS.error);
    await host.clearMarks();
    // Without ExcelApi 1.9 a white fill cannot be told from none.
    expect(excel.cellAt(PROJECT, toA1(cell))?.fill).toBe(before === 'FFFFFF' ? null : before);
  });

  it('marks and clears on Office 2019 (ExcelApi 1.7) with fills read in the marking batch', async () => {
    const { excel, host } = setup(PLATFORMS.office2019);
    await host.applyPlan(plan(1));
    expect(host.lastNotes.join()).toContain('数据验证');
    expect(excel.sheet(PROJECT).conditionalFormats).toHaveLength(1);
    excel.type('Sheet1', 'C3', 'x');
    excel.setFill('Sheet1', 'C3', 'ABCDEF');
    await host.readGrids();
    const mark = await syncsOf(excel, () =>
      host.mark([{ sheet: 'Sheet1', cell: { row: 2, col: 2 }, tone: 'warning', note: '请核对' }]),
    );
    expect(mark.syncs).toBe(2);
    expect(excel.cellAt('Sheet1', 'C3')?.fill).toBe(MARK_FILLS.warning);
    await host.clearMarks();
    expect(excel.cellAt('Sheet1', 'C3')?.fill).toBe('ABCDEF');
  });
});
