import { fromA1, toA1, type CellPosition, type CellValue } from '../../domain/cells';
import {
  composeNote,
  MARK_FILLS,
  NOTE_HEADING,
  ownPart,
  type CellFix,
  type CellMark,
} from '../../forms/fixes';
import { toA1Range } from '../../sheet/address';
import type { Grid, GridCell } from '../../sheet/grid';
import type { CellStyle, PlannedCell, SheetPlan, WorkbookPlan } from '../../sheet/plan';
import type { HostCapabilities, WorkbookHost } from '../types';
import { mergesOf, qualified, splitAddress } from './addresses';
import { HostError, toHostError } from './errors';

export { HostError, toHostError } from './errors';

/** Excel.run in production; tests pass a fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Office.context.requirements.isSetSupported in production. */
export type IsSetSupported = (name: string, version: string) => boolean;

/** The workbook setting that remembers what marked cells had before, so clearMarks can restore them. */
export const MARKS_SETTING = 'jixiao.marks';

/** What one marked cell had before we marked it. */
export interface MarkRecord {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** Fill colour as RRGGBB, or null for no fill. */
  readonly fill: string | null;
  /** The user's own note text, or null when the cell had none. */
  readonly note: string | null;
}

/** What the last readGrids saw besides values, so marking needs no read of its own. */
interface SheetState {
  readonly name: string;
  readonly protected: boolean;
  readonly options?: Excel.WorksheetProtectionOptions;
  /** Fill of every cell of the used range (RRGGBB or null); undefined when not read (ExcelApi < 1.9). */
  fills?: { readonly top: number; readonly left: number; readonly rows: (string | null)[][] };
}

interface Snapshot {
  readonly sheets: Map<string, SheetState>;
  /** Note text by cell key; null when notes were not read (ExcelApi < 1.18). */
  readonly notes: Map<string, string> | null;
  /** Comment thread by cell key; null when comments were not read (ExcelApi < 1.10). */
  readonly comments: Map<string, { id: string; content: string }> | null;
}

type ReadRange = Excel.Range;
type Content = string | number | boolean | null;

const cellKey = (sheet: string, row: number, col: number): string => JSON.stringify([sheet, row, col]);

/** A string Excel would turn into a number, boolean, date or formula when typed: kept as text with `@`. */
function wouldConvert(text: string): boolean {
  const t = text.trim();
  return /^[-+=.\d]/.test(t) || /^(true|false)$/i.test(t) || /^#/.test(t);
}

function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[yd]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

/** A cell value as the domain reads it: empty text is empty, date serials become ISO dates (as ExcelJS does). */
function plainValue(value: unknown, format: string | undefined): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (format && isDateFormat(format) && value > 0 && value < 2958466)
      return new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86400000)).toISOString().slice(0, 10);
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** `#ffc7ce` → `FFC7CE`; null for no fill. */
function normalFill(color: string | undefined, pattern: string | undefined): string | null {
  if (pattern === 'None' || !color) return null;
  return color.replace(/^#/, '').toUpperCase();
}

function isRecord(value: unknown): value is MarkRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.sheet === 'string' &&
    typeof r.row === 'number' &&
    typeof r.col === 'number' &&
    (r.fill === null || typeof r.fill === 'string') &&
    (r.note === null || typeof r.note === 'string')
  );
}

/** Column width in characters (as SheetPlan and ExcelJS give it) → points (as Office.js wants it). */
const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** Cells grouped into rectangles: runs along each row, stacked where the next row has the same run. */
function rectangles(
  cells: readonly CellPosition[],
): { top: number; left: number; bottom: number; right: number }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const done: { top: number; left: number; bottom: number; right: number }[] = [];
  const open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i] as CellPosition;
    let end = start.col;
    while (sorted[i + 1]?.row === start.row && sorted[i + 1]?.col === end + 1) {
      end++;
      i++;
    }
    i++;
    const key = `${String(start.col)}:${String(end)}`;
    const rect = open.get(key);
    if (rect && rect.bottom === start.row - 1) rect.bottom = start.row;
    else {
      const fresh = { top: start.row, left: start.col, bottom: start.row, right: end };
      done.push(fresh);
      open.set(key, fresh);
    }
  }
  return done;
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/**
 * The workbook open in Excel, through Office.js. Every operation takes a fixed number of round trips
 * (context.sync) whatever the workbook's size: loads are queued for all sheets at once, writes go as
 * 2-D blocks, and what marking needs (fills, notes, protection, earlier marks) is read with the grids.
 */
export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  readonly capabilities: HostCapabilities;
  /** What the last applyPlan, mark or clearMarks left out or could not do, in Chinese. */
  lastNotes: string[] = [];

  private snapshot: Snapshot | null = null;
  /** Earlier marks not yet cleared; null until read from the workbook setting. */
  private records: Map<string, MarkRecord> | null = null;

  constructor(
    private readonly run: ExcelRun,
    private readonly isSetSupported: IsSetSupported,
  ) {
    const notes = this.api(18) ? 'notes' : this.api(10) ? 'comments' : 'none';
    this.capabilities = {
      dataValidation: this.api(8),
      conditionalFormats: this.api(6),
      protection: this.api(2),
      names: this.api(4),
      notes,
      liveCheck: this.api(7),
    };
  }

  private api(minor: number): boolean {
    return this.isSetSupported('ExcelApi', `1.${String(minor)}`);
  }

  /** Runs a batch, turning any Office error into a HostError that says what to do. */
  private async batch<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(work);
    } catch (error) {
      throw toHostError(error);
    }
  }

  private sheetLoad(): string {
    return this.capabilities.protection
      ? 'items/name,items/visibility,items/protection/protected,items/protection/options'
      : 'items/name,items/visibility';
  }

  async sheetNames(): Promise<string[]> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  /**
   * Two syncs: the sheets (with protection, notes, comments and earlier marks), then every used range
   * with its merges and per-cell fills.
   */
  async readGrids(): Promise<Grid[]> {
    const { capabilities } = this;
    const withFills = this.api(9);
    const withMerges = this.api(13);
    return this.batch(async (context) => {
      const { workbook } = context;
      const sheets = workbook.worksheets.load(this.sheetLoad());
      const notes = capabilities.notes === 'notes' ? workbook.notes.load('items/content') : null;
      const comments = this.api(10) ? workbook.comments.load('items/id,items/content') : null;
      const setting = this.api(4) ? workbook.settings.getItemOrNullObject(MARKS_SETTING).load('value') : null;
      await context.sync();

      const reads = sheets.items.map((sheet) => {
        const used: ReadRange = sheet.getUsedRangeOrNullObject();
        used.load('values,formulas,numberFormat,rowIndex,columnIndex');
        // getUsedRange returns A1 on a blank sheet, so nothing below is ever asked of a null object.
        const whole = withFills || withMerges ? sheet.getUsedRange().load('rowIndex,columnIndex') : null;
        const merged = whole && withMerges ? whole.getMergedAreasOrNullObject().load('address') : null;
        const fills =
          whole && withFills
            ? whole.getCellProperties({ format: { fill: { color: true, pattern: true } } })
            : null;
        return { sheet, used, whole, merged, fills };
      });
      const noteAt = notes?.items.map((note) => ({ note, at: note.getLocation().load('address') })) ?? [];
      const commentAt =
        comments?.items.map((comment) => ({ comment, at: comment.getLocation().load('address') })) ?? [];
      await context.sync();

      const snapshot: Snapshot = {
        sheets: new Map(),
        notes: notes ? new Map() : null,
        comments: comments ? new Map() : null,
      };
      const grids = reads.map(({ sheet, used, whole, merged, fills }): Grid => {
        const state: SheetState = {
          name: sheet.name,
          protected: capabilities.protection ? sheet.protection.protected : false,
          ...(capabilities.protection ? { options: sheet.protection.options } : {}),
        };
        if (whole && fills)
          state.fills = {
            top: whole.rowIndex,
            left: whole.columnIndex,
            rows: fills.value.map((row) =>
              row.map((cell) => normalFill(cell.format?.fill?.color, cell.format?.fill?.pattern)),
            ),
          };
        snapshot.sheets.set(sheet.name, state);
        const hidden = sheet.visibility !== 'Visible';
        const merges = merged && !merged.isNullObject ? mergesOf(merged.address) : [];
        return {
          sheet: sheet.name,
          rows: used.isNullObject ? [] : gridRows(used),
          merges,
          ...(hidden ? { hidden } : {}),
        };
      });
      for (const { note, at } of noteAt) {
        const { sheet, range } = splitAddress(at.address);
        const cell = fromAddress(range);
        if (cell) snapshot.notes?.set(cellKey(sheet, cell.row, cell.col), note.content);
      }
      for (const { comment, at } of commentAt) {
        const { sheet, range } = splitAddress(at.address);
        const cell = fromAddress(range);
        if (cell)
          snapshot.comments?.set(cellKey(sheet, cell.row, cell.col), {
            id: comment.id,
            content: comment.content,
          });
      }
      this.snapshot = snapshot;
      if (setting) {
        this.lastNotes = [];
        this.records = recordsOf(setting.isNullObject ? null : (setting.value as unknown), this.lastNotes);
      } else this.records ??= new Map();
      return grids;
    });
  }

  /**
   * Adds the plan's sheets. One sync checks the names, one writes everything (cells as one 2-D block per
   * sheet, styles per rectangle, then merges, widths, validation, conditional formats, names, protection,
   * visibility), and a last best-effort sync sets up printing.
   */
  async applyPlan(plan: WorkbookPlan): Promise<void> {
    const notes: string[] = [];
    this.lastNotes = notes;
    const caps = this.capabilities;
    const uses = (test: (sheet: SheetPlan) => boolean): boolean => plan.sheets.some(test);
    if (!caps.dataValidation && uses((s) => s.validations.length > 0))
      notes.push('此版本 Excel 不支持数据验证（需要 ExcelApi 1.8），模板未加下拉选项和数值检查。');
    if (!caps.conditionalFormats && uses((s) => s.conditionalFormats.length > 0))
      notes.push('此版本 Excel 不支持条件格式（需要 ExcelApi 1.6），偏差原因漏填时不会自动标红。');
    if (!caps.protection && uses((s) => s.protect))
      notes.push('此版本 Excel 不支持工作表保护（需要 ExcelApi 1.2），模板未锁定标题和公式单元格。');
    if (!caps.names && uses((s) => s.names.length > 0))
      notes.push('此版本 Excel 不支持添加名称（需要 ExcelApi 1.4），模板未定义关键单元格的名称。');
    const printable = this.api(9);
    if (!printable)
      notes.push(
        '此版本 Excel 不支持页面设置（需要 ExcelApi 1.9），请在“页面布局”中手动设为 A4、按页宽缩放并设置打印标题行。',
      );

    await this.batch(async (context) => {
      const { workbook } = context;
      const existing = workbook.worksheets.load('items/name');
      const names = caps.names && uses((s) => s.names.length > 0) ? workbook.names.load('items/name') : null;
      await context.sync();

      const taken = new Set(existing.items.map((sheet) => sheet.name.toLowerCase()));
      for (const sheet of plan.sheets) {
        if (taken.has(sheet.sheet.toLowerCase()))
          throw new HostError(
            `工作簿中已有名为“${sheet.sheet}”的工作表，模板没有生成。请把该工作表改名或删除后再试，或在新工作簿中生成模板。`,
            'SheetExists',
          );
        taken.add(sheet.sheet.toLowerCase());
      }
      const definedNames = new Set(names?.items.map((item) => item.name.toLowerCase()) ?? []);

      if (this.api(6)) context.application.suspendApiCalculationUntilNextSync();
      const added = plan.sheets.map((sheetPlan) => ({
        sheetPlan,
        sheet: workbook.worksheets.add(sheetPlan.sheet),
      }));
      for (const { sheetPlan, sheet } of added)
        this.writeSheet(context, sheet, sheetPlan, definedNames, notes);
      added.find(({ sheetPlan }) => !sheetPlan.hidden)?.sheet.activate();
      await context.sync();

      if (!printable) return;
      try {
        for (const { sheetPlan, sheet } of added) {
          if (sheetPlan.hidden) continue;
          const layout = sheet.pageLayout;
          layout.paperSize = 'A4';
          layout.orientation = sheetPlan.print?.landscape ? 'Landscape' : 'Portrait';
          if (sheetPlan.print?.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
          const rows = sheetPlan.print?.titleRows;
          if (rows) layout.setPrintTitleRows(`$${String(rows[0] + 1)}:$${String(rows[1] + 1)}`);
        }
        await context.sync();
      } catch (error) {
        // The sheets are built; printing is a convenience, so its failure is reported, not raised.
        notes.push(
          `打印设置未能写入（${toHostError(error).message}）。请在“页面布局”中手动设为 A4、按页宽缩放并设置打印标题行。`,
        );
      }
    });
  }

  private writeSheet(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    plan: SheetPlan,
    definedNames: Set<string>,
    notes: string[],
  ): void {
    const caps = this.capabilities;
    writeCells(sheet, plan.cells);
    const byStyle = new Map<string, { style: CellStyle; cells: CellPosition[] }>();
    for (const cell of plan.cells) {
      if (!cell.style) continue;
      const key = JSON.stringify(cell.style);
      const group = byStyle.get(key) ?? { style: cell.style, cells: [] };
      group.cells.push(cell);
      byStyle.set(key, group);
    }
    for (const { style, cells } of byStyle.values())
      for (const rect of rectangles(cells))
        applyStyle(sheet.getRange(toA1Range(rect)), style, rect, caps.protection);
    for (const merge of plan.merges) sheet.getRange(toA1Range(merge)).merge(false);
    plan.columnWidths.forEach((width, col) => {
      const letters = toA1({ row: 0, col }).replace(/\d+$/, '');
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthPoints(width);
    });
    for (const [row, height] of Object.entries(plan.rowHeights ?? {}))
      sheet.getRange(`${String(Number(row) + 1)}:${String(Number(row) + 1)}`).format.rowHeight = height;
    if (caps.dataValidation)
      for (const validation of plan.validations) {
        const target = sheet.getRange(toA1Range(validation.range)).dataValidation;
        target.rule =
          validation.type === 'list'
            ? { list: { inCellDropDown: true, source: validation.values.join(',') } }
            : {
                decimal:
                  validation.max === undefined
                    ? { operator: 'GreaterThanOrEqualTo', formula1: validation.min }
                    : { operator: 'Between', formula1: validation.min, formula2: validation.max },
              };
        target.ignoreBlanks = true;
        if (validation.prompt)
          target.prompt = { showPrompt: true, title: '填写说明', message: validation.prompt };
        target.errorAlert = {
          showAlert: true,
          style: 'Stop',
          title: '输入有误',
          message:
            validation.prompt ??
            (validation.type === 'list'
              ? '请从下拉列表中选择。'
              : `请输入不小于 ${String(validation.min)} 的数。`),
        };
      }
    if (caps.conditionalFormats)
      for (const format of plan.conditionalFormats) {
        const added = sheet.getRange(toA1Range(format.range)).conditionalFormats.add('Custom');
        added.custom.rule.formula = `=${format.formula}`;
        added.custom.format.fill.color = `#${format.fill}`;
      }
    if (caps.names)
      for (const { name, range } of plan.names) {
        if (definedNames.has(name.toLowerCase())) {
          notes.push(`名称“${name}”已存在，未重新定义。`);
          continue;
        }
        definedNames.add(name.toLowerCase());
        context.workbook.names.add(name, sheet.getRange(toA1Range(range)));
      }
    if (plan.protect && caps.protection)
      sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
    if (plan.hidden) sheet.visibility = 'VeryHidden';
  }

  /** One sync: format first, then the value, cell by cell (fixes are a handful of scattered cells). */
  async writeFixes(fixes: readonly CellFix[]): Promise<void> {
    if (fixes.length === 0) return;
    await this.batch(async (context) => {
      const relock = this.unlock(
        context,
        fixes.map((fix) => fix.sheet),
      );
      for (const fix of fixes) {
        const range = context.workbook.worksheets.getItem(fix.sheet).getRange(toA1(fix.cell));
        if (fix.format) range.numberFormat = [[fix.format]];
        range.values = [[fix.value]];
      }
      relock();
      await context.sync();
    });
  }

  /** Unprotects the sheets the last read saw protected, and returns what protects them again as they were. */
  private unlock(context: Excel.RequestContext, sheets: Iterable<string>): () => void {
    const locked: { sheet: Excel.Worksheet; state: SheetState }[] = [];
    for (const name of new Set(sheets)) {
      const state = this.snapshot?.sheets.get(name);
      if (!state?.protected) continue;
      const sheet = context.workbook.worksheets.getItem(name);
      sheet.protection.unprotect();
      locked.push({ sheet, state });
    }
    return () => {
      for (const { sheet, state } of locked) sheet.protection.protect(state.options);
    };
  }

  /** True when the last read knows everything marking these sheets needs. */
  private covers(sheets: readonly string[]): boolean {
    const snap = this.snapshot;
    if (!snap || !this.records) return false;
    if (this.capabilities.notes === 'notes' && !snap.notes) return false;
    if (this.capabilities.notes === 'comments' && !snap.comments) return false;
    return sheets.every((sheet) => snap.sheets.has(sheet));
  }

  /**
   * One sync after readGrids (ExcelApi 1.9+): the record of what each cell had goes into the workbook
   * setting first, then fills and notes. Without a fresh read it reads first; without per-cell fills
   * (ExcelApi < 1.9) it reads each cell's fill in the same batch and saves the record in a second sync.
   */
  async mark(marks: readonly CellMark[]): Promise<void> {
    const notes: string[] = [];
    this.lastNotes = notes;
    if (marks.length === 0) return;
    const sheets = [...new Set(marks.map((m) => m.sheet))];
    if (!this.covers(sheets)) await this.readGrids();
    const snap = this.snapshot as Snapshot;
    const records = new Map(this.records ?? []);
    const mode = this.capabilities.notes;
    const saves = this.api(4);
    if (mode === 'none')
      notes.push('此版本 Excel 不支持批注（需要 ExcelApi 1.10），只用底色标出问题单元格。');
    if (!saves)
      notes.push(
        '此版本 Excel 不能在工作簿中保存设置（需要 ExcelApi 1.4），还原标记所需的记录只保存在本次打开的任务窗格中。',
      );

    const fillProbes: { key: string; fill: Excel.RangeFill }[] = [];
    const addedComments: { key: string; comment: Excel.Comment; content: string }[] = [];
    const noteTexts = new Map<string, string>();
    await this.batch(async (context) => {
      const { workbook } = context;
      const pending: { key: string; record: MarkRecord }[] = [];
      const ranges = marks.map((mark) => {
        const key = cellKey(mark.sheet, mark.cell.row, mark.cell.col);
        const range = workbook.worksheets.getItem(mark.sheet).getRange(toA1(mark.cell));
        if (!records.has(key)) {
          const fill = knownFill(snap.sheets.get(mark.sheet), mark.cell.row, mark.cell.col);
          const note = mode === 'notes' ? snap.notes?.get(key) : undefined;
          const own = note === undefined ? null : ownPart(note) || null;
          const record = {
            sheet: mark.sheet,
            row: mark.cell.row,
            col: mark.cell.col,
            fill: fill ?? null,
            note: own,
          };
          if (fill === undefined) fillProbes.push({ key, fill: range.format.fill.load('color') });
          pending.push({ key, record });
          records.set(key, record);
        }
        return { mark, key, range };
      });
      // The record goes first: should a later write fail, what was there is still known.
      if (saves && fillProbes.length === 0)
        workbook.settings.add(MARKS_SETTING, JSON.stringify([...records.values()]));
      const relock = this.unlock(context, sheets);
      for (const { mark, key, range } of ranges) {
        range.format.fill.color = `#${MARK_FILLS[mark.tone]}`;
        if (mode === 'notes') {
          const existing = snap.notes?.get(key);
          const content = composeNote(existing, mark.note);
          if (existing === undefined) workbook.notes.add(range, content);
          else workbook.notes.getItem(qualified(mark.sheet, toA1(mark.cell))).content = content;
          noteTexts.set(key, content);
        } else if (mode === 'comments') {
          const existing = snap.comments?.get(key);
          const content = `${NOTE_HEADING}\n${mark.note}`;
          if (!existing)
            addedComments.push({ key, comment: workbook.comments.add(range, content).load('id'), content });
          else if (existing.content.startsWith(NOTE_HEADING)) {
            workbook.comments.getItem(existing.id).content = content;
            snap.comments?.set(key, { id: existing.id, content });
          } else notes.push(`${mark.sheet}!${toA1(mark.cell)} 已有他人的批注，未追加说明，只标了底色。`);
        }
      }
      relock();
      await context.sync();

      if (fillProbes.length > 0) {
        // ExcelApi < 1.9 cannot tell white fill from none: white is taken as none.
        notes.push(
          '此版本 Excel 无法区分白色底色和无底色（需要 ExcelApi 1.9），清除标记时白色底色会还原为无底色。',
        );
        for (const { key, fill } of fillProbes) {
          const record = records.get(key);
          const color = normalFill(fill.color ?? undefined, undefined);
          if (record) records.set(key, { ...record, fill: color === 'FFFFFF' ? null : color });
        }
        if (saves) {
          workbook.settings.add(MARKS_SETTING, JSON.stringify([...records.values()]));
          await context.sync();
        }
      }
    });
    this.records = records;
    for (const [key, text] of noteTexts) snap.notes?.set(key, text);
    for (const { key, comment, content } of addedComments)
      snap.comments?.set(key, { id: comment.id, content });
    for (const mark of marks) setKnownFill(snap.sheets.get(mark.sheet), mark.cell, MARK_FILLS[mark.tone]);
  }

  /**
   * After a re-check (which read the grids, notes and record just before): one sync gives the cells whose
   * findings no longer hold back their own fill and note, then `mark` sets the others anew.
   */
  async updateMarks(marks: readonly CellMark[]): Promise<void> {
    const keep = new Set(marks.map((mark) => cellKey(mark.sheet, mark.cell.row, mark.cell.col)));
    const records = this.records ?? new Map<string, MarkRecord>();
    const released = [...records].filter(([key]) => !keep.has(key));
    if (released.length > 0) await this.release(released);
    const notes = this.lastNotes;
    await this.mark(marks);
    this.lastNotes = [...notes, ...this.lastNotes];
  }

  /** Restores the released cells as the record says they were, and forgets them. */
  private async release(released: readonly (readonly [string, MarkRecord])[]): Promise<void> {
    const notes: string[] = [];
    this.lastNotes = notes;
    const snap = this.snapshot;
    const remaining = new Map(this.records ?? []);
    for (const [key] of released) remaining.delete(key);
    const mode = this.capabilities.notes;
    await this.batch(async (context) => {
      const { workbook } = context;
      // The record goes first: should a later write fail, the cells still marked are still known.
      if (this.api(4)) workbook.settings.add(MARKS_SETTING, JSON.stringify([...remaining.values()]));
      const relock = this.unlock(
        context,
        released.map(([, record]) => record.sheet),
      );
      for (const [key, record] of released) {
        const fill = workbook.worksheets.getItem(record.sheet).getRange(toA1(record)).format.fill;
        if (record.fill === null) fill.clear();
        else fill.color = `#${record.fill}`;
        if (mode === 'notes') {
          const existing = snap?.notes?.get(key);
          if (existing?.includes(NOTE_HEADING)) {
            const note = workbook.notes.getItem(qualified(record.sheet, toA1(record)));
            const own = ownPart(existing);
            if (own) note.content = own;
            else note.delete();
            if (own) snap?.notes?.set(key, own);
            else snap?.notes?.delete(key);
          }
        } else if (mode === 'comments') {
          const existing = snap?.comments?.get(key);
          if (existing?.content.startsWith(NOTE_HEADING)) {
            workbook.comments.getItem(existing.id).delete();
            snap?.comments?.delete(key);
          }
        }
      }
      relock();
      await context.sync();
    });
    this.records = remaining;
    for (const [, record] of released) setKnownFill(snap?.sheets.get(record.sheet), record, record.fill);
  }

  /**
   * Two syncs: read the record and every note and comment; then restore each marked cell's fill (no fill
   * where it had none), give each note back the user's own text (ours deleted), delete our comments and
   * the record.
   */
  async clearMarks(): Promise<void> {
    const notes: string[] = [];
    this.lastNotes = notes;
    const caps = this.capabilities;
    const withComments = this.api(10);
    let restored: MarkRecord[] = [];
    const noteTexts: { text: string | null; note: Excel.Note }[] = [];
    await this.batch(async (context) => {
      const { workbook } = context;
      const sheets = workbook.worksheets.load(this.sheetLoad());
      const setting = this.api(4) ? workbook.settings.getItemOrNullObject(MARKS_SETTING).load('value') : null;
      const noteItems = caps.notes === 'notes' ? workbook.notes.load('items/content') : null;
      const commentItems = withComments ? workbook.comments.load('items/id,items/content') : null;
      await context.sync();

      const records = setting
        ? recordsOf(setting.isNullObject ? null : (setting.value as unknown), notes)
        : new Map<string, MarkRecord>();
      for (const [key, record] of this.records ?? []) if (!records.has(key)) records.set(key, record);
      const present = new Map(sheets.items.map((sheet) => [sheet.name, sheet]));
      restored = [...records.values()].filter((record) => present.has(record.sheet));
      const ourNotes = noteItems?.items.filter((note) => note.content.includes(NOTE_HEADING)) ?? [];
      const ourComments = commentItems?.items.filter((c) => c.content.startsWith(NOTE_HEADING)) ?? [];
      if (
        restored.length === 0 &&
        ourNotes.length === 0 &&
        ourComments.length === 0 &&
        !(setting && !setting.isNullObject)
      )
        return;

      // Protection as it is now, not as the last read saw it.
      const relocks: { sheet: Excel.Worksheet; options: Excel.WorksheetProtectionOptions }[] = [];
      if (caps.protection)
        for (const name of new Set(restored.map((r) => r.sheet))) {
          const sheet = present.get(name);
          if (!sheet?.protection.protected) continue;
          sheet.protection.unprotect();
          relocks.push({ sheet, options: sheet.protection.options });
        }
      for (const record of restored) {
        const fill = workbook.worksheets.getItem(record.sheet).getRange(toA1(record)).format.fill;
        if (record.fill === null) fill.clear();
        else fill.color = `#${record.fill}`;
      }
      for (const note of ourNotes) {
        const own = ownPart(note.content);
        if (own) note.content = own;
        else note.delete();
        noteTexts.push({ text: own || null, note });
      }
      for (const comment of ourComments) comment.delete();
      if (setting && !setting.isNullObject) setting.delete();
      for (const { sheet, options } of relocks) sheet.protection.protect(options);
      await context.sync();
    });
    this.records = new Map();
    const snap = this.snapshot;
    if (!snap) return;
    for (const record of restored) setKnownFill(snap.sheets.get(record.sheet), record, record.fill);
    // Notes and comments changed in ways the snapshot cannot follow without locations: read them again next time.
    if (noteTexts.length > 0 || withComments) this.snapshot = null;
  }

  /** One sync: activates the sheet and selects the cell. */
  async select(sheet: string, cell: CellPosition): Promise<void> {
    await this.batch(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(toA1(cell)).select();
      await context.sync();
    });
  }

  /**
   * Calls the listener when the user changes a cell (ExcelApi 1.7; one registration for the whole workbook
   * with 1.9, one per existing sheet before). Changes this add-in made itself are ignored (ExcelApi 1.14).
   * Resolves to the function that unsubscribes.
   */
  async onChanged(listener: () => void): Promise<() => Promise<void>> {
    if (!this.capabilities.liveCheck) {
      this.lastNotes = ['此版本 Excel 不支持修改事件（需要 ExcelApi 1.7），请在修改后手动点“检查”。'];
      return () => Promise.resolve();
    }
    const handler = (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
      if (event.triggerSource !== 'ThisLocalAddin') listener();
      return Promise.resolve();
    };
    const results = await this.batch(async (context) => {
      let registered: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[];
      if (this.api(9)) registered = [context.workbook.worksheets.onChanged.add(handler)];
      else {
        const sheets = context.workbook.worksheets.load('items/name');
        await context.sync();
        registered = sheets.items.map((sheet) => sheet.onChanged.add(handler));
      }
      await context.sync();
      return registered;
    });
    return async () => {
      const first = results[0];
      if (!first) return;
      for (const result of results) result.remove();
      try {
        // Removal must go through the context the handlers were added in (Office.js events).
        await first.context.sync();
      } catch (error) {
        throw toHostError(error);
      }
    };
  }
}

/** `A1` or `A1:B2` → the top-left cell. */
function fromAddress(range: string): CellPosition | null {
  return fromA1(range.split(':')[0] ?? '');
}

/** The marks record of the workbook setting; a damaged one is reported in `notes` and read as empty. */
function recordsOf(value: unknown, notes: string[]): Map<string, MarkRecord> {
  const records = new Map<string, MarkRecord>();
  if (value === null || value === undefined) return records;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      notes.push(
        `工作簿中保存的标记记录（设置 ${MARKS_SETTING}）已损坏，无法据此还原底色（${String(error)}）。请手动清除标记底色。`,
      );
      return records;
    }
  }
  if (Array.isArray(parsed))
    for (const item of parsed as unknown[])
      if (isRecord(item)) records.set(cellKey(item.sheet, item.row, item.col), item);
  return records;
}

/** The cell's fill as the last read saw it: RRGGBB, null for none, undefined when unknown. */
function knownFill(state: SheetState | undefined, row: number, col: number): string | null | undefined {
  const fills = state?.fills;
  if (!fills) return undefined;
  // Outside the used range no cell carries formatting.
  return fills.rows[row - fills.top]?.[col - fills.left] ?? null;
}

function setKnownFill(state: SheetState | undefined, cell: CellPosition, fill: string | null): void {
  const fills = state?.fills;
  const line = fills?.rows[cell.row - fills.top];
  if (fills && line && cell.col - fills.left >= 0 && cell.col - fills.left < line.length)
    line[cell.col - fills.left] = fill;
}

/** A loaded used range → Grid rows in sheet coordinates. */
function gridRows(used: ReadRange): (GridCell | undefined)[][] {
  const top = used.rowIndex;
  const left = used.columnIndex;
  const values: readonly (readonly unknown[])[] = used.values;
  const formulas: readonly (readonly unknown[])[] = used.formulas;
  const formats: readonly (readonly unknown[])[] = used.numberFormat;
  const rows: (GridCell | undefined)[][] = [];
  values.forEach((line, r) => {
    line.forEach((raw, c) => {
      const formula = formulas[r]?.[c];
      const rawFormat = formats[r]?.[c];
      const format = typeof rawFormat === 'string' && rawFormat !== 'General' ? rawFormat : undefined;
      const isFormula = typeof formula === 'string' && formula.startsWith('=');
      const value = plainValue(raw, format);
      if (value === null && !isFormula) return;
      const row = (rows[top + r] ??= []);
      row[left + c] = {
        value,
        ...(isFormula ? { formula: formula.slice(1) } : {}),
        ...(format ? { format } : {}),
      };
    });
  });
  return rows;
}

/** All planned contents as one 2-D block: number formats first, then values and formulas (null = untouched). */
function writeCells(sheet: Excel.Worksheet, cells: readonly PlannedCell[]): void {
  const filled = cells.filter(
    (c) =>
      c.formula !== undefined || (c.value !== undefined && c.value !== null && c.value !== '') || c.format,
  );
  if (filled.length === 0) return;
  const top = Math.min(...filled.map((c) => c.row));
  const left = Math.min(...filled.map((c) => c.col));
  const bottom = Math.max(...filled.map((c) => c.row));
  const right = Math.max(...filled.map((c) => c.col));
  const blank = <T>(): (T | null)[][] =>
    Array.from({ length: bottom - top + 1 }, () =>
      Array.from({ length: right - left + 1 }, (): T | null => null),
    );
  const formats = blank<string>();
  const contents = blank<Content>();
  let anyFormat = false;
  for (const cell of filled) {
    const row = formats[cell.row - top];
    const content = contents[cell.row - top];
    if (!row || !content) continue;
    const value = cell.value ?? null;
    const format = cell.format ?? (typeof value === 'string' && wouldConvert(value) ? '@' : null);
    if (format) {
      row[cell.col - left] = format;
      anyFormat = true;
    }
    content[cell.col - left] = cell.formula !== undefined ? `=${cell.formula}` : value === '' ? null : value;
  }
  const range = sheet.getRange(toA1Range({ top, left, bottom, right }));
  if (anyFormat) range.numberFormat = formats;
  range.formulas = contents;
}

function applyStyle(
  range: Excel.Range,
  style: CellStyle,
  rect: { top: number; left: number; bottom: number; right: number },
  protection: boolean,
): void {
  const format = range.format;
  if (style.bold || style.fontSize) {
    format.font.name = '宋体';
    if (style.bold) format.font.bold = true;
    format.font.size = style.fontSize ?? 11;
  }
  if (style.align)
    format.horizontalAlignment =
      style.align === 'left' ? 'Left' : style.align === 'right' ? 'Right' : 'Center';
  if (style.align || style.wrap) format.verticalAlignment = 'Center';
  if (style.wrap) format.wrapText = true;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.border) {
    const edges: Excel.Interfaces.RangeBorderData['sideIndex'][] = [...EDGES];
    if (rect.bottom > rect.top) edges.push('InsideHorizontal');
    if (rect.right > rect.left) edges.push('InsideVertical');
    for (const edge of edges) {
      if (!edge) continue;
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
  if (style.input && protection) format.protection.locked = false;
}
