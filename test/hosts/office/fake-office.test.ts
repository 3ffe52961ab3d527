/** The fake is as strict as Excel where the host depends on it: each rule here is Office.js's own. */
import { FakeExcel, FakeOfficeError, MERGED_AREAS_LIMIT, PLATFORMS, WEB_PAYLOAD_LIMIT } from './fake-office';

/** The Office error code a call throws, or undefined when it does not throw. */
function thrown(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    return error instanceof FakeOfficeError ? error.code : String(error);
  }
  return undefined;
}

/** The code a batch fails with, or undefined when it succeeds. */
async function failure(
  excel: FakeExcel,
  batch: (context: Excel.RequestContext) => Promise<unknown>,
): Promise<string | undefined> {
  try {
    await excel.run(async (context) => {
      await batch(context);
    });
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
      await context.sync();
      expect(range.values).toEqual([[12.5]]);
      expect(range.address).toBe('Sheet1!B2');
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1']);
    });
  });

  it('keeps the commands before a failing one, drops those after it', async () => {
    const excel = new FakeExcel();
    const code = await failure(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [[1]];
      context.workbook.worksheets.getItem('没有这张表').getRange('A1').values = [[2]];
      sheet.getRange('A2').values = [[3]];
      await context.sync();
    });
    expect(code).toBe('ItemNotFound');
    expect(excel.cellAt('Sheet1', 'A1')?.value).toBe(1);
    expect(excel.cellAt('Sheet1', 'A2')).toBeUndefined();
  });

  it('gates every API on its requirement set, as Microsoft’s reference gives them', async () => {
    const calls: [number, (context: Excel.RequestContext) => void][] = [
      [2, (c) => c.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').merge()],
      [2, (c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A:A').format.columnWidth = 40)],
      [2, (c) => (c.workbook.worksheets.getItem('Sheet1').getRange('1:1').format.rowHeight = 20)],
      [2, (c) => (c.workbook.worksheets.getItem('Sheet1').visibility = 'Visible')],
      [2, (c) => c.workbook.worksheets.getItem('Sheet1').protection.load('protected')],
      [4, (c) => c.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject().load('address')],
      [4, (c) => c.workbook.worksheets.getItemOrNullObject('Sheet1').load('name')],
      [4, (c) => c.workbook.settings.add('k', 'v')],
      [6, (c) => c.application.suspendApiCalculationUntilNextSync()],
      [7, (c) => c.workbook.worksheets.getItem('Sheet1').onChanged.add(() => Promise.resolve())],
      [8, (c) => (c.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.ignoreBlanks = true)],
      [9, (c) => c.workbook.worksheets.onChanged.add(() => Promise.resolve())],
      [9, (c) => c.workbook.worksheets.onSelectionChanged.add(() => Promise.resolve())],
      [9, (c) => (c.workbook.worksheets.getItem('Sheet1').pageLayout.paperSize = 'A4')],
      [
        9,
        (c) =>
          c.workbook.worksheets
            .getItem('Sheet1')
            .getRange('A1')
            .getCellProperties({ format: { fill: { color: true } } }),
      ],
      [10, (c) => c.workbook.comments.load('items')],
      [
        13,
        (c) =>
          c.workbook.worksheets.getItem('Sheet1').getRange('A1').getMergedAreasOrNullObject().load('address'),
      ],
      [18, (c) => c.workbook.worksheets.getItem('Sheet1').notes.load('items')],
    ];
    for (const [minor, call] of calls) {
      const below = await failure(new FakeExcel(minor - 1), async (context) => {
        call(context);
        await context.sync();
      });
      expect([minor, below]).toEqual([minor, 'ApiNotFound']);
      const at = await failure(new FakeExcel(minor), async (context) => {
        call(context);
        await context.sync();
      });
      expect([minor, at]).toEqual([minor, undefined]);
    }
  });

  it('refuses a context outside its Excel.run, as removing a handler there would need', async () => {
    const excel = new FakeExcel();
    let kept: Excel.RequestContext | undefined;
    await excel.run(async (context) => {
      kept = context;
      await context.sync();
    });
    await expect(kept?.sync()).rejects.toMatchObject({ code: 'InvalidRequestContext' });
  });

  it('gives events no triggerSource below ExcelApi 1.14, and one from 1.14', async () => {
    const seen: (string | undefined)[] = [];
    for (const api of [13, 14]) {
      const excel = new FakeExcel(api);
      await excel.run(async (context) => {
        context.workbook.worksheets.onChanged.add((event: Excel.WorksheetChangedEventArgs) => {
          seen.push(event.triggerSource);
          return Promise.resolve();
        });
        await context.sync();
      });
      await excel.edit('Sheet1', 'A1', 1);
    }
    expect(seen).toEqual([undefined, 'Unknown']);
  });

  it('returns only the merged areas whose top-left cell is in the range, and fails past 512', async () => {
    const excel = new FakeExcel();
    const merges = excel.sheet('Sheet1').merges;
    merges.push({ top: 0, left: 0, bottom: 3, right: 1 }, { top: 4, left: 0, bottom: 4, right: 2 });
    let address = '';
    await excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A3:C6')
        .getMergedAreasOrNullObject();
      areas.load('address');
      await context.sync();
      address = areas.address;
    });
    expect(address).toBe('Sheet1!A5:C5');
    for (let row = 10; row < 10 + MERGED_AREAS_LIMIT; row++)
      merges.push({ top: row, left: 0, bottom: row, right: 1 });
    const code = await failure(excel, async (context) => {
      context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1:C600')
        .getMergedAreasOrNullObject()
        .load('address');
      await context.sync();
    });
    expect(code).toBe('GeneralException');
  });

  it('on the web refuses a request or a response over 5 MB', async () => {
    const web = new FakeExcel(PLATFORMS.microsoft365, { web: true });
    const big = [['字'.repeat(WEB_PAYLOAD_LIMIT / 3 + 10)]];
    const request = await failure(web, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = big;
      await context.sync();
    });
    expect(request).toBe('RequestPayloadSizeLimitExceeded');
    const sheet = web.sheet('Sheet1');
    for (let row = 0; row < 200; row++) sheet.touch(row, 0).value = '字'.repeat(10_000);
    const response = await failure(web, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A200').load('values');
      await context.sync();
    });
    expect(response).toBe('ResponsePayloadSizeLimitExceeded');
    const desktop = new FakeExcel(PLATFORMS.microsoft365);
    for (let row = 0; row < 200; row++) desktop.sheet('Sheet1').touch(row, 0).value = '字'.repeat(10_000);
    expect(
      await failure(desktop, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A200').load('values');
        await context.sync();
      }),
    ).toBeUndefined();
  });
});
