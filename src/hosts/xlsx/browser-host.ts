import type { Grid } from '../../sheet/grid';
import type { CellEdit, WorkbookPlan } from '../../sheet/plan';
import { BilingualError, type HostCapabilities, type WorkbookSource } from '../types';
import {
  DEFAULT_LIMITS,
  inEnglish,
  inspectGrids,
  openXlsx,
  REASONS,
  webInflate,
  type LoadLimits,
} from './guard';
import { patchWorkbook, PatchError, type PatchCodec } from './patch';
import { writeWorkbookPlan } from './write';
import { gridsFromParts } from './xml-grids';
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

/** ExcelJS is loaded only to build templates in file mode: a lazy chunk neither Excel nor checking needs. */
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

/**
 * A submission opened in the browser: read by the same reader as the command line, never changed. Its checked
 * copy is the original package with only the touched cells patched; nothing leaves the browser.
 */
export class FileWorkbookHost implements WorkbookSource {
  readonly kind = 'file' as const;
  readonly capabilities = FILE_CAPABILITIES;

  private constructor(
    private readonly grids: readonly Grid[],
    readonly fileName: string,
    private readonly source: Uint8Array,
  ) {}

  /** Opens an .xlsx the user picked; a file that is not one, or is hostile, gets one plain Chinese sentence. */
  static async open(
    bytes: ArrayBuffer,
    fileName: string,
    limits: LoadLimits = DEFAULT_LIMITS,
  ): Promise<FileWorkbookHost> {
    const refuse = (reason: string) =>
      new BilingualError(`“${fileName}”${reason}`, `“${fileName}” ${inEnglish(reason)}`);
    const source = new Uint8Array(bytes);
    const opened = await openXlsx(source, limits, webInflate);
    if (opened.problem !== null) throw refuse(opened.problem);
    let grids: Grid[];
    try {
      grids = gridsFromParts(opened.parts);
    } catch {
      throw refuse(REASONS.unreadable);
    }
    const read = inspectGrids(grids, limits);
    if (read) throw refuse(read);
    return new FileWorkbookHost(grids, fileName, source);
  }

  readGrids(): Promise<Grid[]> {
    return Promise.resolve([...this.grids]);
  }

  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.grids.map((grid) => grid.sheet));
  }

  /** The checked copy: the original's bytes with only these cells changed. */
  async copyBytes(edits: readonly CellEdit[]): Promise<ArrayBuffer> {
    try {
      const { bytes } = await patchWorkbook(this.source, edits, WEB_CODEC);
      return new Uint8Array(bytes).buffer;
    } catch (error) {
      const reason = error instanceof PatchError ? error.message : REASONS.unreadable;
      throw new BilingualError(`“${this.fileName}”${reason}`, `“${this.fileName}” ${inEnglish(reason)}`);
    }
  }
}

/** A template pack built in the browser, as .xlsx bytes to download. */
export async function templateBytes(plan: WorkbookPlan): Promise<ArrayBuffer> {
  const { Workbook } = await exceljs();
  const workbook = new Workbook();
  workbook.creator = '绩效自评助手';
  await writeWorkbookPlan(workbook, plan);
  return new Uint8Array(await workbook.xlsx.writeBuffer()).buffer;
}

/** One file of a review in the browser: its forms, or why it was not checked. */
export interface DeskFile {
  readonly name: string;
  readonly forms: readonly FormSummary[];
  /** Why the file could not be read, or which sheets held no form; null when it was checked. */
  readonly problem: { readonly result: '无法读取' | '未找到自评表'; readonly reason: string } | null;
}

/** The review's summary workbook, as the command line writes it, built in the browser to download. */
export async function summaryBytes(files: readonly DeskFile[]): Promise<ArrayBuffer> {
  const { Workbook } = await exceljs();
  const workbook = new Workbook();
  workbook.creator = '绩效自评助手';
  const summary = addListSheet(workbook, '汇总', SUMMARY_COLUMNS);
  const stats = addStatisticsSheet(workbook);
  const findings = addListSheet(workbook, '问题清单', FINDING_COLUMNS);
  const list = addListSheet(workbook, '文件清单', FILE_COLUMNS);
  const lines: SummaryLine[] = [];
  for (const file of files) {
    if (file.problem) {
      list.addRow([file.name, file.problem.result, file.problem.reason]);
      continue;
    }
    list.addRow([file.name, '已检查', `${String(file.forms.length)} 张表`]);
    for (const form of file.forms) {
      lines.push({ ...form, file: file.name });
      // The files sit beside the summary the user saves: each link is the file's own name.
      addFindingRows(findings, file.name, encodeURI(file.name), form);
    }
  }
  fillSummary(summary, lines);
  fillStatistics(stats, lines, files.length);
  return new Uint8Array(await workbook.xlsx.writeBuffer()).buffer;
}
