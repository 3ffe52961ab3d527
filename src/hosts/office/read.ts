/**
 * Reads the workbook into Grids in batches that stay within what Excel allows: two syncs for the sheets
 * (state.ts: their protection, notes, comments and the marks record), then the used ranges in blocks of
 * rows, as many blocks per sync as keep a response well under Excel on the web's 5 MB, merged areas read
 * with each block.
 * A batch Excel still refuses as too large (long texts) is split in two and read again.
 */
import { toA1Range } from '../../sheet/address';
import {
  EMPTY_CONTENT,
  gridCellOf,
  isErrorValue,
  numberContent,
  textContent,
  type CellContent,
} from '../../sheet/cell-value';
import type { Grid, GridCell, Merge } from '../../sheet/grid';
import { mergesOf } from './addresses';
import type { ExcelApi } from './api';
import { toHostError } from './errors';
import { readSheets, type Snapshot } from './state';

/** Cells per block: values, formulas and formats of 20 000 cells come to about 1 MB of response. */
export const BLOCK_CELLS = 20_000;
/** Rows per block: a block's merged areas come back as one RangeAreas, which Excel refuses past about 512 areas. */
export const BLOCK_ROWS = 250;
/** Cells per sync: three blocks, about 3 MB, leaving room for long texts within the web's 5 MB. */
export const SYNC_CELLS = 3 * BLOCK_CELLS;
/** A block is not split below this many rows: what still fails then is said, not retried. */
const MIN_BLOCK_ROWS = 8;

interface Block {
  readonly sheet: string;
  readonly rect: Merge;
}

const cellsOf = (b: Block): number => (b.rect.bottom - b.rect.top + 1) * (b.rect.right - b.rect.left + 1);

/** A used range cut into blocks of whole rows, each at most BLOCK_ROWS rows and BLOCK_CELLS cells (one row at least). */
export function blocksOf(sheet: string, rect: Merge): Block[] {
  const width = rect.right - rect.left + 1;
  const rows = Math.max(1, Math.min(BLOCK_ROWS, Math.floor(BLOCK_CELLS / width)));
  const blocks: Block[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rows)
    blocks.push({ sheet, rect: { ...rect, top, bottom: Math.min(rect.bottom, top + rows - 1) } });
  return blocks;
}

/** Blocks grouped into syncs of at most SYNC_CELLS cells. */
function batchesOf(blocks: readonly Block[]): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    if (current.length > 0 && cells + cellsOf(block) > SYNC_CELLS) {
      batches.push(current);
      current = [];
      cells = 0;
    }
    current.push(block);
    cells += cellsOf(block);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * What a value of `Range.values` holds: numbers come as serials whatever their format (Office.js gives no
 * date system: the 1900 one is assumed), errors as their text, an empty cell as ''.
 */
function contentOf(value: unknown, format: string | undefined): CellContent {
  if (typeof value === 'number') return numberContent(value, format);
  if (typeof value === 'boolean') return { kind: 'boolean', boolean: value };
  if (typeof value === 'string')
    return isErrorValue(value) ? { kind: 'error', error: value } : textContent(value);
  if (value === null || value === undefined) return EMPTY_CONTENT;
  return textContent(JSON.stringify(value));
}

/** One block's cells into the sheet's rows, in sheet coordinates. */
function intoRows(rows: (GridCell | undefined)[][], range: Excel.Range, rect: Merge): void {
  const values: readonly (readonly unknown[])[] = range.values;
  const formulas: readonly (readonly unknown[])[] = range.formulas;
  const formats: readonly (readonly unknown[])[] = range.numberFormat;
  values.forEach((line, r) =>
    line.forEach((raw, c) => {
      const formula = formulas[r]?.[c];
      const rawFormat = formats[r]?.[c];
      const format = typeof rawFormat === 'string' && rawFormat !== 'General' ? rawFormat : undefined;
      const cell = gridCellOf({
        content: contentOf(raw, format),
        formula: typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined,
        format,
      });
      if (cell) (rows[rect.top + r] ??= [])[rect.left + c] = cell;
    }),
  );
}

interface BlockRead {
  readonly block: Block;
  readonly range: Excel.Range;
  readonly merged: Excel.RangeAreas;
}

/** One sync reading a batch of blocks; a batch Excel refuses is split and read again. */
async function readBatch(
  api: ExcelApi,
  batch: readonly Block[],
  into: (read: BlockRead) => void,
): Promise<void> {
  try {
    await api.raw(async (context) => {
      const reads = batch.map((block): BlockRead => {
        const range = context.workbook.worksheets
          .getItem(block.sheet)
          .getRange(toA1Range(block.rect))
          .load('values,formulas,numberFormat');
        // Each area's own address: the RangeAreas' address may be cut to the block (office-js #1590).
        const merged = range.getMergedAreasOrNullObject().load('areas/items/address');
        return { block, range, merged };
      });
      await context.sync();
      reads.forEach(into);
    });
  } catch (error) {
    const halves = splittingHelps(error) ? splitBatch(batch) : null;
    if (!halves) throw toHostError(error);
    for (const half of halves) await readBatch(api, half, into);
  }
}

/** Failures a smaller batch cannot mend: the sheet is gone, a cell is being edited, the API is missing. */
const FINAL_CODES = new Set([
  'ItemNotFound',
  'InvalidOperationInCellEditMode',
  'AccessDenied',
  'ApiNotFound',
]);

/** Whether reading less at once might succeed where this failure happened (size limits, too many areas). */
function splittingHelps(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return !FINAL_CODES.has(code);
}

/** A batch in two: its blocks halved, or its one block's rows halved; null when it is as small as it gets. */
function splitBatch(batch: readonly Block[]): Block[][] | null {
  if (batch.length > 1) return [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)];
  const only = batch[0];
  if (!only || only.rect.bottom - only.rect.top + 1 < 2 * MIN_BLOCK_ROWS) return null;
  const middle = only.rect.top + ((only.rect.bottom - only.rect.top + 1) >> 1);
  return [
    [{ sheet: only.sheet, rect: { ...only.rect, bottom: middle - 1 } }],
    [{ sheet: only.sheet, rect: { ...only.rect, top: middle } }],
  ];
}

/**
 * Every sheet's used range as a Grid, and what marking needs to know besides: two syncs, then one per
 * SYNC_CELLS cells of used range (more only when Excel refuses a batch as too large and it is split).
 */
export async function readWorkbook(api: ExcelApi): Promise<{ grids: Grid[]; snapshot: Snapshot }> {
  const { sheets, snapshot } = await readSheets(api);
  const rows = new Map<string, (GridCell | undefined)[][]>(sheets.map((s) => [s.name, []]));
  const merges = new Map<string, Map<string, Merge>>(sheets.map((s) => [s.name, new Map()]));
  const blocks = sheets.flatMap((s) => (s.used ? blocksOf(s.name, s.used) : []));
  for (const batch of batchesOf(blocks))
    await readBatch(api, batch, ({ block, range, merged }) => {
      intoRows(rows.get(block.sheet) ?? [], range, block.rect);
      // A merged area across two blocks may come back with both: each is kept once.
      if (!merged.isNullObject)
        for (const area of merged.areas.items)
          for (const merge of mergesOf(area.address)) merges.get(block.sheet)?.set(toA1Range(merge), merge);
    });
  const grids = sheets.map((s): Grid => ({
    sheet: s.name,
    rows: rows.get(s.name) ?? [],
    merges: [...(merges.get(s.name)?.values() ?? [])],
    ...(s.hidden ? { hidden: true } : {}),
  }));
  return { grids, snapshot };
}
