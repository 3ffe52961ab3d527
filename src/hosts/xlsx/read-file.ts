/**
 * Every file a reviewer receives, read into Grids the same way in the command line and in file mode: .xlsx
 * and .xlsm by the project's own reader, .xls, .et and .ods by SheetJS, and the tables of a Word report
 * (.docx) with the report's text. The guard sees every file first.
 */
import type { Grid } from '../../sheet/grid';
import { readWordDocument } from './docx';
import { inspectGrids, odsCells } from './grid-limits';
import { openPackage } from './guard';
import type { Inflate } from './inflate';
import { DEFAULT_LIMITS, type LoadLimits } from './limits';
import { REASONS, type Refusal } from './reasons';
import { sheetJsGrids, type SheetJs } from './sheetjs';
import { gridsFromParts } from './xml-grids';

/** The formats read, as a summary names them. */
export type FileFormat = 'xlsx' | 'xlsm' | 'xls' | 'et' | 'ods' | 'docx';

export interface Submission {
  readonly grids: Grid[];
  readonly format: FileFormat;
  /** A Word report's paragraphs outside its tables, for the report's own statements. */
  readonly text?: string;
}

const extension = (name: string): string => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Reads a submission, or says in one plain sentence why it cannot be read. */
export async function readSubmission(
  bytes: Uint8Array,
  name: string,
  loadSheetJs: () => Promise<SheetJs>,
  inflate: Inflate,
  limits: LoadLimits = DEFAULT_LIMITS,
): Promise<Submission | Refusal> {
  const opened = await openPackage(bytes, limits, inflate);
  if (opened.problem !== null) return opened.problem;
  let submission: Submission;
  switch (opened.kind) {
    case 'xlsx':
      try {
        submission = {
          grids: gridsFromParts(opened.parts),
          format: extension(name) === 'xlsm' ? 'xlsm' : 'xlsx',
        };
      } catch {
        return REASONS.unreadable;
      }
      break;
    case 'docx': {
      const xml = opened.parts.get('word/document.xml');
      if (xml === undefined) return REASONS.unreadable;
      try {
        const report = readWordDocument(xml);
        submission = { grids: report.grids, format: 'docx', text: report.text };
      } catch {
        return REASONS.unreadable;
      }
      break;
    }
    case 'ods':
    case 'ole': {
      // An OpenDocument sheet's repeats are counted before SheetJS expands them.
      const content = opened.parts.get('content.xml');
      if (opened.kind === 'ods' && (content === undefined || odsCells(content) > limits.maxCells))
        return content === undefined ? REASONS.unreadable : REASONS.cells(limits.maxCells);
      const grids = sheetJsGrids(await loadSheetJs(), bytes, limits);
      if (!Array.isArray(grids)) return grids;
      submission = { grids, format: opened.kind === 'ods' ? 'ods' : extension(name) === 'et' ? 'et' : 'xls' };
      break;
    }
  }
  const problem = inspectGrids(submission.grids, limits);
  return problem ?? submission;
}
