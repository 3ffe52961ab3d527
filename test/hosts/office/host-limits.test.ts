/**
 * Reads that scale: a large, merge-heavy workbook is read in blocks that stay within Excel on the web's
 * 5 MB response and the 512 merged areas a RangeAreas may hold; what cannot be made small enough is said.
 */
import { BLOCK_ROWS, SYNC_CELLS } from '../../../src/hosts/office/read';
import { MERGED_AREAS_LIMIT, PLATFORMS, WEB_PAYLOAD_LIMIT, type FakeExcel } from './fake-office';
import { setup, syncsOf } from './helpers';

const COLUMNS = 10;

/** `rows` rows of `text(row, col)` in A:J. */
function fill(
  excel: FakeExcel,
  sheet: string,
  rows: number,
  text: (row: number, col: number) => string,
): void {
  const model = excel.sheet(sheet);
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < COLUMNS; col++) model.touch(row, col).value = text(row, col);
}

describe('reading large workbooks within Excel’s limits', () => {
  it('reads a 20 000-row sheet with 600 merged areas on the web, each response under 5 MB', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365, { web: true });
    fill(excel, 'Sheet1', 20_000, (row, col) => `第${String(row + 1)}行指标${String(col)}`);
    const merges = excel.sheet('Sheet1').merges;
    for (let i = 0; i < 600; i++) merges.push({ top: i * 33, left: 0, bottom: i * 33 + 1, right: 1 });
    // Merged areas crossing a block's edge are read whole, once.
    merges.push({ top: BLOCK_ROWS - 1, left: 5, bottom: BLOCK_ROWS + 2, right: 6 });

    const read = await syncsOf(excel, () => host.readGrids());
    const [grid] = read.result;
    expect(grid?.rows).toHaveLength(20_000);
    expect(grid?.rows[19_999]?.[9]?.value).toBe('第20000行指标9');
    expect(grid?.merges).toHaveLength(601);
    expect(grid?.merges).toContainEqual({ top: BLOCK_ROWS - 1, left: 5, bottom: BLOCK_ROWS + 2, right: 6 });
    expect(excel.largestResponse).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    // Two syncs for the sheets, then one per SYNC_CELLS cells.
    expect(read.syncs).toBe(2 + Math.ceil((20_000 * COLUMNS) / SYNC_CELLS));
  });

  it('splits a block whose merged areas pass what one RangeAreas holds', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365, { web: true });
    fill(excel, 'Sheet1', BLOCK_ROWS, (row, col) => `${String(row)}-${String(col)}`);
    // Three merged pairs on every row: 750 areas in one block of rows.
    for (let row = 0; row < BLOCK_ROWS; row++)
      for (const left of [0, 3, 6])
        excel.sheet('Sheet1').merges.push({ top: row, left, bottom: row, right: left + 1 });
    expect(excel.sheet('Sheet1').merges.length).toBeGreaterThan(MERGED_AREAS_LIMIT);
    const [grid] = await host.readGrids();
    expect(grid?.merges).toHaveLength(3 * BLOCK_ROWS);
  });

  it('reads long texts by splitting batches until each response fits', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365, { web: true });
    const long = '项目实施过程中严格按照预算执行，资金使用规范，'.repeat(4);
    fill(excel, 'Sheet1', 8_000, (row) => `${String(row)}${long}`);
    const read = await syncsOf(excel, () => host.readGrids());
    expect(read.result[0]?.rows).toHaveLength(8_000);
    expect(excel.largestResponse).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
    expect(read.syncs).toBeLessThan(40);
  });

  it('says plainly, in Chinese, when even the smallest read is too large', async () => {
    const { excel, host } = setup(PLATFORMS.microsoft365, { web: true, payloadLimit: 4_000 });
    fill(excel, 'Sheet1', 40, () => '很长的文字'.repeat(20));
    await expect(host.readGrids()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    await expect(host.readGrids()).rejects.toThrow(/网页版每次 5 MB.*文件模式/);
  });
});
