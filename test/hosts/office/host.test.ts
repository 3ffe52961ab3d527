import { review, toA1 } from '../../../src/domain';
import {
  computedFixes,
  findingMarks,
  MARK_FILLS,
  NOTE_HEADING,
  type CellMark,
} from '../../../src/forms/fixes';
import { readIdentity } from '../../../src/forms/identity';
import { IDENTITY_SHEET } from '../../../src/forms/templates';
import { HostError, unsupportedReason } from '../../../src/hosts/office/host';
import { MARKS_SETTING } from '../../../src/hosts/office/records';
import { say } from '../../../src/messages';
import type { Grid } from '../../../src/sheet/grid';
import type { WorkbookPlan } from '../../../src/sheet/plan';
import { FakeExcel, PLATFORMS } from './fake-office';
import { fillIn, fills, formsOf, hostOn, noted, plan, projectForm, PROJECT, setup, syncsOf } from './helpers';

describe('OfficeWorkbookHost', () => {
  it('states its capabilities, and names the floor below ExcelApi 1.14', () => {
    expect(setup().host.capabilities).toEqual({
      dataValidation: true,
      conditionalFormats: true,
      protection: true,
      names: true,
      notes: 'notes',
      liveCheck: true,
    });
    expect(setup(PLATFORMS.ltsc2021).host.capabilities.notes).toBe('comments');
    expect(setup(PLATFORMS.ltsc2024).host.capabilities.notes).toBe('comments');
    for (const api of [PLATFORMS.office2016, PLATFORMS.office2019, 13]) {
      const reason = unsupportedReason(new FakeExcel(api).isSetSupported);
      expect(reason && say(reason)).toContain('ExcelApi 1.14');
      expect(reason && say(reason)).toContain('文件模式');
      expect(reason && say(reason, 'en-US')).toContain('ExcelApi 1.14');
    }
    for (const api of [PLATFORMS.ltsc2021, PLATFORMS.ltsc2024, PLATFORMS.microsoft365])
      expect(unsupportedReason(new FakeExcel(api).isSetSupported)).toBeNull();
  });

  it('builds a template that recognition finds, with its native features, and recalculates', async () => {
    const { excel, host } = setup();
    const build = await syncsOf(excel, () => host.applyPlan(plan(2)));
    expect(build.syncs).toBe(3);
    expect(build.result.notes).toEqual([]);
    expect(excel.calcSuspensions).toBe(1);
    expect(excel.calculations).toBe(1);

    const read = await syncsOf(excel, () => host.readGrids());
    expect(read.syncs).toBe(3);
    const grids = read.result;
    expect(formsOf(grids).map((f) => [f.sheet, f.kind])).toEqual([
      ['基础数据表', 'basic'],
      ['整体支出绩效自评表', 'overall'],
      [PROJECT, 'project'],
    ]);
    expect(projectForm(grids).blankRows).toHaveLength(18);
    expect(projectForm(grids).indicators).toHaveLength(0);
    // Text that looks like a number stays text (the identity's version is the string '2').
    expect(readIdentity(grids)).toMatchObject({ version: 2, profileError: null });
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
    expect(grids.find((g) => g.sheet === PROJECT)?.merges).toHaveLength(sheet.merges.length);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.cell(form.funds?.total.spent?.row ?? -1, form.funds?.total.spent?.col ?? -1)?.locked).toBe(
      false,
    );
    expect(sheet.cell(rate?.row ?? -1, rate?.col ?? -1)?.locked).toBe(true);
    // 得分 held to its row's 分值, with a Chinese prompt and error on every rule.
    expect(sheet.validations.some((v) => /<=N\(G\d+\)/.test(v.rule?.custom?.formula ?? ''))).toBe(true);
    expect(sheet.validations.every((v) => /[\u4e00-\u9fff]/.test(v.errorAlert?.message ?? ''))).toBe(true);
    expect(sheet.validations.every((v) => /[\u4e00-\u9fff]/.test(v.prompt?.message ?? ''))).toBe(true);
    expect(sheet.conditionalFormats.map((f) => f.fill)).toEqual(['FFC7CE', 'FFC7CE']);
    expect(sheet.conditionalFormats[0]?.formula).toContain('TRIM($I');
    // Whole rows of the indicator block unlocked, so that rows can be inserted and deleted.
    expect(sheet.unlockedRows.has(form.blankRows?.[3]?.row ?? -1)).toBe(true);
    expect(sheet.protection.options).toMatchObject({ allowInsertRows: true, allowDeleteRows: true });
    expect(sheet.rowHeights.size).toBeGreaterThan(20);
    expect([...excel.names.values()].map((n) => n.name)).toContain('项目1_执行率');
    expect(sheet.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      footer: expect.stringContaining('绩效自评助手模板第 2 版') as unknown,
    });
    expect(sheet.pageLayout.printTitleRows).toMatch(/^\$\d+:\$\d+$/);
    expect(sheet.columnWidths.get(8)).toBeGreaterThan(sheet.columnWidths.get(6) ?? Infinity);
  });

  it('says so when Excel drops the fit-to-width setting', async () => {
    const { host } = setup(PLATFORMS.microsoft365, { dropsFitToPages: true });
    const report = await host.applyPlan(plan(1));
    expect(noted(report)).toMatch(
      /没有保存“按页宽缩放”（工作表“填报说明”、工作表“基础数据表”、.*调整为合适大小/,
    );
    expect(noted(report, 'en-US')).toMatch(
      /did not keep “Fit to page width” \(sheet “填报说明”, sheet “基础数据表”, .*Scale to Fit/,
    );
  });

  it('still recalculates, in a sync of its own, when the print settings are refused', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365, { refusesPrintTitles: true });
    const build = await syncsOf(excel, () => host.applyPlan(plan(1)));
    expect(noted(build.result)).toMatch(/打印设置未能写入/);
    expect([build.syncs, excel.calculations]).toEqual([4, 1]);
  });

  it('takes back a build that fails midway: the workbook is as it was', async () => {
    const { excel, host } = setup();
    excel.names.clear();
    const good = plan(1);
    const last = good.sheets.at(-1);
    if (!last) throw new Error('no sheets');
    // Excel refuses a list source over 255 characters: the last sheet's validation fails the batch.
    const broken: WorkbookPlan = {
      sheets: [
        ...good.sheets.slice(0, -1),
        {
          ...last,
          validations: [
            ...last.validations,
            {
              range: { top: 0, left: 0, bottom: 0, right: 0 },
              type: 'list',
              values: ['甲'.repeat(300)],
              prompt: '选择',
              error: '请从列表中选择。',
            },
          ],
        },
      ],
    };
    const attempt = host.applyPlan(broken);
    await expect(attempt).rejects.toThrow(/模板没有生成，工作簿保持原样/);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(excel.names.size).toBe(0);
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
      await excel.edit(PROJECT, 'C10', '新内容');
      await recheck;
      const live = excel.syncs - before;
      await unsubscribe();
      const clear = await syncsOf(excel, () => host.clearMarks());
      return [build.syncs, check.syncs, mark.syncs, live, clear.syncs];
    };
    const small = await counts(1);
    const large = await counts(23);
    expect(large).toEqual(small);
    // Build: names, sheets, printing with recalculation. Check: sheets, places, one block sync. Marks: fills, writes.
    expect(small).toEqual([3, 3, 2, 3, 3]);
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

    const result = review(formsOf(await host.readGrids()));
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

  it('marks findings and clears them, restoring fills and notes exactly', async () => {
    const { excel, host } = setup();
    await host.applyPlan(plan(1));
    fillIn(excel, projectForm(await host.readGrids()));
    const marks = findingMarks(review(formsOf(await host.readGrids())).findings).filter(
      (m) => m.sheet === PROJECT,
    );
    expect(marks.length).toBeGreaterThanOrEqual(2);
    const [first, second] = marks as [CellMark, CellMark];
    excel.setFill(PROJECT, toA1(first.cell), '00B050');
    excel.addNote(PROJECT, toA1(second.cell), '原有备注：请核实\n第二行');
    excel.addNote('Sheet1', 'A1', '无关的备注');
    const before = fills(excel, PROJECT);
    const notesBefore = excel.notes.map((n) => [n.sheet.name, n.row, n.col, n.content]);

    await host.readGrids();
    const mark = await syncsOf(excel, () => host.mark(marks));
    expect(mark.syncs).toBe(2);
    expect(mark.result.notes).toEqual([]);
    for (const m of marks) expect(excel.cellAt(PROJECT, toA1(m.cell))?.fill).toBe(MARK_FILLS[m.tone]);
    expect(excel.noteAt(PROJECT, toA1(second.cell))).toBe(
      `原有备注：请核实\n第二行\n${NOTE_HEADING}\n${second.note}`,
    );
    expect(excel.noteAt(PROJECT, toA1(first.cell))).toBe(`${NOTE_HEADING}\n${first.note}`);
    const record = JSON.parse(String(excel.settings.get(MARKS_SETTING))) as unknown[];
    const at = (m: CellMark) => ({ sheet: PROJECT, row: m.cell.row, col: m.cell.col });
    expect(record).toContainEqual({ ...at(first), fill: '00B050', note: null });
    expect(record).toContainEqual(
      expect.objectContaining({ ...at(second), note: '原有备注：请核实\n第二行' }),
    );
    expect(excel.sheet(PROJECT).protection.protected).toBe(true);

    // Marking again without a read in between (it reads first) keeps what the cells had before.
    await host.mark([{ ...first, tone: 'info', note: '再次检查' }]);
    expect(excel.noteAt(PROJECT, toA1(first.cell))).toBe(`${NOTE_HEADING}\n再次检查`);

    const clear = await syncsOf(excel, () => host.clearMarks());
    expect(clear.syncs).toBe(3);
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
    const later = hostOn(excel);
    await later.clearMarks();
    expect(excel.cellAt('Sheet1', 'B2')?.fill).toBe('FFFF00');
    expect(excel.notes).toEqual([]);
    // Nothing to clear: the record is gone, and clearing again changes nothing.
    const again = await syncsOf(excel, () => later.clearMarks());
    expect(again.syncs).toBe(2);
  });

  it('reads on when the saved marks record is damaged, and says so when clearing', async () => {
    const { excel, host } = setup();
    excel.settings.set(MARKS_SETTING, '{not json');
    await expect(host.readGrids()).resolves.toHaveLength(1);
    const report = await host.clearMarks();
    expect(noted(report)).toContain('已损坏');
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
    const mark = await syncsOf(excel, () => host.mark(marks));
    // Fills, then the writes, then the new comments.
    expect(mark.syncs).toBe(3);
    expect(excel.comments.map((c) => c.content)).toEqual(['同事的批注', `${NOTE_HEADING}\n请核对`]);
    expect(noted(mark.result)).toContain('Sheet1!A2 已有他人的批注');
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

  it('refuses to build over an existing sheet, in either language, and adds nothing', async () => {
    const { excel, host } = setup();
    excel.addSheet('基础数据表');
    const attempt = host.applyPlan(plan(1));
    await expect(attempt).rejects.toBeInstanceOf(HostError);
    await expect(attempt).rejects.toThrow(/已有名为“基础数据表”的工作表/);
    const refusal = await attempt.catch((error: unknown) => error);
    expect(refusal instanceof HostError && refusal.in('en-US')).toMatch(
      /already has a sheet named “基础数据表”/,
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1', '基础数据表']);
  });

  it('turns Office errors into HostErrors that say what to do, in either language', async () => {
    const { excel, host } = setup();
    excel.type('Sheet1', 'A1', 5);
    Object.assign(excel.sheet('Sheet1').protection, { protected: true, password: 'secret' });
    await host.readGrids();
    const write = host.writeFixes([
      { sheet: 'Sheet1', cell: { row: 0, col: 0 }, before: '5', value: 6, field: 'total', label: '总分' },
    ]);
    await expect(write).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(write).rejects.toThrow(/请先撤销工作表保护/);
    const refusal = await write.catch((error: unknown) => error);
    expect(refusal instanceof HostError && refusal.in('en-US')).toMatch(
      /protected.*Review › Unprotect Sheet/,
    );
    expect(excel.sheet('Sheet1').protection).toMatchObject({ protected: true, password: 'secret' });
    await expect(host.select('不存在', { row: 0, col: 0 })).rejects.toThrow(/找不到要操作的工作表或单元格/);
  });

  it('runs every operation on every Excel the manifest admits, each call within its requirement set', async () => {
    const platforms = [
      { api: PLATFORMS.ltsc2021 },
      { api: PLATFORMS.ltsc2024 },
      { api: PLATFORMS.microsoft365 },
      { api: PLATFORMS.microsoft365, web: true },
    ];
    for (const { api, web } of platforms) {
      const { excel, host } = setup(api, { web: web === true });
      await host.applyPlan(plan(1));
      const form = projectForm(await host.readGrids());
      fillIn(excel, form);
      excel.addComment(PROJECT, 'A1', '同事的批注');
      const result = review(formsOf(await host.readGrids()));
      const unsubscribe = await host.onChanged(() => undefined);
      await host.writeFixes(result.forms.flatMap(computedFixes));
      const marks = findingMarks(review(formsOf(await host.readGrids())).findings);
      await host.mark(marks);
      await host.readGrids();
      await host.updateMarks(marks.slice(1));
      await host.select(PROJECT, { row: 2, col: 2 });
      await host.clearMarks();
      await unsubscribe();
      expect(excel.handlers).toEqual([]);
      expect(excel.comments.map((c) => c.content)).toEqual(['同事的批注']);
      expect(excel.settings.has(MARKS_SETTING)).toBe(false);
    }
  });
});
