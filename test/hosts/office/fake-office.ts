/**
 * A test double of the parts of Office.js (Excel) the host uses, as strict as Excel where the host's
 * correctness depends on it: commands are queued and take effect at `context.sync()`, in order, and a failing
 * command stops the batch keeping what ran before it; reading a property that was not loaded and synced
 * throws PropertyNotLoaded; collections give `items` only once loaded; `*OrNullObject` gives `isNullObject`;
 * a context is usable only inside its Excel.run; protected sheets refuse edits; `protect()`/`unprotect()`
 * throw when the sheet is already in that state; every API fails with ApiNotFound above the emulated
 * requirement set (Microsoft's reference); Excel on the web refuses requests and responses over 5 MB;
 * merged areas come back only for areas whose top-left cell is in the range (office-js #3611), and more
 * than 512 fail; events carry no triggerSource below ExcelApi 1.14, the add-in's own writes raise
 * onChanged, and on the web a pick from a dropdown list raises none. It counts syncs. It is not Excel:
 * formulas are stored, never calculated.
 */
import type { CellValue } from '../../../src/domain/cells';
import { fromA1Range, toA1Range } from '../../../src/sheet/address';
import type { Merge } from '../../../src/sheet/grid';

/** Highest ExcelApi 1.x each platform supports (Microsoft's requirement-set table). */
export const PLATFORMS = {
  office2016: 1,
  office2019: 7,
  ltsc2021: 14,
  ltsc2024: 17,
  microsoft365: 18,
} as const;

/** Excel on the web's cap on one request and on one response (Office Add-ins resource limits). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** More merged areas than this in one RangeAreas, and Excel refuses it. */
export const MERGED_AREAS_LIMIT = 512;

const UTF8 = new TextEncoder();
/** Bytes of JSON as it travels (UTF-8); works in Node.js and in the browser the pane tests use. */
const jsonBytes = (value: unknown): number => UTF8.encode(JSON.stringify(value) ?? '').length;

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation: string };

  constructor(
    readonly code: string,
    message: string,
    location: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

const fail = (code: string, location: string, message = code): never => {
  throw new FakeOfficeError(code, message, location);
};

export interface CellModel {
  readonly row: number;
  readonly col: number;
  /** The value, or a formula's cached result; null when blank. */
  value: CellValue;
  /** Formula without `=`. */
  formula?: string;
  format: string;
  /** RRGGBB, null for no fill. */
  fill: string | null;
  locked: boolean;
  font: { bold?: boolean; size?: number; name?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Set<string>;
}

export interface ValidationModel {
  readonly range: Merge;
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatModel {
  readonly range: Merge;
  readonly type: string;
  formula?: string;
  fill?: string;
}

export interface NoteModel {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly col: number;
  content: string;
}

export interface CommentModel extends NoteModel {
  readonly id: string;
}

type Visibility = Excel.Worksheet['visibility'];

export class SheetModel {
  visibility: Visibility = 'Visible';
  readonly cells = new Map<string, CellModel>();
  readonly merges: Merge[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly validations: ValidationModel[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly protection: { protected: boolean; options: Excel.WorksheetProtectionOptions; password?: string } =
    {
      protected: false,
      options: {},
    };
  readonly pageLayout: {
    paperSize?: string;
    orientation?: string;
    zoom?: Excel.PageLayoutZoomOptions;
    printTitleRows?: string;
    footer?: string;
  } = {};

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  /** Rows formatted as a whole as unlocked (a row's style): cells made in them start unlocked. */
  readonly unlockedRows = new Set<number>();

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(`${String(row)},${String(col)}`);
  }

  /** Whether a cell is locked: its own setting, else its row's, else locked (Excel's default). */
  locked(row: number, col: number): boolean {
    return this.cell(row, col)?.locked ?? !this.unlockedRows.has(row);
  }

  touch(row: number, col: number): CellModel {
    const key = `${String(row)},${String(col)}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = {
        row,
        col,
        value: null,
        format: 'General',
        fill: null,
        locked: !this.unlockedRows.has(row),
        font: {},
        borders: new Set(),
      };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The smallest rectangle holding every cell with a value, formula or (unless `valuesOnly`) formatting. */
  usedRect(valuesOnly = false): Merge | null {
    let rect: { top: number; left: number; bottom: number; right: number } | null = null;
    for (const c of this.cells.values()) {
      const used = c.value !== null || c.formula !== undefined || (!valuesOnly && this.formatted(c));
      if (!used) continue;
      if (!rect) rect = { top: c.row, left: c.col, bottom: c.row, right: c.col };
      rect.top = Math.min(rect.top, c.row);
      rect.left = Math.min(rect.left, c.col);
      rect.bottom = Math.max(rect.bottom, c.row);
      rect.right = Math.max(rect.right, c.col);
    }
    return rect;
  }

  private formatted(c: CellModel): boolean {
    return (
      c.format !== 'General' ||
      c.fill !== null ||
      !c.locked ||
      c.borders.size > 0 ||
      Object.keys(c.font).length > 0 ||
      c.horizontalAlignment !== undefined ||
      c.wrapText !== undefined
    );
  }
}

type Handler = (args: never) => Promise<unknown>;
type EventKind = 'changed' | 'selection';

export interface FakeExcelOptions {
  /** Excel on the web: 5 MB payloads, no onChanged for dropdown picks. */
  readonly web?: boolean;
  /** Drops a fit-to-pages zoom, as Excel does when the Page Layout tab is not shown (office-js #1860). */
  readonly dropsFitToPages?: boolean;
  /** Refuses print titles, as a sheet whose print settings a policy locks does. */
  readonly refusesPrintTitles?: boolean;
  /** The web's payload cap, lowered to test what happens when even the smallest read passes it. */
  readonly payloadLimit?: number;
}

/** The workbook, the requirement-set switch, and the test's view of what the host did. */
export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  readonly names = new Map<string, { name: string; sheet: SheetModel; range: Merge }>();
  readonly settings = new Map<string, unknown>();
  readonly notes: NoteModel[] = [];
  readonly comments: CommentModel[] = [];
  readonly handlers: { kind: EventKind; sheet: SheetModel | null; handler: Handler }[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string;
  syncs = 0;
  calcSuspensions = 0;
  calculations = 0;
  /** The largest request and response of any sync, in bytes of JSON. */
  largestRequest = 0;
  largestResponse = 0;
  private nextId = 1;

  /** `api` is the highest ExcelApi 1.x minor version supported (see PLATFORMS). */
  constructor(
    public api: number = PLATFORMS.microsoft365,
    readonly options: FakeExcelOptions = {},
  ) {
    this.activeSheet = this.addSheet('Sheet1').name;
  }

  readonly isSetSupported = (name: string, version: string): boolean => {
    const [major, minor] = version.split('.').map(Number);
    return name === 'ExcelApi' && major === 1 && (minor ?? 0) <= this.api;
  };

  /** Excel.run: a fresh context per batch; queued commands left at the end are flushed, as Excel.run does. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    this.runIn(new FakeRequestContext(this) as unknown as OfficeExtension.ClientRequestContext, batch);

  /** Excel.run(context, batch): the batch on a context already made (removing event handlers needs it). */
  readonly runIn = async <T>(
    given: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const context = given as unknown as FakeRequestContext;
    if (!(context instanceof FakeRequestContext)) throw new Error('runIn needs a context of this fake');
    context.active++;
    try {
      // The fake implements only the members the host uses, so it stands in for the full interface here.
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.active--;
    }
  };

  newId(): string {
    return `{${String(this.nextId++).padStart(8, '0')}}`;
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name, this.newId());
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** A sheet by its name or its id, as WorksheetCollection.getItem takes either. */
  findSheet(key: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || s.id === key);
  }

  // ---- What a user does between the host's calls (no syncs) ----

  cellAt(sheet: string, address: string): CellModel | undefined {
    const at = fromA1Range(address);
    return at ? this.sheet(sheet).cell(at.top, at.left) : undefined;
  }

  type(sheet: string, address: string, value: CellValue): void {
    const at = fromA1Range(address);
    if (!at) throw new Error(address);
    const cell = this.sheet(sheet).touch(at.top, at.left);
    cell.value = value;
    delete cell.formula;
  }

  setFill(sheet: string, address: string, fill: string | null): void {
    const at = fromA1Range(address);
    if (!at) throw new Error(address);
    this.sheet(sheet).touch(at.top, at.left).fill = fill;
  }

  addNote(sheet: string, address: string, content: string): void {
    const at = fromA1Range(address);
    if (!at) throw new Error(address);
    this.notes.push({ sheet: this.sheet(sheet), row: at.top, col: at.left, content });
  }

  addComment(sheet: string, address: string, content: string): void {
    const at = fromA1Range(address);
    if (!at) throw new Error(address);
    this.comments.push({ id: this.newId(), sheet: this.sheet(sheet), row: at.top, col: at.left, content });
  }

  noteAt(sheet: string, address: string): string | undefined {
    const at = fromA1Range(address);
    return this.notes.find((n) => n.sheet.name === sheet && n.row === at?.top && n.col === at.left)?.content;
  }

  /** Fires Worksheet.onChanged / WorksheetCollection.onChanged as Excel does after an edit. */
  async fireChanged(
    sheet: string,
    address: string,
    triggerSource: 'Unknown' | 'ThisLocalAddin' = 'Unknown',
  ): Promise<void> {
    const model = this.sheet(sheet);
    const args: Pick<
      Excel.WorksheetChangedEventArgs,
      'type' | 'worksheetId' | 'address' | 'changeType' | 'source'
    > &
      Partial<Pick<Excel.WorksheetChangedEventArgs, 'triggerSource'>> = {
      type: 'WorksheetChanged',
      worksheetId: model.id,
      address,
      changeType: 'RangeEdited',
      source: 'Local',
      // ExcelApi 1.14 added triggerSource: before it, an edit's origin cannot be told.
      ...(this.api >= 14 ? { triggerSource } : {}),
    };
    await this.dispatch('changed', model, args);
  }

  /** The user types into a cell: the value changes and onChanged fires. */
  async edit(sheet: string, address: string, value: CellValue): Promise<void> {
    this.type(sheet, address, value);
    await this.fireChanged(sheet, address);
  }

  /** The user picks from a cell's dropdown list: on the web no onChanged fires (office-js, open issue). */
  async pickFromList(sheet: string, address: string, value: string): Promise<void> {
    this.type(sheet, address, value);
    if (!this.options.web) await this.fireChanged(sheet, address);
  }

  /** The user moves the selection: onSelectionChanged fires. */
  async selectCell(sheet: string, address: string): Promise<void> {
    const model = this.sheet(sheet);
    this.activeSheet = model.name;
    this.selection = { sheet: model.name, address };
    const args: Pick<Excel.WorksheetSelectionChangedEventArgs, 'type' | 'worksheetId' | 'address'> = {
      type: 'WorksheetSelectionChanged',
      worksheetId: model.id,
      address,
    };
    await this.dispatch('selection', model, args);
  }

  /** Calls the handlers of this kind on this sheet (or the whole workbook) with the event's fields. */
  private async dispatch(kind: EventKind, sheet: SheetModel, args: object): Promise<void> {
    // Only these fields are given (details and getRange need a live workbook); the host reads no others.
    const event = args as never;
    const targets = this.handlers.filter((h) => h.kind === kind && (h.sheet === null || h.sheet === sheet));
    await Promise.all(targets.map((h) => h.handler(event)));
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  /** How many Excel.run calls are using this context now: outside them it cannot sync. */
  active = 0;
  private ops: { op: () => void; bytes: number }[] = [];
  private responseBytes = 0;
  /** Sheets whose values or formulas this sync changed: they raise onChanged from this add-in. */
  private readonly edited = new Set<SheetModel>();

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  get pending(): number {
    return this.ops.length;
  }

  /** Queues a command; `bytes` is what it adds to the request beyond its name (the values it writes). */
  enqueue(op: () => void, bytes = 0): void {
    this.ops.push({ op, bytes: 64 + bytes });
  }

  /** Counts what a load brings back, towards the response's size. */
  account(value: unknown): void {
    if (value === undefined) return;
    this.responseBytes += jsonBytes(value);
  }

  /** Notes that a write changed cells of this sheet. */
  changed(sheet: SheetModel): void {
    this.edited.add(sheet);
  }

  /** Notes that a command moved the selection: it raises onSelectionChanged, as the user's click does. */
  selected(sheet: string, address: string): void {
    this.selection = { sheet, address };
  }
  private selection: { sheet: string; address: string } | null = null;

  /** Queues the check Excel makes when a command above its requirement set arrives. */
  needs(minor: number, location: string): void {
    if (minor > this.excel.api)
      this.enqueue(() =>
        fail(
          'ApiNotFound',
          location,
          `The API you are trying to use could not be found (ExcelApi 1.${String(minor)}).`,
        ),
      );
  }

  /**
   * Runs the queued commands in order; the first failure rejects and drops the rest, keeping what ran before
   * it, as a batch does. On the web a request or response over 5 MB fails the sync.
   */
  async sync(): Promise<void> {
    if (this.active === 0)
      fail(
        'InvalidRequestContext',
        'RequestContext.sync',
        'The request context is not valid outside Excel.run.',
      );
    this.excel.syncs++;
    const ops = this.ops;
    this.ops = [];
    this.responseBytes = 0;
    this.edited.clear();
    await Promise.resolve();
    const request = ops.reduce((sum, { bytes }) => sum + bytes, 0);
    const limit = this.excel.options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    if (this.excel.options.web && request > limit)
      fail(
        'RequestPayloadSizeLimitExceeded',
        'RequestContext.sync',
        'The request payload size has exceeded the limit.',
      );
    this.excel.largestRequest = Math.max(this.excel.largestRequest, request);
    try {
      for (const { op } of ops) op();
    } finally {
      await this.raiseChanged();
    }
    if (this.excel.options.web && this.responseBytes > limit)
      fail(
        'ResponsePayloadSizeLimitExceeded',
        'RequestContext.sync',
        'The response payload size has exceeded the limit.',
      );
    this.excel.largestResponse = Math.max(this.excel.largestResponse, this.responseBytes);
  }

  /** The add-in's own edits raise onChanged, as Excel does (marked ThisLocalAddin from ExcelApi 1.14). */
  private async raiseChanged(): Promise<void> {
    const sheets = [...this.edited];
    this.edited.clear();
    for (const sheet of sheets) await this.excel.fireChanged(sheet.name, 'A1', 'ThisLocalAddin');
    const selection = this.selection;
    this.selection = null;
    if (selection) await this.excel.selectCell(selection.sheet, selection.address);
  }
}

/** Load paths of one object: `a,b/c` → own `a`, child `b` with `c`. */
function parsePaths(spec?: string | string[]): string[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec : spec.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
    protected readonly nullable = false,
  ) {}

  /** What `load()` with no argument fetches. */
  protected abstract readonly scalars: readonly string[];
  /** A property's current value in the model, at sync time. */
  protected abstract read(name: string): unknown;
  /** Whether the object exists, for `*OrNullObject`. */
  protected exists(): boolean {
    return true;
  }
  protected child(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  load(spec?: string | string[]): this {
    const paths = parsePaths(spec);
    this.context.enqueue(() => this.fetch(paths));
    return this;
  }

  /** Reads the paths now (inside a sync). */
  fetch(paths: readonly string[]): void {
    if (this.nullable) {
      const missing = !this.exists();
      this.loaded.set('isNullObject', missing);
      if (missing) return;
    }
    const own: string[] = paths.length === 0 ? [...this.scalars] : [];
    const children = new Map<string, string[]>();
    for (const path of paths) {
      const [head = '', ...rest] = path.split('/');
      if (this.child(head))
        children.set(head, [...(children.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
      else own.push(head);
    }
    for (const name of own) {
      const value = this.read(name);
      this.context.account(value);
      this.loaded.set(name, value);
    }
    for (const [name, rest] of children) this.child(name)?.fetch(rest);
  }

  protected remember(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected got<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.typeName}.${name}`,
      );
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.got<boolean>('isNullObject');
  }

  protected queue(op: () => void): void {
    this.context.enqueue(op);
  }
}

abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  protected readonly scalars: readonly string[] = ['items'];
  protected abstract current(): T[];
  protected read(): unknown {
    return undefined;
  }

  get items(): T[] {
    return this.got<T[]>('items');
  }

  override fetch(paths: readonly string[]): void {
    const items = this.current();
    const itemPaths = paths
      .filter((p) => p === 'items' || p.startsWith('items/'))
      .map((p) => p.replace(/^items\/?/, ''))
      .filter(Boolean);
    for (const item of items) item.fetch(itemPaths);
    this.remember('items', items);
  }
}

// ---------------------------------------------------------------------------------------------------------

class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.needs(6, 'Application.suspendApiCalculationUntilNextSync');
    this.context.enqueue(() => this.context.excel.calcSuspensions++);
  }

  calculate(type: string): void {
    this.context.enqueue(() => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(type))
        fail('InvalidArgument', 'Application.calculate');
      this.context.excel.calculations++;
    });
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  private readonly namesProxy: FakeNamedItemCollection;
  private readonly settingsProxy: FakeSettingCollection;
  private readonly notesProxy: FakeNoteCollection;
  private readonly commentsProxy: FakeCommentCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.namesProxy = new FakeNamedItemCollection(context);
    this.settingsProxy = new FakeSettingCollection(context);
    this.notesProxy = new FakeNoteCollection(context, null);
    this.commentsProxy = new FakeCommentCollection(context);
  }

  get names(): FakeNamedItemCollection {
    return this.namesProxy;
  }
  get settings(): FakeSettingCollection {
    this.context.needs(4, 'Workbook.settings');
    return this.settingsProxy;
  }
  get notes(): FakeNoteCollection {
    this.context.needs(18, 'Workbook.notes');
    return this.notesProxy;
  }
  get comments(): FakeCommentCollection {
    this.context.needs(10, 'Workbook.comments');
    return this.commentsProxy;
  }
}

class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: (() => SheetModel) | null,
    private readonly kind: EventKind,
  ) {}

  add(handler: Handler): { context: FakeRequestContext; remove(): void } {
    const excel = this.context.excel;
    const entry = { kind: this.kind, sheet: null as SheetModel | null, handler };
    this.context.enqueue(() => {
      entry.sheet = this.sheet ? this.sheet() : null;
      excel.handlers.push(entry);
    });
    const context = this.context;
    return {
      context,
      remove: () =>
        context.enqueue(() => {
          const at = excel.handlers.indexOf(entry);
          if (at >= 0) excel.handlers.splice(at, 1);
        }),
    };
  }
}

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(context: FakeRequestContext) {
    super(context, 'WorksheetCollection');
  }

  protected current(): FakeWorksheet[] {
    return this.context.excel.sheets.map((model) => new FakeWorksheet(this.context, () => model));
  }

  add(name: string): FakeWorksheet {
    const excel = this.context.excel;
    let created: SheetModel | undefined;
    this.queue(() => {
      if (!name || name.length > 31 || INVALID_SHEET_NAME.test(name))
        fail('InvalidArgument', 'WorksheetCollection.add');
      if (excel.findSheet(name))
        fail('ItemAlreadyExists', 'WorksheetCollection.add', `A sheet named '${name}' exists.`);
      created = excel.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => created ?? fail('ItemNotFound', 'Worksheet'));
  }

  getItem(name: string): FakeWorksheet {
    const excel = this.context.excel;
    return new FakeWorksheet(
      this.context,
      () => excel.findSheet(name) ?? fail('ItemNotFound', 'WorksheetCollection.getItem'),
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.needs(4, 'WorksheetCollection.getItemOrNullObject');
    const excel = this.context.excel;
    return new FakeWorksheet(
      this.context,
      () => excel.findSheet(name) ?? fail('ItemNotFound', 'WorksheetCollection.getItemOrNullObject'),
      true,
    );
  }

  get onChanged(): FakeEventHandlers {
    this.context.needs(9, 'WorksheetCollection.onChanged');
    return new FakeEventHandlers(this.context, null, 'changed');
  }

  get onSelectionChanged(): FakeEventHandlers {
    this.context.needs(9, 'WorksheetCollection.onSelectionChanged');
    return new FakeEventHandlers(this.context, null, 'selection');
  }
}

class FakeWorksheet extends FakeClientObject {
  protected readonly scalars = ['name', 'id', 'visibility', 'position'] as const;
  private readonly protectionProxy: FakeWorksheetProtection;

  constructor(
    context: FakeRequestContext,
    readonly model: () => SheetModel,
    nullable = false,
  ) {
    super(context, 'Worksheet', nullable);
    this.protectionProxy = new FakeWorksheetProtection(context, model);
  }

  protected override exists(): boolean {
    try {
      this.model();
      return true;
    } catch {
      return false;
    }
  }

  protected read(name: string): unknown {
    const sheet = this.model();
    if (name === 'name') return sheet.name;
    if (name === 'id') return sheet.id;
    if (name === 'visibility') return sheet.visibility;
    if (name === 'position') return this.context.excel.sheets.indexOf(sheet);
    return fail('InvalidArgument', `Worksheet.${name}`);
  }

  protected override child(name: string): FakeClientObject | undefined {
    return name === 'protection' ? this.protectionProxy : undefined;
  }

  get name(): string {
    return this.got('name');
  }
  get id(): string {
    return this.got('id');
  }
  get visibility(): Visibility {
    return this.got('visibility');
  }
  set visibility(value: Visibility) {
    this.context.needs(2, 'Worksheet.visibility');
    this.queue(() => {
      const sheet = this.model();
      const others = this.context.excel.sheets.filter((s) => s !== sheet && s.visibility === 'Visible');
      if (value !== 'Visible' && others.length === 0) fail('InvalidOperation', 'Worksheet.visibility');
      sheet.visibility = value;
    });
  }

  get protection(): FakeWorksheetProtection {
    this.context.needs(2, 'Worksheet.protection');
    return this.protectionProxy;
  }

  get pageLayout(): FakePageLayout {
    this.context.needs(9, 'Worksheet.pageLayout');
    return new FakePageLayout(this.context, this.model);
  }

  get notes(): FakeNoteCollection {
    this.context.needs(18, 'Worksheet.notes');
    return new FakeNoteCollection(this.context, this.model);
  }

  get onChanged(): FakeEventHandlers {
    this.context.needs(7, 'Worksheet.onChanged');
    return new FakeEventHandlers(this.context, this.model, 'changed');
  }

  get onSelectionChanged(): FakeEventHandlers {
    this.context.needs(7, 'Worksheet.onSelectionChanged');
    return new FakeEventHandlers(this.context, this.model, 'selection');
  }

  delete(): void {
    this.queue(() => {
      const sheet = this.model();
      const excel = this.context.excel;
      if (sheet.visibility === 'VeryHidden')
        fail('InvalidOperation', 'Worksheet.delete', 'A very hidden sheet cannot be deleted.');
      if (excel.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0)
        fail('InvalidOperation', 'Worksheet.delete', 'A workbook must keep one visible sheet.');
      excel.sheets.splice(excel.sheets.indexOf(sheet), 1);
      if (excel.activeSheet === sheet.name)
        excel.activeSheet = excel.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this.model, () => (address === undefined ? ALL : parseRange(address)));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.context.needs(2, 'Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(
      this.context,
      this.model,
      () => this.model().usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.needs(4, 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.context, this.model, () => this.model().usedRect(valuesOnly), true);
  }

  activate(): void {
    this.queue(() => {
      const sheet = this.model();
      if (sheet.visibility !== 'Visible')
        fail('InvalidOperation', 'Worksheet.activate', 'A hidden sheet cannot be activated.');
      this.context.excel.activeSheet = sheet.name;
    });
  }
}

const ALL: Merge = { top: 0, left: 0, bottom: 1048575, right: 16383 };

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
}

/** `A1`, `A1:B2`, `A:C`, `5:7` (no sheet part) → a rectangle; InvalidArgument otherwise. */
function parseRange(address: string): Merge {
  const bare = address.replace(/^.*!/, '').replace(/\$/g, '');
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (cols?.[1] && cols[2])
    return { top: 0, bottom: 1048575, left: columnIndex(cols[1]), right: columnIndex(cols[2]) };
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows?.[1] && rows[2])
    return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: 16383 };
  return fromA1Range(bare) ?? fail('InvalidArgument', 'Worksheet.getRange', `Bad address ${address}`);
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellsOf(rect: Merge): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let col = rect.left; col <= rect.right; col++) cells.push({ row, col });
  return cells;
}

function guardFormat(
  sheet: SheetModel,
  location: string,
  allow: keyof Excel.WorksheetProtectionOptions = 'allowFormatCells',
): void {
  if (sheet.protection.protected && !sheet.protection.options[allow])
    fail('AccessDenied', location, 'The cell or chart you are trying to change is on a protected sheet.');
}

function guardObjects(sheet: SheetModel, location: string): void {
  guardFormat(sheet, location, 'allowEditObjects');
}

/** Writes a value as typing would: `=` makes a formula, numeric text a number, unless the format is `@`. */
function assign(cell: CellModel, input: unknown): void {
  delete cell.formula;
  if (input === '' || input === null || input === undefined) {
    cell.value = null;
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text =
    typeof input === 'string' ? input : fail('InvalidArgument', 'Range.values', 'Unsupported value.');
  if (cell.format === '@') cell.value = text;
  else if (text.startsWith('=')) {
    cell.formula = text.slice(1);
    cell.value = null;
  } else if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.trim())) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text)) cell.value = text.toLowerCase() === 'true';
  else cell.value = text;
}

type Grid2D = unknown[][];

class FakeRange extends FakeClientObject {
  protected readonly scalars = [
    'address',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
    'values',
    'formulas',
    'numberFormat',
  ] as const;
  private formatProxy?: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    readonly sheet: () => SheetModel,
    private readonly rectOf: () => Merge | null,
    nullable = false,
  ) {
    super(context, 'Range', nullable);
  }

  protected override exists(): boolean {
    return this.rectOf() !== null;
  }

  /** The sheet and rectangle, at sync time; ItemNotFound for a null object. */
  target(): { sheet: SheetModel; rect: Merge } {
    const rect = this.rectOf();
    return { sheet: this.sheet(), rect: rect ?? fail('ItemNotFound', 'Range') };
  }

  private grid(pick: (cell: CellModel | undefined) => unknown): Grid2D {
    const { sheet, rect } = this.target();
    const rows: Grid2D = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: unknown[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(pick(sheet.cell(r, c)));
      rows.push(line);
    }
    return rows;
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.target();
    switch (name) {
      case 'address':
        return `${sheetPrefix(sheet.name)}!${toA1Range(rect)}`;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'values':
        return this.grid((c) => c?.value ?? '');
      case 'formulas':
        return this.grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? '')));
      case 'numberFormat':
        return this.grid((c) => c?.format ?? 'General');
      default:
        return fail('InvalidArgument', `Range.${name}`);
    }
  }

  protected override child(name: string): FakeClientObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  get address(): string {
    return this.got('address');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get values(): Grid2D {
    return this.got('values');
  }
  set values(values: Grid2D) {
    this.write('values', values);
  }
  get formulas(): Grid2D {
    return this.got('formulas');
  }
  set formulas(values: Grid2D) {
    this.write('formulas', values);
  }
  get numberFormat(): Grid2D {
    return this.got('numberFormat');
  }
  set numberFormat(values: Grid2D) {
    this.write('numberFormat', values);
  }

  private write(kind: 'values' | 'formulas' | 'numberFormat', input: Grid2D): void {
    const copy = input.map((row) => [...row]);
    this.context.enqueue(() => {
      const { sheet, rect } = this.target();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (copy.length !== rows || copy.some((row) => row.length !== cols))
        fail(
          'InvalidArgument',
          `Range.${kind}`,
          'The number of rows or columns in the input array does not match the size of the range.',
        );
      copy.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          if (sheet.protection.protected && sheet.locked(rect.top + r, rect.left + c))
            fail(
              'AccessDenied',
              `Range.${kind}`,
              'The cell or chart you are trying to change is on a protected sheet.',
            );
          const cell = sheet.touch(rect.top + r, rect.left + c);
          if (kind !== 'numberFormat') this.context.changed(sheet);
          if (kind === 'numberFormat')
            cell.format =
              value === ''
                ? 'General'
                : typeof value === 'string'
                  ? value
                  : fail('InvalidArgument', 'Range.numberFormat');
          else assign(cell, value);
        }),
      );
    }, jsonBytes(copy));
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, this);
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.context.needs(8, 'Range.dataValidation');
    return new FakeDataValidation(this.context, this);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context.needs(6, 'Range.conditionalFormats');
    return new FakeConditionalFormatCollection(this.context, this);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const { rect } = this.target();
      return {
        top: rect.top + row,
        left: rect.left + column,
        bottom: rect.top + row,
        right: rect.left + column,
      };
    });
  }

  merge(across = false): void {
    this.context.needs(2, 'Range.merge');
    this.queue(() => {
      const { sheet, rect } = this.target();
      guardFormat(sheet, 'Range.merge');
      const areas = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
            ...rect,
            top: rect.top + i,
            bottom: rect.top + i,
          }))
        : [rect];
      for (const area of areas) {
        const overlaps = sheet.merges.some(
          (m) => m.top <= area.bottom && area.top <= m.bottom && m.left <= area.right && area.left <= m.right,
        );
        if (overlaps)
          fail('InvalidArgument', 'Range.merge', 'Cannot merge a range that overlaps a merged area.');
        sheet.merges.push(area);
        for (const { row, col } of cellsOf(area))
          if (row !== area.top || col !== area.left) {
            const cell = sheet.cell(row, col);
            if (cell) {
              cell.value = null;
              delete cell.formula;
            }
          }
      }
    });
  }

  select(): void {
    this.queue(() => {
      const { sheet, rect } = this.target();
      if (this.context.excel.activeSheet !== sheet.name)
        fail('InvalidSelection', 'Range.select', 'The range is not on the active sheet.');
      this.context.excel.selection = { sheet: sheet.name, address: toA1Range(rect) };
      this.context.selected(sheet.name, toA1Range(rect));
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.needs(13, 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, this);
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    this.context.needs(9, 'Range.getCellProperties');
    const result = new FakeClientResult<Excel.CellProperties[][]>(this.context, 'Range.getCellProperties');
    this.queue(() => {
      const fill = options.format?.fill;
      result.set(
        this.grid((cell): Excel.CellProperties => ({
          format: {
            fill: {
              ...(fill?.color ? { color: cell?.fill ? `#${cell.fill}` : '#FFFFFF' } : {}),
              ...(fill?.pattern ? { pattern: cell?.fill ? 'Solid' : 'None' } : {}),
            },
          },
        })).map((row) => row.map((cell) => cell as Excel.CellProperties)),
      );
    });
    return result;
  }
}

class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly location: string,
  ) {}

  set(value: T): void {
    this.context.account(value);
    this.result = value;
    this.loaded = true;
  }

  get value(): T {
    if (!this.loaded)
      fail('PropertyNotLoaded', this.location, 'The value of the result object has not been loaded yet.');
    return this.result as T;
  }
}

/** The merged areas of a range: only those whose top-left cell is in it (office-js #3611); over 512 fail. */
class FakeRangeAreas extends FakeClientObject {
  protected readonly scalars = ['address', 'areaCount'] as const;
  private readonly areasProxy: FakeRangeCollection;

  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, 'RangeAreas', true);
    this.areasProxy = new FakeRangeCollection(context, () => {
      const { sheet, merges } = this.found();
      return merges.map(
        (merge) =>
          new FakeRange(
            context,
            () => sheet,
            () => merge,
          ),
      );
    });
  }

  private found(): { sheet: SheetModel; merges: Merge[] } {
    const { sheet, rect } = this.range.target();
    const merges = sheet.merges.filter(
      (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
    );
    if (merges.length > MERGED_AREAS_LIMIT)
      fail(
        'GeneralException',
        'Range.getMergedAreasOrNullObject',
        'There was an internal error while processing the request.',
      );
    return { sheet, merges };
  }

  protected override exists(): boolean {
    return this.found().merges.length > 0;
  }

  protected read(name: string): unknown {
    const { sheet, merges } = this.found();
    if (name === 'areaCount') return merges.length;
    if (name === 'address') return merges.map((m) => `${sheetPrefix(sheet.name)}!${toA1Range(m)}`).join(',');
    return fail('InvalidArgument', `RangeAreas.${name}`);
  }

  protected override child(name: string): FakeClientObject | undefined {
    return name === 'areas' ? this.areasProxy : undefined;
  }

  get address(): string {
    return this.got('address');
  }

  get areas(): FakeRangeCollection {
    this.context.needs(9, 'RangeAreas.areas');
    return this.areasProxy;
  }
}

class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    context: FakeRequestContext,
    private readonly ranges: () => FakeRange[],
  ) {
    super(context, 'RangeCollection');
  }

  protected current(): FakeRange[] {
    return this.ranges();
  }
}

class FakeRangeFormat extends FakeClientObject {
  protected readonly scalars = [
    'columnWidth',
    'rowHeight',
    'horizontalAlignment',
    'verticalAlignment',
    'wrapText',
  ] as const;
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  private readonly protectionProxy: FakeFormatProtection;

  constructor(
    context: FakeRequestContext,
    readonly range: FakeRange,
  ) {
    super(context, 'RangeFormat');
    this.fill = new FakeRangeFill(context, range);
    this.font = new FakeRangeFont(context, range);
    this.protectionProxy = new FakeFormatProtection(context, range);
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.range.target();
    if (name === 'columnWidth') return sheet.columnWidths.get(rect.left) ?? 48;
    if (name === 'rowHeight') return sheet.rowHeights.get(rect.top) ?? 14.25;
    const cell = sheet.cell(rect.top, rect.left);
    if (name === 'horizontalAlignment') return cell?.horizontalAlignment ?? 'General';
    if (name === 'verticalAlignment') return cell?.verticalAlignment ?? 'Bottom';
    if (name === 'wrapText') return cell?.wrapText ?? false;
    return fail('InvalidArgument', `RangeFormat.${name}`);
  }

  protected override child(name: string): FakeClientObject | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    if (name === 'protection') return this.protectionProxy;
    return undefined;
  }

  get protection(): FakeFormatProtection {
    this.context.needs(2, 'RangeFormat.protection');
    return this.protectionProxy;
  }

  get borders(): { getItem(index: string): FakeRangeBorder } {
    return { getItem: (index: string) => new FakeRangeBorder(this.range, index) };
  }

  /** Applies a change to every cell of the range (at sync), after the protection check. */
  eachCell(location: string, change: (cell: CellModel) => void): void {
    this.queue(() => {
      const { sheet, rect } = this.range.target();
      guardFormat(sheet, location);
      for (const { row, col } of cellsOf(rect)) change(sheet.touch(row, col));
    });
  }

  set columnWidth(width: number) {
    this.context.needs(2, 'RangeFormat.columnWidth');
    this.queue(() => {
      const { sheet, rect } = this.range.target();
      guardFormat(sheet, 'RangeFormat.columnWidth', 'allowFormatColumns');
      for (let col = rect.left; col <= rect.right; col++) sheet.columnWidths.set(col, width);
    });
  }
  set rowHeight(height: number) {
    this.context.needs(2, 'RangeFormat.rowHeight');
    this.queue(() => {
      const { sheet, rect } = this.range.target();
      guardFormat(sheet, 'RangeFormat.rowHeight', 'allowFormatRows');
      for (let row = rect.top; row <= rect.bottom; row++) sheet.rowHeights.set(row, height);
    });
  }
  set horizontalAlignment(value: string) {
    this.eachCell('RangeFormat.horizontalAlignment', (cell) => (cell.horizontalAlignment = value));
  }
  set verticalAlignment(value: string) {
    this.eachCell('RangeFormat.verticalAlignment', (cell) => (cell.verticalAlignment = value));
  }
  set wrapText(value: boolean) {
    this.eachCell('RangeFormat.wrapText', (cell) => (cell.wrapText = value));
  }
}

/** `#RRGGBB` → `RRGGBB`; named colours are not needed by the host and are refused. */
function hex(color: string, location: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(color);
  return match?.[1]?.toUpperCase() ?? fail('InvalidArgument', location, `Unsupported colour ${color}`);
}

class FakeRangeFill extends FakeClientObject {
  protected readonly scalars = ['color'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, 'RangeFill');
  }

  /** As Excel: the colour when every cell shares it (white for none), null when they differ. */
  protected read(name: string): unknown {
    if (name !== 'color') return fail('InvalidArgument', `RangeFill.${name}`);
    const { sheet, rect } = this.range.target();
    const fills = new Set(cellsOf(rect).map(({ row, col }) => sheet.cell(row, col)?.fill ?? null));
    if (fills.size !== 1) return null;
    const [fill] = [...fills];
    return fill ? `#${fill}` : '#FFFFFF';
  }

  get color(): string {
    return this.got('color');
  }
  set color(color: string) {
    this.queue(() => {
      const { sheet, rect } = this.range.target();
      guardFormat(sheet, 'RangeFill.color');
      const fill = hex(color, 'RangeFill.color');
      for (const { row, col } of cellsOf(rect)) sheet.touch(row, col).fill = fill;
    });
  }

  clear(): void {
    this.queue(() => {
      const { sheet, rect } = this.range.target();
      guardFormat(sheet, 'RangeFill.clear');
      for (const { row, col } of cellsOf(rect)) {
        const cell = sheet.cell(row, col);
        if (cell) cell.fill = null;
      }
    });
  }
}

class FakeRangeFont extends FakeClientObject {
  protected readonly scalars = ['bold', 'size', 'name'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, 'RangeFont');
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.range.target();
    const font = sheet.cell(rect.top, rect.left)?.font ?? {};
    if (name === 'bold') return font.bold ?? false;
    if (name === 'size') return font.size ?? 11;
    if (name === 'name') return font.name ?? '等线';
    return fail('InvalidArgument', `RangeFont.${name}`);
  }

  private change(location: string, set: (font: CellModel['font']) => void): void {
    this.range.format.eachCell(location, (cell) => set(cell.font));
  }
  set bold(value: boolean) {
    this.change('RangeFont.bold', (font) => (font.bold = value));
  }
  set size(value: number) {
    this.change('RangeFont.size', (font) => (font.size = value));
  }
  set name(value: string) {
    this.change('RangeFont.name', (font) => (font.name = value));
  }
}

class FakeRangeBorder {
  weight?: string;

  constructor(
    private readonly range: FakeRange,
    private readonly index: string,
  ) {}

  set style(value: string) {
    this.range.format.eachCell('RangeBorder.style', (cell) => {
      if (value === 'None') cell.borders.delete(this.index);
      else cell.borders.add(this.index);
    });
  }
}

class FakeFormatProtection extends FakeClientObject {
  protected readonly scalars = ['locked'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, 'FormatProtection');
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.range.target();
    if (name === 'locked') return sheet.cell(rect.top, rect.left)?.locked ?? true;
    return fail('InvalidArgument', `FormatProtection.${name}`);
  }

  get locked(): boolean {
    return this.got('locked');
  }
  set locked(value: boolean) {
    this.queue(() => {
      const { sheet, rect } = this.range.target();
      if (sheet.protection.protected) fail('AccessDenied', 'FormatProtection.locked');
      if (rect.left === 0 && rect.right === ALL.right) {
        // Whole rows: the rows' own format, and every cell already in them.
        for (let row = rect.top; row <= rect.bottom; row++) {
          if (value) sheet.unlockedRows.delete(row);
          else sheet.unlockedRows.add(row);
        }
        for (const cell of sheet.cells.values())
          if (cell.row >= rect.top && cell.row <= rect.bottom) cell.locked = value;
        return;
      }
      for (const { row, col } of cellsOf(rect)) sheet.touch(row, col).locked = value;
    });
  }
}

class FakeDataValidation {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {}

  private change(location: string, set: (model: ValidationModel) => void): void {
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      guardFormat(sheet, location, 'allowEditObjects');
      let model = sheet.validations.find((v) => toA1Range(v.range) === toA1Range(rect));
      if (!model) {
        model = { range: rect };
        sheet.validations.push(model);
      }
      set(model);
    });
  }

  set rule(rule: Excel.DataValidationRule) {
    const source = rule.list?.source;
    this.change('DataValidation.rule', (model) => {
      if (typeof source === 'string' && source.length > 255)
        fail('InvalidArgument', 'DataValidation.rule', 'A list source may not exceed 255 characters.');
      model.rule = rule;
    });
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.change('DataValidation.prompt', (model) => (model.prompt = prompt));
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.change('DataValidation.errorAlert', (model) => (model.errorAlert = alert));
  }
  set ignoreBlanks(value: boolean) {
    this.change('DataValidation.ignoreBlanks', (model) => (model.ignoreBlanks = value));
  }
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {}

  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string } } } } {
    const holder: { model?: ConditionalFormatModel } = {};
    this.context.enqueue(() => {
      const { sheet, rect } = this.range.target();
      guardFormat(sheet, 'ConditionalFormatCollection.add');
      holder.model = { range: rect, type };
      sheet.conditionalFormats.push(holder.model);
    });
    const context = this.context;
    const update = (location: string, set: (model: ConditionalFormatModel) => void): void =>
      context.enqueue(() => set(holder.model ?? fail('ItemNotFound', location)));
    return {
      custom: {
        rule: {
          set formula(formula: string) {
            update('ConditionalFormatRule.formula', (model) => {
              if (!formula.startsWith('=')) fail('InvalidArgument', 'ConditionalFormatRule.formula');
              model.formula = formula.slice(1);
            });
          },
          get formula(): string {
            return fail('PropertyNotLoaded', 'ConditionalFormatRule.formula');
          },
        },
        format: {
          fill: {
            set color(color: string) {
              update(
                'ConditionalRangeFill.color',
                (model) => (model.fill = hex(color, 'ConditionalRangeFill.color')),
              );
            },
            get color(): string {
              return fail('PropertyNotLoaded', 'ConditionalRangeFill.color');
            },
          },
        },
      },
    };
  }
}

class FakeWorksheetProtection extends FakeClientObject {
  protected readonly scalars = ['protected', 'options'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, 'WorksheetProtection');
  }

  protected read(name: string): unknown {
    const { protection } = this.sheet();
    if (name === 'protected') return protection.protected;
    if (name === 'options') return { ...protection.options };
    return fail('InvalidArgument', `WorksheetProtection.${name}`);
  }

  get protected(): boolean {
    return this.got('protected');
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.got('options');
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.queue(() => {
      const { protection } = this.sheet();
      if (protection.protected)
        fail('AccessDenied', 'WorksheetProtection.protect', 'You cannot perform the requested operation.');
      protection.protected = true;
      protection.options = { ...(options ?? {}) };
      protection.password = password;
    });
  }

  unprotect(password?: string): void {
    this.queue(() => {
      const { protection } = this.sheet();
      // As VBA's Unprotect: no effect on a sheet that is not protected.
      if (!protection.protected) return;
      if ((protection.password ?? '') !== (password ?? ''))
        fail('AccessDenied', 'WorksheetProtection.unprotect', 'You cannot perform the requested operation.');
      protection.protected = false;
      delete protection.password;
    });
  }
}

class FakePageLayout extends FakeClientObject {
  protected readonly scalars = ['paperSize', 'orientation', 'zoom'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, 'PageLayout');
  }

  protected read(name: string): unknown {
    const layout = this.sheet().pageLayout;
    if (name === 'paperSize') return layout.paperSize ?? 'Letter';
    if (name === 'orientation') return layout.orientation ?? 'Portrait';
    if (name === 'zoom') return { ...(layout.zoom ?? { scale: 100 }) };
    return fail('InvalidArgument', `PageLayout.${name}`);
  }

  private change(set: (layout: SheetModel['pageLayout']) => void): void {
    this.context.enqueue(() => set(this.sheet().pageLayout));
  }
  set paperSize(value: string) {
    this.change((layout) => (layout.paperSize = value));
  }
  set orientation(value: string) {
    this.change((layout) => (layout.orientation = value));
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.change((layout) => {
      if (value.horizontalFitToPages !== undefined && value.scale !== undefined)
        fail('InvalidArgument', 'PageLayout.zoom');
      const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
      if (fit && this.context.excel.options.dropsFitToPages) return;
      layout.zoom = { ...value };
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.got('zoom');
  }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const change = (set: (layout: SheetModel['pageLayout']) => void): void => this.change(set);
    return {
      defaultForAllPages: {
        set centerFooter(text: string) {
          change((layout) => (layout.footer = text));
        },
        get centerFooter(): string {
          return fail('PropertyNotLoaded', 'HeaderFooter.centerFooter');
        },
      },
    };
  }
  setPrintTitleRows(rows: string): void {
    this.change((layout) => {
      if (!/^\$\d+:\$\d+$/.test(rows) || this.context.excel.options.refusesPrintTitles)
        fail('InvalidArgument', 'PageLayout.setPrintTitleRows');
      layout.printTitleRows = rows;
    });
  }
}

class FakeNamedItem extends FakeClientObject {
  protected readonly scalars = ['name', 'formula'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly item: () => { name: string; sheet: SheetModel; range: Merge },
  ) {
    super(context, 'NamedItem');
  }

  protected read(name: string): unknown {
    const item = this.item();
    if (name === 'name') return item.name;
    if (name === 'formula')
      return `=${sheetPrefix(item.sheet.name)}!${toA1Range(item.range).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
    return fail('InvalidArgument', `NamedItem.${name}`);
  }

  get name(): string {
    return this.got('name');
  }

  delete(): void {
    this.context.needs(4, 'NamedItem.delete');
    this.queue(() => {
      const item = this.item();
      this.context.excel.names.delete(item.name.toLowerCase());
    });
  }
}

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(context: FakeRequestContext) {
    super(context, 'NamedItemCollection');
  }

  protected current(): FakeNamedItem[] {
    return [...this.context.excel.names.values()].map((item) => new FakeNamedItem(this.context, () => item));
  }

  add(name: string, reference: FakeRange | string): FakeNamedItem {
    this.context.needs(4, 'NamedItemCollection.add');
    const excel = this.context.excel;
    const key = name.toLowerCase();
    this.queue(() => {
      if (excel.names.has(key))
        fail('ItemAlreadyExists', 'NamedItemCollection.add', `The name ${name} exists.`);
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) fail('InvalidArgument', 'NamedItemCollection.add');
      if (typeof reference === 'string') return fail('NotImplemented', 'NamedItemCollection.add');
      const { sheet, rect } = reference.target();
      excel.names.set(key, { name, sheet, range: rect });
    });
    return new FakeNamedItem(this.context, () => excel.names.get(key) ?? fail('ItemNotFound', 'NamedItem'));
  }
}

class FakeSetting extends FakeClientObject {
  protected readonly scalars = ['key', 'value'] as const;

  constructor(
    context: FakeRequestContext,
    private readonly key: string,
    nullable: boolean,
  ) {
    super(context, 'Setting', nullable);
  }

  protected override exists(): boolean {
    return this.context.excel.settings.has(this.key);
  }

  protected read(name: string): unknown {
    const settings = this.context.excel.settings;
    if (!settings.has(this.key)) return fail('ItemNotFound', 'SettingCollection.getItem');
    if (name === 'key') return this.key;
    if (name === 'value') return structuredClone(settings.get(this.key));
    return fail('InvalidArgument', `Setting.${name}`);
  }

  get value(): unknown {
    return this.got('value');
  }

  delete(): void {
    this.queue(() => {
      if (!this.context.excel.settings.delete(this.key)) fail('ItemNotFound', 'Setting.delete');
    });
  }
}

class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  add(key: string, value: unknown): FakeSetting {
    const copy = structuredClone(value);
    this.context.enqueue(() => this.context.excel.settings.set(key, copy));
    return new FakeSetting(this.context, key, false);
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, key, false);
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key, true);
  }
}

/** The cell a Range argument or an address (`'S'!A1`, or `A1` within a sheet) names, at sync time. */
function cellTarget(
  excel: FakeExcel,
  where: FakeRange | string,
  scope: SheetModel | null,
  location: string,
): { sheet: SheetModel; row: number; col: number } {
  if (typeof where !== 'string') {
    const { sheet, rect } = where.target();
    if (rect.top !== rect.bottom || rect.left !== rect.right)
      fail('InvalidArgument', location, 'Expected one cell.');
    return { sheet, row: rect.top, col: rect.left };
  }
  const bang = where.lastIndexOf('!');
  const name =
    bang < 0
      ? scope?.name
      : where
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'");
  const sheet = (name === undefined ? undefined : excel.findSheet(name)) ?? fail('InvalidArgument', location);
  const at = fromA1Range(where.slice(bang + 1)) ?? fail('InvalidArgument', location);
  return { sheet, row: at.top, col: at.left };
}

/** What a note and a threaded comment share: a cell, content to read and write, delete, getLocation. */
abstract class FakeCellAnnotation<M extends NoteModel> extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: 'Note' | 'Comment',
    private readonly model: () => M | undefined,
    nullable: boolean,
  ) {
    super(context, typeName, nullable);
  }

  /** The workbook's list this kind of annotation lives in. */
  protected abstract list(): M[];

  protected target(): M {
    return this.model() ?? fail('ItemNotFound', this.typeName);
  }

  protected override exists(): boolean {
    return this.model() !== undefined;
  }

  protected read(name: string): unknown {
    if (name === 'content') return this.target().content;
    return fail('InvalidArgument', `${this.typeName}.${name}`);
  }

  get content(): string {
    return this.got('content');
  }
  set content(content: string) {
    this.queue(() => {
      const annotation = this.target();
      guardObjects(annotation.sheet, `${this.typeName}.content`);
      annotation.content = content;
    });
  }

  delete(): void {
    this.queue(() => {
      const annotation = this.target();
      guardObjects(annotation.sheet, `${this.typeName}.delete`);
      const list = this.list();
      list.splice(list.indexOf(annotation), 1);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.target().sheet,
      () => {
        const { row, col } = this.target();
        return { top: row, left: col, bottom: row, right: col };
      },
    );
  }
}

class FakeNote extends FakeCellAnnotation<NoteModel> {
  protected readonly scalars = ['content'] as const;

  constructor(context: FakeRequestContext, note: () => NoteModel | undefined, nullable = false) {
    super(context, 'Note', note, nullable);
  }

  protected list(): NoteModel[] {
    return this.context.excel.notes;
  }
}

class FakeNoteCollection extends FakeCollection<FakeNote> {
  constructor(
    context: FakeRequestContext,
    private readonly scope: (() => SheetModel) | null,
  ) {
    super(context, 'NoteCollection');
  }

  protected current(): FakeNote[] {
    const scope = this.scope?.() ?? null;
    return this.context.excel.notes
      .filter((note) => scope === null || note.sheet === scope)
      .map((note) => new FakeNote(this.context, () => note));
  }

  add(cellAddress: FakeRange | string, content: string): FakeNote {
    const excel = this.context.excel;
    let created: NoteModel | undefined;
    this.queue(() => {
      const { sheet, row, col } = cellTarget(
        excel,
        cellAddress,
        this.scope?.() ?? null,
        'NoteCollection.add',
      );
      guardObjects(sheet, 'NoteCollection.add');
      const taken = excel.notes.some((n) => n.sheet === sheet && n.row === row && n.col === col);
      const threaded = excel.comments.some((n) => n.sheet === sheet && n.row === row && n.col === col);
      if (taken || threaded)
        fail('InvalidArgument', 'NoteCollection.add', 'The cell already has a note or comment.');
      created = { sheet, row, col, content };
      excel.notes.push(created);
    });
    return new FakeNote(this.context, () => created);
  }

  private find(key: string): () => NoteModel | undefined {
    const excel = this.context.excel;
    return () => {
      const { sheet, row, col } = cellTarget(excel, key, this.scope?.() ?? null, 'NoteCollection.getItem');
      return excel.notes.find((n) => n.sheet === sheet && n.row === row && n.col === col);
    };
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.context, this.find(key));
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, this.find(key), true);
  }
}

class FakeComment extends FakeCellAnnotation<CommentModel> {
  protected readonly scalars = ['id', 'content'] as const;

  constructor(context: FakeRequestContext, comment: () => CommentModel | undefined, nullable = false) {
    super(context, 'Comment', comment, nullable);
  }

  protected list(): CommentModel[] {
    return this.context.excel.comments;
  }

  protected override read(name: string): unknown {
    return name === 'id' ? this.target().id : super.read(name);
  }

  get id(): string {
    return this.got('id');
  }
}

class FakeCommentCollection extends FakeCollection<FakeComment> {
  constructor(context: FakeRequestContext) {
    super(context, 'CommentCollection');
  }

  protected current(): FakeComment[] {
    return this.context.excel.comments.map((comment) => new FakeComment(this.context, () => comment));
  }

  add(cellAddress: FakeRange | string, content: string): FakeComment {
    const excel = this.context.excel;
    let created: CommentModel | undefined;
    this.queue(() => {
      const { sheet, row, col } = cellTarget(excel, cellAddress, null, 'CommentCollection.add');
      guardObjects(sheet, 'CommentCollection.add');
      const taken = [...excel.comments, ...excel.notes].some(
        (n) => n.sheet === sheet && n.row === row && n.col === col,
      );
      if (taken) fail('InvalidOperation', 'CommentCollection.add', 'The cell already has a comment or note.');
      created = { id: excel.newId(), sheet, row, col, content };
      excel.comments.push(created);
    });
    return new FakeComment(this.context, () => created);
  }

  getItem(commentId: string): FakeComment {
    return new FakeComment(this.context, () => this.context.excel.comments.find((c) => c.id === commentId));
  }

  getItemOrNullObject(commentId: string): FakeComment {
    this.context.needs(14, 'CommentCollection.getItemOrNullObject');
    return new FakeComment(
      this.context,
      () => this.context.excel.comments.find((c) => c.id === commentId),
      true,
    );
  }
}
