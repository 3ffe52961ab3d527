import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { SEVERITY_NAMES, type Profile } from '../domain';
import { OutputError, temporaryBeside } from '../hosts/xlsx/save';
import { option, parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { defaultJobs, parseJobs, summarizeFiles } from './pool';
import { resolveProfile } from './profile';

const KIND_NAMES = { project: '项目支出', overall: '整体支出', basic: '基础数据表' } as const;

/** Every .xlsx below a folder, in a stable order; Excel's `~$` lock files are not workbooks. */
export async function findWorkbooks(dir: string, skip: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (
        entry.isFile() &&
        /\.xlsx$/i.test(entry.name) &&
        !entry.name.startsWith('~$') &&
        resolve(path) !== skip
      )
        found.push(path);
    }
  };
  await walk(dir);
  return found;
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
  const args = parseArgs(argv, ['out', 'profile', 'jobs'], []);
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

  const files = await findWorkbooks(dir, out);
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
  let formCount = 0;
  let done = 0;
  try {
    const summary = workbook.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
    summary.columns = [
      { header: '文件', width: 36 },
      { header: '工作表', width: 18 },
      { header: '单位/项目', width: 28 },
      { header: '表格类型', width: 10 },
      { header: '执行率', width: 10, style: { numFmt: '0.00%' } },
      { header: '执行率得分', width: 10, style: { numFmt: '0.00' } },
      { header: '总分', width: 8, style: { numFmt: '0.00' } },
      { header: '等级', width: 8 },
      { header: '错误', width: 6 },
      { header: '警告', width: 6 },
      { header: '偏差未说明原因', width: 14 },
    ];
    const findingsSheet = workbook.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
    findingsSheet.columns = [
      { header: '文件', width: 36 },
      { header: '工作表', width: 18 },
      { header: '单元格', width: 8 },
      { header: '严重程度', width: 8 },
      { header: '规则', width: 18 },
      { header: '说明', width: 80 },
    ];
    const failures = workbook.addWorksheet('无法读取的文件');
    failures.columns = [
      { header: '文件', width: 36 },
      { header: '原因', width: 80 },
    ];
    for (const sheet of [summary, findingsSheet, failures]) {
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
    }

    // Text from submissions is written as string cells, which Excel never evaluates (`=…` stays text).
    // Each file comes back as its summary rows only (from a worker, or checked here when jobs is 1), in the
    // files' order: memory stays flat however many files there are.
    if (files[0]) progress(io, 0, files.length, relative(dir, files[0]));
    await summarizeFiles(files, dir, { jobs, ...(profile ? { profile } : {}) }, (file) => {
      done++;
      progress(io, done, files.length, file.name);
      if (file.error) {
        unreadable++;
        failures.addRow([file.name, file.error]).commit();
        return;
      }
      for (const form of file.forms) {
        formCount++;
        errors += form.errors;
        summary
          .addRow([
            file.name,
            form.sheet,
            form.unit,
            KIND_NAMES[form.kind],
            form.rate,
            form.score,
            form.total,
            form.grade,
            form.errors,
            form.warnings,
            form.deviations,
          ])
          .commit();
        for (const f of form.findings)
          findingsSheet
            .addRow([file.name, f.sheet, f.cell, SEVERITY_NAMES[f.severity], f.rule, f.message])
            .commit();
      }
    });
    progress(io, files.length, files.length, '');
    io.stderr('\n');
    if (unreadable === 0) failures.addRow(['（无）', '']).commit();
    for (const sheet of [summary, findingsSheet, failures]) sheet.commit();
    await Promise.race([workbook.commit(), writeFailed]);
    await rename(temporary, out).catch((error: unknown) => {
      throw new OutputError(out, error);
    });
  } catch (error) {
    sink.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
  io.stdout(
    `已检查 ${String(files.length)} 个文件、${String(formCount)} 张表；错误 ${String(errors)} 个；无法读取 ${String(unreadable)} 个。\n汇总表：${out}\n`,
  );
  if (unreadable > 0) return 2;
  return errors > 0 ? 1 : 0;
}
