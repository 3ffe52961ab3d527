/**
 * Never leave a sheet worse than it was: marks on cells that already hold the other kind of annotation, and
 * writes that fail midway, all end with each sheet's protection exactly as it was.
 */
import { MARK_FILLS, NOTE_HEADING, type CellMark } from '../../../src/forms/fixes';
import { MARKS_SETTING } from '../../../src/hosts/office/records';
import { PLATFORMS, type FakeExcel } from './fake-office';
import { fills, noted, setup } from './helpers';

const OPTIONS = { allowFormatColumns: true, allowInsertRows: true, selectionMode: 'Normal' } as const;

/** Two protected sheets of figures, as a submitted workbook might be. */
function protectedBook(excel: FakeExcel): void {
  excel.addSheet('附件2');
  for (const sheet of ['Sheet1', '附件2']) {
    for (let row = 1; row <= 4; row++) excel.type(sheet, `B${String(row)}`, row * 10);
    Object.assign(excel.sheet(sheet).protection, { protected: true, options: { ...OPTIONS } });
  }
}

const mark = (sheet: string, address: string, note: string): CellMark => {
  const row = Number(address.slice(1)) - 1;
  return { sheet, cell: { row, col: address.charCodeAt(0) - 65 }, tone: 'error', note };
};

function protectionOf(excel: FakeExcel): unknown[] {
  return excel.sheets.map((s) => ({ ...s.protection, options: { ...s.protection.options } }));
}

describe('marking never leaves a sheet worse than it was', () => {
  it('notes mode: a cell with a colleague’s threaded comment keeps it and gets the fill only', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365);
    protectedBook(excel);
    excel.addComment('Sheet1', 'B2', '同事：这个数再核一下');
    const before = protectionOf(excel);
    await host.readGrids();
    const report = await host.mark([mark('Sheet1', 'B2', '金额不符'), mark('Sheet1', 'B3', '请说明')]);
    expect(noted(report)).toContain('Sheet1!B2 有他人的会话式批注');
    expect(excel.comments.map((c) => c.content)).toEqual(['同事：这个数再核一下']);
    expect(excel.noteAt('Sheet1', 'B2')).toBeUndefined();
    expect(excel.noteAt('Sheet1', 'B3')).toBe(`${NOTE_HEADING}\n请说明`);
    expect(excel.cellAt('Sheet1', 'B2')?.fill).toBe(MARK_FILLS.error);
    expect(protectionOf(excel)).toEqual(before);
  });

  it('comments mode (LTSC 2021): a cell with an old-style note keeps it; the others get their comments', async () => {
    const { excel, host } = setup(PLATFORMS.ltsc2021);
    protectedBook(excel);
    // ExcelApi 1.14 cannot see notes: the host learns of this one only when Excel refuses the comment.
    excel.addNote('Sheet1', 'B3', '原有的备注');
    const before = protectionOf(excel);
    const fillsBefore = fills(excel, 'Sheet1');
    await host.readGrids();
    const marks = ['B2', 'B3', 'B4'].map((address) => mark('Sheet1', address, `${address} 有误`));
    const report = await host.mark(marks);
    expect(noted(report)).toContain('Sheet1!B3 已有批注，未加说明，只标了底色');
    expect(excel.comments.map((c) => c.content)).toEqual([
      `${NOTE_HEADING}\nB2 有误`,
      `${NOTE_HEADING}\nB4 有误`,
    ]);
    expect(excel.noteAt('Sheet1', 'B3')).toBe('原有的备注');
    for (const address of ['B2', 'B3', 'B4'])
      expect(excel.cellAt('Sheet1', address)?.fill).toBe(MARK_FILLS.error);
    expect(protectionOf(excel)).toEqual(before);

    await host.clearMarks();
    expect(excel.comments).toEqual([]);
    expect(excel.noteAt('Sheet1', 'B3')).toBe('原有的备注');
    expect(fills(excel, 'Sheet1')).toEqual(fillsBefore);
    expect(protectionOf(excel)).toEqual(before);
  });

  it('a write that fails midway (a colleague’s comment arrived since the check) is retried around it', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365);
    protectedBook(excel);
    await host.readGrids();
    const before = protectionOf(excel);
    // Co-authoring: after the check a colleague comments on a cell the pane is about to mark.
    excel.addComment('附件2', 'B2', '同事：已核对');
    const report = await host.mark([mark('Sheet1', 'B2', '金额不符'), mark('附件2', 'B2', '金额不符')]);
    expect(noted(report)).toContain('附件2!B2 有他人的会话式批注');
    expect(excel.comments.map((c) => c.content)).toEqual(['同事：已核对']);
    expect(excel.noteAt('Sheet1', 'B2')).toBe(`${NOTE_HEADING}\n金额不符`);
    expect(excel.cellAt('附件2', 'B2')?.fill).toBe(MARK_FILLS.error);
    expect(protectionOf(excel)).toEqual(before);
  });

  it('a write that fails again (a sheet renamed since the check) leaves every sheet protected as before', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365);
    protectedBook(excel);
    await host.readGrids();
    const fillsBefore = fills(excel, 'Sheet1');
    const before = protectionOf(excel);
    // Between the check and 标记 the user renames the second sheet.
    excel.sheet('附件2').name = '附件二';
    const attempt = host.mark([mark('Sheet1', 'B2', '金额不符'), mark('附件2', 'B2', '金额不符')]);
    await expect(attempt).rejects.toThrow(/找不到要操作的工作表或单元格/);
    expect(protectionOf(excel)).toEqual(before);
    expect(fills(excel, 'Sheet1')).toEqual(fillsBefore);
    expect(excel.settings.has(MARKS_SETTING)).toBe(false);
  });

  it('a sheet protected with a password is said, and the other sheets stay protected', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365);
    protectedBook(excel);
    excel.sheet('附件2').protection.password = '1234';
    await host.readGrids();
    const before = protectionOf(excel);
    const attempt = host.mark([mark('Sheet1', 'B2', '金额不符'), mark('附件2', 'B2', '金额不符')]);
    await expect(attempt).rejects.toThrow(/请先撤销工作表保护/);
    expect(protectionOf(excel)).toEqual(before);
  });

  it('filling computed values that fail midway leaves the protection as it was', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365);
    protectedBook(excel);
    await host.readGrids();
    const before = protectionOf(excel);
    excel.sheet('附件2').name = '改过名';
    const fix = (sheet: string) =>
      ({ sheet, cell: { row: 0, col: 1 }, before: '', value: 1, field: 'total', label: '总分' }) as const;
    await expect(host.writeFixes([fix('Sheet1'), fix('附件2')])).rejects.toThrow(/找不到/);
    expect(protectionOf(excel)).toEqual(before);
  });

  it('a cell released on a sheet renamed since its mark is said; the record keeps nothing it cannot give back', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365);
    protectedBook(excel);
    excel.setFill('附件2', 'B2', '00FF00');
    await host.readGrids();
    await host.mark([mark('Sheet1', 'B2', '金额不符'), mark('附件2', 'B2', '金额不符')]);
    excel.sheet('Sheet1').name = '改过名';
    await host.readGrids();
    const report = await host.updateMarks([]);
    expect(noted(report)).toContain('工作表“Sheet1”已改名或删除');
    expect(excel.cellAt('附件2', 'B2')?.fill).toBe('00FF00');
    expect(excel.noteAt('附件2', 'B2')).toBeUndefined();
    expect(JSON.parse(String(excel.settings.get(MARKS_SETTING)))).toEqual([]);
  });

  it('re-checks that overlap run one after another: the user’s own fill is what the record keeps', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365);
    protectedBook(excel);
    excel.setFill('Sheet1', 'B2', '00FF00');
    await host.readGrids();
    await host.mark([mark('Sheet1', 'B2', '金额不符')]);
    const recheck = async (): Promise<void> => {
      await host.readGrids();
      await host.updateMarks([mark('Sheet1', 'B2', '金额不符'), mark('Sheet1', 'B3', '请说明')]);
    };
    await Promise.all([recheck(), recheck()]);
    const record = JSON.parse(String(excel.settings.get(MARKS_SETTING))) as { row: number; fill: string }[];
    expect(record.find((r) => r.row === 1)?.fill).toBe('00FF00');
    await host.clearMarks();
    expect(excel.cellAt('Sheet1', 'B2')?.fill).toBe('00FF00');
  });

  it('clearing removes our comments on a protected sheet the record does not list (LTSC 2021)', async () => {
    const { excel, host } = setup(PLATFORMS.ltsc2021);
    protectedBook(excel);
    // A comment of ours whose record was lost (an old copy of the workbook).
    excel.addComment('Sheet1', 'B2', `${NOTE_HEADING}\n金额不符`);
    excel.addComment('Sheet1', 'B3', '同事的批注');
    const before = protectionOf(excel);
    await host.clearMarks();
    expect(excel.comments.map((c) => c.content)).toEqual(['同事的批注']);
    expect(protectionOf(excel)).toEqual(before);
  });
});
