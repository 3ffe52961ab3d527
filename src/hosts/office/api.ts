import { toHostError } from './errors';

/** Excel.run in production; tests pass a fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Excel.run(context, batch): a batch on a context already in use, as removing an event handler needs. */
export type ExcelRunIn = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;
/** Office.context.requirements.isSetSupported in production. */
export type IsSetSupported = (name: string, version: string) => boolean;

/**
 * The floor the manifest declares: ExcelApi 1.14 (Microsoft 365 Version 2108, Office LTSC 2021, Mac 16.52).
 * Every Office on Windows that has it runs add-ins in WebView2; docs/office-versions.md says why.
 */
export const MIN_EXCEL_API = 14;

/** The Office.js entry points, and what this Excel supports. */
export interface ExcelEntry {
  readonly run: ExcelRun;
  readonly runIn: ExcelRunIn;
  readonly isSetSupported: IsSetSupported;
  /** Excel on the web, where a request or response is capped at 5 MB and list picks raise no onChanged. */
  readonly onWeb: boolean;
}

/** The Office.js entry points wrapped so that every failure says what to do (a catalogue sentence). */
export class ExcelApi {
  constructor(private readonly entry: ExcelEntry) {}

  get onWeb(): boolean {
    return this.entry.onWeb;
  }

  /** Whether ExcelApi 1.`minor` is supported. */
  has(minor: number): boolean {
    return this.entry.isSetSupported('ExcelApi', `1.${String(minor)}`);
  }

  /** Runs a batch, turning any Office error into a HostError that says what to do. */
  async batch<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.entry.run(work);
    } catch (error) {
      throw toHostError(error);
    }
  }

  /** Runs a batch on a context already in use (event handlers are removed through the context that added them). */
  async batchIn<T>(
    context: OfficeExtension.ClientRequestContext,
    work: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.entry.runIn(context, work);
    } catch (error) {
      throw toHostError(error);
    }
  }

  /** Runs a batch and gives back Excel's own error untouched, for callers that recover from it. */
  raw<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.entry.run(work);
  }
}
