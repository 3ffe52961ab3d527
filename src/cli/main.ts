import { OutputError, OutputExistsError } from '../hosts/xlsx/save';
import { HelpRequested, option, parseArgs, UsageError } from './args';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkFile, checkJson, type FileCheck } from './check-files';
import { checkCopyTargets, writeFixedCopy } from './fix';
import type { CliIo } from './io';
import { checkFiles, parseJobs } from './pool';
import { resolveProfile } from './profile';
import { findWorkbooks, reviewCommand } from './review-dir';
import { templateCommand } from './template';
import { textReport } from './text-report';

const TEMPLATE_HELP = `  jixiao template [--kind project|overall|basic|all] [--profile 名称|配置.json] [--unit 单位名称]
                  [--year 年度] [--project 项目名称 …] [--rows 每个二级指标行数] [--special-rows 专项行数]
                  [--bureau 下发单位] [--notice 通知文号] [--deadline 报送截止] [--example]
                  [--out 文件或文件夹] [--force]
      生成可直接下发的标准模板：填报说明、基础数据表（附件1）、整体支出绩效自评表（附件2）、项目支出绩效
      自评表（附件3），与官方表格同样的用语和合并单元格，带公式（执行率、得分、总分、等级，含配置的限分
      规则）、数据校验和中文提示、偏差原因提示和 A4 横向打印设置；合计公式包含在表中任意位置插入的行。
      --rows 每个二级指标的空行数（默认 3）；--special-rows 区级专项资金的空行数（默认 15）；
      --example 生成填好示例数据的“填报示例”。不加任何选项时在当前文件夹生成全国通用模板。
`;

const CHECK_HELP = `  jixiao check 文件或文件夹… [--profile 名称|配置.json] [--json] [--fix 输出文件夹] [--jobs N] [--force]
      检查自评表：识别工作簿中的项目支出/整体支出绩效自评表和基础数据表，计算执行率、得分、总分和等级，
      按规则逐项检查，列出每个问题所在的单元格。给出文件夹时逐一检查其中（含子文件夹）的每个电子表格。
      --fix 把每个文件另存一份到输出文件夹：填写空白或错误的执行率、执行率得分、总分和等级（绿色底色，
      批注写明原值），并在每个问题单元格上标色、加批注；副本只改动这些单元格，图表、图片、宏等其余内容
      原样保留；原文件不会被改动。
`;

const REVIEW_HELP = `  jixiao review 文件夹 --out 汇总.xlsx [--profile 名称|配置.json] [--jobs N] [--force]
      批量审核：检查文件夹（含子文件夹）中的每个电子表格，生成汇总表：每张表一行（主管部门、单位、项目、
      预算数、执行数、执行率、执行率得分、总分、等级、问题数），问题最多的排在最前，带筛选、冻结表头和打印
      设置；“统计”按等级汇总并列出最常见的问题；“问题清单”逐条列出问题并链接到文件；“文件清单”逐一
      列出每个文件：已检查、未找到自评表（列出其中的工作表）、无法读取（说明原因）或未检查的其他文件。
      个别文件损坏不影响其余文件。
`;

const COMMON_HELP = `--jobs N：同时检查 N 个文件（多线程），结果顺序不变；check 默认 1，review 在 4 核及以上的电脑上默认
      用多个线程（最多 4 个），2 核电脑上默认 1 个（多线程在那里并不更快）。加 --fix 时逐个文件处理。
--force：输出文件（模板、汇总表、--fix 的副本）已存在时覆盖它；不加时不会覆盖任何已有文件。
--help、-h：显示该命令的说明。

配置（--profile）：national（默认，财政部）、hunan、hebei-local、guangxi、sichuan，或财政局提供的 .json 配置文件。

退出码：0 没有错误；1 至少一个错误级问题；2 文件无法读取、没有可检查的文件或用法有误。
`;

export const USAGE = `绩效自评助手命令行 jixiao

用法：
${TEMPLATE_HELP}${CHECK_HELP}${REVIEW_HELP}
${COMMON_HELP}`;

/** Each command's own help (`jixiao check --help`). */
const HELP: Readonly<Record<string, string>> = {
  template: `用法：\n${TEMPLATE_HELP}\n${COMMON_HELP}`,
  check: `用法：\n${CHECK_HELP}\n${COMMON_HELP}`,
  review: `用法：\n${REVIEW_HELP}\n${COMMON_HELP}`,
};

/** Exit codes of the command line (issue contract). */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

/** The files to check: each folder given stands for the spreadsheets in it (and in its sub-folders). */
async function expandFolders(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    const isFolder = await stat(full).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      files.push(full);
      continue;
    }
    const { workbooks } = await findWorkbooks(full, '');
    if (workbooks.length === 0)
      throw new UsageError(`文件夹“${path}”中没有可检查的电子表格文件（.xlsx 等）。`);
    files.push(...workbooks);
  }
  return files;
}

async function check(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['profile', 'fix', 'jobs'], ['json', 'force']);
  if (args.positionals.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件。');
  const jobs = parseJobs(option(args, 'jobs'), 1);
  const profile = await resolveProfile(option(args, 'profile'));
  const fixDir = option(args, 'fix');
  const force = option(args, 'force') !== undefined;
  const files = await expandFolders(args.positionals, io.cwd);
  // Said before any file is checked: a copy would replace an original or an earlier copy.
  if (fixDir !== undefined) await checkCopyTargets(files, resolve(io.cwd, fixDir), force);
  const checks: FileCheck[] = [];
  const changes: string[] = [];
  if (fixDir === undefined)
    await checkFiles(files, { jobs, ...(profile ? { profile } : {}) }, (checked) => {
      checks.push(checked);
    });
  // --fix writes each copy from the loaded workbook, so it stays in this thread, one file at a time.
  else
    for (const file of files) {
      const { forCopy, ...checked } = await checkFile(file, profile, true);
      changes.push(
        ...(await writeFixedCopy(
          { ...checked, ...(forCopy ? { forCopy } : {}) },
          resolve(io.cwd, fixDir),
          force,
        )),
      );
      // What the copy was made from is let go before the next file.
      checks.push(checked);
    }
  if (option(args, 'json')) io.stdout(`${JSON.stringify(checkJson(checks), null, 2)}\n`);
  else io.stdout(textReport(checks));
  if (fixDir !== undefined) (option(args, 'json') ? io.stderr : io.stdout)(`${changes.join('\n')}\n`);
  // A file with no form was not checked at all: that is never a clean result.
  if (checks.some((c) => c.error !== null || c.forms.length === 0)) return EXIT.failure;
  const errors = checks.some((c) =>
    c.forms.some((f) => f.findings.some((finding) => finding.severity === 'error')),
  );
  return errors ? EXIT.findings : EXIT.ok;
}

/** Runs `jixiao`; returns the exit code (only bin sets process.exitCode). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'template':
        return await templateCommand(rest, io);
      case 'review':
        return await reviewCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? EXIT.failure : EXIT.ok;
      default:
        throw new UsageError(`不认识的命令“${command}”。`);
    }
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout(HELP[command ?? ''] ?? USAGE);
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT.failure;
    }
    if (error instanceof OutputError || error instanceof OutputExistsError) {
      io.stderr(`${error.message}\n`);
      return EXIT.failure;
    }
    // Anything else is our bug: say so plainly, without a stack trace.
    io.stderr(`出错了：${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
