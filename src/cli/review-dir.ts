import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Profile } from '../domain';
import { OutputError, OutputExistsError, refuseExisting, settle, temporaryBeside } from '../hosts/xlsx/save';
import { option, parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { defaultJobs, parseJobs, summarizeFiles } from './pool';
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
} from '../hosts/xlsx/summary-workbook';
import { resolveProfile } from './profile';

/** Files a submission may come as (spreadsheets and Word reports): each is checked, or said unreadable with why. */
const SPREADSHEET = /\.(xlsx|xlsm|xls|et|ett|ods|xlsb|csv|docx|doc)$/i;

/** Every file below a folder, in a stable order: the spreadsheets to check, and the others with why not. */
export interface FolderContents {
  readonly workbooks: readonly string[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

/** Why a file below the folder is not checked; null when it is a spreadsheet to check. */
function skipReason(name: string): string | null {
  if (name.startsWith('~$')) return 'Excel 打开文件时留下的临时锁定文件，不是自评表。';
  if (!SPREADSHEET.test(name)) return '不是电子表格文件，未检查。';
  return null;
}

export async function findWorkbooks(dir: string, skip: string): Promise<FolderContents> {
  const workbooks: string[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (resolve(path) === skip || resolve(path) === temporaryBeside(skip)) continue;
      else if (!entry.isFile()) skipped.push({ path, reason: '不是普通文件（链接或设备），未检查。' });
      else {
        const reason = skipReason(entry.name);
        if (reason === null) workbooks.push(path);
        else skipped.push({ path, reason });
      }
    }
  };
  await walk(dir);
  return { workbooks, skipped };
}

function progress(io: CliIo, done: number, total: number, file: string): void {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  io.stderr(
    `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done)}/${String(total)} ${file.slice(-40).padEnd(40)}`,
  );
}

/** `jixiao review DIR --out summary.xlsx`: checks every workbook below DIR into one summary workbook. */
export async function reviewCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['out', 'profile', 'jobs'], ['force']);
  const force = option(args, 'force') !== undefined;
  const [dirArg, ...extra] = args.positionals;
  if (!dirArg || extra.length > 0)
    throw new UsageError('请给出一个文件夹：jixiao review 文件夹 --out 汇总.xlsx');
  const outArg = option(args, 'out');
  if (!outArg || !/\.xlsx$/i.test(outArg)) throw new UsageError('请用 --out 给出汇总表的 .xlsx 文件名。');
  const dir = resolve(io.cwd, dirArg);
  const isDirectory = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory) throw new UsageError(`“${dirArg}”不是文件夹。`);
  const out = resolve(io.cwd, outArg);
  const profile: Profile | undefined = await resolveProfile(option(args, 'profile'));
  const jobs = parseJobs(option(args, 'jobs'), defaultJobs());
  // Said before any work: an existing summary is never replaced unless asked for.
  await refuseExisting(out, force);

  const { workbooks: files, skipped } = await findWorkbooks(dir, out);
  if (files.length === 0)
    throw new UsageError(
      `“${dirArg}”中没有可检查的电子表格文件（.xlsx 等）${skipped.length > 0 ? `，只有 ${String(skipped.length)} 个其他文件` : ''}。`,
    );
  await mkdir(dirname(out), { recursive: true }).catch((error: unknown) => {
    throw new OutputError(out, error);
  });
  // Required here, not at start-up: `jixiao check` never loads ExcelJS unless it writes a copy.
  const { default: ExcelJS } = await import('exceljs');
  // Streamed: each row goes out as XML text when it is added, so memory stays flat however many files
  // there are. It goes to a temporary file beside the output, renamed over it only once complete.
  const temporary = temporaryBeside(out);
  // Opened before any file is checked: a folder that is missing or read-only is said at once.
  const sink = createWriteStream(temporary);
  // Rejects with the first write error; raced against each wait below, so a failing disk is never waited on.
  const writeFailed = new Promise<never>((_resolve, reject) =>
    sink.on('error', (error) => reject(new OutputError(out, error))),
  );
  writeFailed.catch(() => undefined);
  await Promise.race([once(sink, 'open'), writeFailed]).catch(() => writeFailed);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = '绩效自评助手';
  let errors = 0;
  let unreadable = 0;
  let withoutForms = 0;
  let formCount = 0;
  let done = 0;
  try {
    const summary = addListSheet(workbook, '汇总', SUMMARY_COLUMNS);
    const stats = addStatisticsSheet(workbook);
    const findingsSheet = addListSheet(workbook, '问题清单', FINDING_COLUMNS);
    // Every file below the folder has a line here: checked, no form found, unreadable, or not checked.
    const fileList = addListSheet(workbook, '文件清单', FILE_COLUMNS);
    // The 汇总 lines wait for the last file: they go out worst first.
    const lines: SummaryLine[] = [];
    const linkTo = (name: string): string => relative(dirname(out), join(dir, name)).split(sep).join('/');

    // Text from submissions is written as string cells, which Excel never evaluates (`=…` stays text).
    // Each file comes back as its summary rows only (from a worker, or checked here when jobs is 1), in the
    // files' order: memory stays flat however many files there are.
    if (files[0]) progress(io, 0, files.length, relative(dir, files[0]));
    await summarizeFiles(files, dir, { jobs, ...(profile ? { profile } : {}) }, (file) => {
      done++;
      progress(io, done, files.length, file.name);
      if (file.error) {
        unreadable++;
        fileList.addRow([file.name, '无法读取', file.error]).commit();
        return;
      }
      if (file.forms.length === 0) {
        withoutForms++;
        const sheets = file.sheetsWithoutForms.map((sheet) => `“${sheet}”`).join('、');
        const looked =
          file.format === 'docx'
            ? `报告中的表格：${String(file.sheetsWithoutForms.length)} 张`
            : `工作表：${sheets || '（无可见工作表）'}`;
        fileList.addRow([file.name, '未找到自评表', looked]).commit();
        return;
      }
      fileList.addRow([file.name, '已检查', `${String(file.forms.length)} 张表`]).commit();
      for (const form of file.forms) {
        formCount++;
        errors += form.errors;
        lines.push({ ...form, file: file.name, format: file.format ?? '' });
        addFindingRows(findingsSheet, file.name, linkTo(file.name), form);
      }
    });
    progress(io, files.length, files.length, '');
    io.stderr('\n');
    for (const { path, reason } of skipped) fileList.addRow([relative(dir, path), '未检查', reason]).commit();
    fillSummary(summary, lines);
    fillStatistics(stats, lines, files.length);
    for (const sheet of [summary, stats, findingsSheet, fileList]) sheet.commit();
    await Promise.race([workbook.commit(), writeFailed]);
    await settle(temporary, out, force).catch((error: unknown) => {
      throw error instanceof OutputExistsError ? error : new OutputError(out, error);
    });
  } catch (error) {
    sink.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
  const others = skipped.length > 0 ? `；其他文件 ${String(skipped.length)} 个未检查` : '';
  io.stdout(
    `已检查 ${String(files.length)} 个文件、${String(formCount)} 张表；错误 ${String(errors)} 个；未找到自评表 ${String(withoutForms)} 个；无法读取 ${String(unreadable)} 个${others}。\n汇总表：${out}（“文件清单”列出每个文件）\n`,
  );
  if (unreadable > 0 || withoutForms > 0) return 2;
  return errors > 0 ? 1 : 0;
}
