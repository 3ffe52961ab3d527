import { formatMessage, SaidError } from '../../messages';
import type { Grid } from '../../sheet/grid';
import type { CellEdit, WorkbookPlan } from '../../sheet/plan';
import type { FileSource, HostCapabilities } from '../types';
import { convertedWorkbook } from './converted';
import { webInflate } from './inflate';
import { DEFAULT_LIMITS, type LoadLimits } from './limits';
import { AUTHOR } from './patch-notes';
import { isRefusal, REASONS, refusalOf } from './reasons';
import { readSubmission, type FileFormat } from './read-file';
import type { SheetJs } from './sheetjs';
import { patchWorkbook, PatchError, type PatchCodec } from './patch';
import { writeWorkbookPlan } from './write';
import type { FormSummary } from '../../forms/summary';
import {
  addFindingRows,
  addListSheet,
  addStatisticsSheet,
  FILE_COLUMNS,
  FINDING_COLUMNS,
  fillStatistics,
  fillSummary,
  SUMMARY_COLUMNS,
  type SummaryLine,
} from './summary-workbook';

/**
 * ExcelJS is loaded only to build templates and to lay out a copy of a non-.xlsx file in file mode: a lazy
 * chunk neither Excel nor checking needs.
 */
async function exceljs(): Promise<typeof import('exceljs')> {
  const module = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  // The browser build is CommonJS: webpack puts its exports on `default`.
  return 'default' in module ? module.default : module;
}

/** The browser's raw deflate, for the parts of a copy that changed. */
async function webDeflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export const WEB_CODEC: PatchCodec = { inflate: webInflate, deflate: webDeflate };

const FILE_CAPABILITIES: HostCapabilities = {
  dataValidation: true,
  conditionalFormats: true,
  protection: true,
  names: true,
  notes: 'notes',
  liveCheck: false,
};

/** SheetJS, in a chunk of its own: loaded only when a file that is not .xlsx is opened. */
async function sheetjs(): Promise<SheetJs> {
  const module = await import(/* webpackChunkName: "sheetjs" */ '@e965/xlsx');
  return 'default' in module ? module.default : module;
}

/**
 * A submission opened in the browser (.xlsx, .xlsm, .xls, .et, .ods, or a Word report): read by the same
 * readers as the command line, never changed. Its checked copy is the original package with only the touched
 * cells patched (for the other formats, an .xlsx made from what was read); nothing leaves the browser.
 */
export class FileWorkbookHost implements FileSource {
  readonly kind = 'file' as const;
  readonly capabilities = FILE_CAPABILITIES;

  private constructor(
    private readonly grids: readonly Grid[],
    readonly fileName: string,
    private readonly source: Uint8Array,
    readonly format: FileFormat,
    readonly document: string | undefined,
  ) {}

  /** Opens the file the user picked; one that cannot be read, or is hostile, gets one plain sentence. */
  static async open(
    bytes: ArrayBuffer,
    fileName: string,
    limits: LoadLimits = DEFAULT_LIMITS,
  ): Promise<FileWorkbookHost> {
    const source = new Uint8Array(bytes);
    const read = await readSubmission(source, fileName, sheetjs, webInflate, limits);
    if (isRefusal(read)) throw new SaidError(refusalOf(read, fileName));
    return new FileWorkbookHost(read.grids, fileName, source, read.format, read.text);
  }

  readGrids(): Promise<Grid[]> {
    return Promise.resolve([...this.grids]);
  }

  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.grids.map((grid) => grid.sheet));
  }

  /** The checked copy as .xlsx: the original's bytes (or, for the other formats, an .xlsx of them) patched. */
  async copyBytes(edits: readonly CellEdit[]): Promise<ArrayBuffer> {
    try {
      const ooxml = this.format === 'xlsx' || this.format === 'xlsm';
      const base = ooxml ? this.source : await convertedWorkbook((await exceljs()).Workbook, this.grids);
      const { bytes } = await patchWorkbook(base, edits, WEB_CODEC);
      return new Uint8Array(bytes).buffer;
    } catch (error) {
      const reason = error instanceof PatchError ? error.said : REASONS.unreadable;
      throw new SaidError(refusalOf(reason, this.fileName));
    }
  }
}

/** A template pack built in the browser, as .xlsx bytes to download. */
export async function templateBytes(plan: WorkbookPlan): Promise<ArrayBuffer> {
  const { Workbook } = await exceljs();
  const workbook = new Workbook();
  workbook.creator = AUTHOR;
  await writeWorkbookPlan(workbook, plan);
  return new Uint8Array(await workbook.xlsx.writeBuffer()).buffer;
}

/** One file of a review in the browser: its forms, or why it was not checked. */
export interface DeskFile {
  readonly name: string;
  /** The file's format (xlsx, xls, docx …). */
  readonly format: string;
  readonly forms: readonly FormSummary[];
  /**
   * Why the file could not be read, or which sheets held no form, as the summary says it (无法读取, 未找到自评表);
   * null when it was checked.
   */
  readonly problem: { readonly result: string; readonly reason: string } | null;
}

/** The review's summary workbook, as the command line writes it, built in the browser to download. */
export async function summaryBytes(files: readonly DeskFile[]): Promise<ArrayBuffer> {
  const { Workbook } = await exceljs();
  const workbook = new Workbook();
  workbook.creator = AUTHOR;
  // In Chinese, as the command line writes it.
  const summary = addListSheet(workbook, formatMessage('summary.sheet.summary'), SUMMARY_COLUMNS);
  const stats = addStatisticsSheet(workbook);
  const findings = addListSheet(workbook, formatMessage('summary.sheet.findings'), FINDING_COLUMNS);
  const list = addListSheet(workbook, formatMessage('summary.sheet.files'), FILE_COLUMNS);
  const lines: SummaryLine[] = [];
  for (const file of files) {
    if (file.problem) {
      list.addRow([file.name, file.problem.result, file.problem.reason]);
      continue;
    }
    const forms = formatMessage('summary.note.forms', { count: file.forms.length });
    list.addRow([file.name, formatMessage('summary.result.checked'), forms]);
    for (const form of file.forms) {
      lines.push({ ...form, file: file.name, format: file.format });
      // The files sit beside the summary the user saves: each link is the file's own name.
      addFindingRows(findings, file.name, encodeURI(file.name), form);
    }
  }
  fillSummary(summary, lines);
  fillStatistics(stats, lines, files.length);
  return new Uint8Array(await workbook.xlsx.writeBuffer()).buffer;
}
