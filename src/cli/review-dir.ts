import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Profile } from '../domain';
import { OutputError, OutputExistsError, refuseExisting, settle, temporaryBeside } from '../hosts/xlsx/save';
import {
  addFileRow,
  addFindingRows,
  addSummarySheets,
  fillStatistics,
  fillSummary,
  formsNote,
  noFormNote,
  type SummaryLine,
  type SummarySheets,
} from '../hosts/xlsx/summary-workbook';
import { formatMessage, said, say, type Locale } from '../messages';
import { option, parseArgs, UsageError } from './args';
import type { FileSummary } from './file-summary';
import { findWorkbooks, type FolderContents } from './folder';
import type { CliIo } from './io';
import { quotedList } from './layout';
import { defaultJobs, parseJobs, summarizeFiles } from './pool';
import { resolveProfile } from './profile';

/** What `review` was asked for, checked before any work is done. */
interface ReviewRequest {
  readonly dir: string;
  readonly out: string;
  readonly force: boolean;
  readonly profile: Profile | undefined;
  readonly jobs: number;
  readonly contents: FolderContents;
}

/** The folder, the summary's path and the options; refuses at once what cannot be done. */
async function reviewRequest(argv: readonly string[], io: CliIo, locale: Locale): Promise<ReviewRequest> {
  const args = parseArgs(argv, ['out', 'profile', 'jobs'], ['force']);
  const force = option(args, 'force') !== undefined;
  const [folder, ...extra] = args.positionals;
  if (!folder || extra.length > 0) throw new UsageError(said('cli.review.no-folder'));
  const outArg = option(args, 'out');
  if (!outArg || !/\.xlsx$/i.test(outArg)) throw new UsageError(said('cli.review.no-out'));
  const dir = resolve(io.cwd, folder);
  const isDirectory = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory) throw new UsageError(said('cli.review.not-folder', { folder }));
  const out = resolve(io.cwd, outArg);
  const profile = await resolveProfile(option(args, 'profile'), locale);
  const jobs = parseJobs(option(args, 'jobs'), defaultJobs());
  // Said before any work: an existing summary is never replaced unless asked for.
  await refuseExisting(out, force);
  const contents = await findWorkbooks(dir, out);
  const others = contents.skipped.length;
  if (contents.workbooks.length === 0)
    throw new UsageError(said('cli.review.nothing', { folder, ...(others > 0 ? { others } : {}) }));
  return { dir, out, force, profile, jobs, contents };
}

function progress(io: CliIo, done: number, total: number, file: string): void {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  io.stderr(
    `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done)}/${String(total)} ${file.slice(-40).padEnd(40)}`,
  );
}

/** What the files came to: the summary's lines and the counts said at the end. */
interface Tally {
  readonly lines: SummaryLine[];
  errors: number;
  unreadable: number;
  withoutForms: number;
  forms: number;
}

/** Puts one checked file into the summary: its line in 文件清单, its forms and their findings. */
function record(file: FileSummary, sheets: SummarySheets, tally: Tally, link: string, locale: Locale): void {
  if (file.error) {
    tally.unreadable++;
    addFileRow(sheets.files, file.name, 'unreadable', file.error, locale);
    return;
  }
  if (file.forms.length === 0) {
    tally.withoutForms++;
    const listed = quotedList(file.sheetsWithoutForms, locale);
    const note = noFormNote(file.format, file.sheetsWithoutForms.length, listed, locale);
    addFileRow(sheets.files, file.name, 'no-form', note, locale);
    return;
  }
  addFileRow(sheets.files, file.name, 'checked', formsNote(file.forms.length, locale), locale);
  for (const form of file.forms) {
    tally.forms++;
    tally.errors += form.errors;
    tally.lines.push({ ...form, file: file.name, format: file.format ?? '' });
    addFindingRows(sheets.findings, file.name, link, form, locale);
  }
}

/** The summary being written: a streamed workbook into a temporary file, and the first write error. */
interface SummaryStream {
  readonly sink: WriteStream;
  readonly temporary: string;
  readonly writeFailed: Promise<never>;
}

/** Opens the temporary file beside `out` before any file is checked: a missing or read-only folder is said at once. */
async function openSummary(out: string): Promise<SummaryStream> {
  await mkdir(dirname(out), { recursive: true }).catch((error: unknown) => {
    throw new OutputError(out, error);
  });
  const temporary = temporaryBeside(out);
  const sink = createWriteStream(temporary);
  // Rejects with the first write error; raced against each wait below, so a failing disk is never waited on.
  const writeFailed = new Promise<never>((_resolve, reject) =>
    sink.on('error', (error) => reject(new OutputError(out, error))),
  );
  writeFailed.catch(() => undefined);
  await Promise.race([once(sink, 'open'), writeFailed]).catch(() => writeFailed);
  return { sink, temporary, writeFailed };
}

/** Checks the files into the summary workbook and puts it in place; returns the counts. */
async function writeSummary(
  request: ReviewRequest,
  stream: SummaryStream,
  io: CliIo,
  locale: Locale,
): Promise<Tally> {
  const { dir, out, contents } = request;
  const files = contents.workbooks;
  // Required here, not at start-up: `jixiao check` never loads ExcelJS unless it writes a copy.
  const { default: ExcelJS } = await import('exceljs');
  // Streamed: each row goes out as XML text when it is added, so memory stays flat however many files there are.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: stream.sink,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheets = addSummarySheets(workbook, locale);
  const tally: Tally = { lines: [], errors: 0, unreadable: 0, withoutForms: 0, forms: 0 };
  const linkTo = (name: string): string => relative(dirname(out), join(dir, name)).split(sep).join('/');
  // Text from submissions is written as string cells, which Excel never evaluates (`=…` stays text). Each file
  // comes back as its summary rows only, in the files' order; the 汇总 lines wait for the last, worst first.
  if (files[0]) progress(io, 0, files.length, relative(dir, files[0]));
  let done = 0;
  const options = { jobs: request.jobs, locale, ...(request.profile ? { profile: request.profile } : {}) };
  await summarizeFiles(files, dir, options, (file) => {
    progress(io, ++done, files.length, file.name);
    record(file, sheets, tally, linkTo(file.name), locale);
  });
  progress(io, files.length, files.length, '');
  io.stderr('\n');
  for (const { path, reason } of contents.skipped)
    addFileRow(sheets.files, relative(dir, path), 'skipped', say(reason, locale), locale);
  fillSummary(sheets.summary, tally.lines, locale);
  fillStatistics(sheets.statistics, tally.lines, files.length, locale);
  for (const sheet of [sheets.summary, sheets.statistics, sheets.findings, sheets.files]) sheet.commit();
  await Promise.race([workbook.commit(), stream.writeFailed]);
  await settle(stream.temporary, out, request.force).catch((error: unknown) => {
    throw error instanceof OutputExistsError ? error : new OutputError(out, error);
  });
  return tally;
}

/** `jixiao review DIR --out summary.xlsx`: checks every workbook below DIR into one summary workbook. */
export async function reviewCommand(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  const request = await reviewRequest(argv, io, locale);
  const stream = await openSummary(request.out);
  const tally = await writeSummary(request, stream, io, locale).catch(async (error: unknown) => {
    stream.sink.destroy();
    await rm(stream.temporary, { force: true });
    throw error;
  });
  const others = request.contents.skipped.length;
  const done = {
    files: request.contents.workbooks.length,
    forms: tally.forms,
    errors: tally.errors,
    withoutForms: tally.withoutForms,
    unreadable: tally.unreadable,
    out: request.out,
    ...(others > 0 ? { others } : {}),
  };
  io.stdout(`${formatMessage('cli.review.done', done, locale)}\n`);
  if (tally.unreadable > 0 || tally.withoutForms > 0) return 2;
  return tally.errors > 0 ? 1 : 0;
}
