import { option, parseArgs, UsageError } from './args';
import { checkFile, checkJson } from './check-files';
import type { CliIo } from './io';
import { resolveProfile } from './profile';
import { textReport } from './text-report';

export const USAGE = `绩效自评助手命令行 jixiao

用法：
  jixiao check 文件.xlsx… [--profile 名称|配置.json] [--json]
      检查自评表：识别工作簿中的项目支出/整体支出绩效自评表和基础数据表，计算执行率、得分、总分和等级，
      按规则逐项检查，列出每个问题所在的单元格。

配置（--profile）：national（默认，财政部）、hunan、hebei-local、guangxi、sichuan，或财政局提供的 .json 配置文件。

退出码：0 没有错误；1 至少一个错误级问题；2 文件无法读取或用法有误。
`;

/** Exit codes of the command line (issue contract). */
export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

async function check(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['profile'], ['json']);
  if (args.positionals.length === 0) throw new UsageError('请给出要检查的 .xlsx 文件。');
  const profile = await resolveProfile(option(args, 'profile'));
  const checks = [];
  for (const file of args.positionals) checks.push(await checkFile(file, profile));
  if (option(args, 'json')) io.stdout(`${JSON.stringify(checkJson(checks), null, 2)}\n`);
  else io.stdout(textReport(checks));
  if (checks.some((c) => c.error !== null)) return EXIT.failure;
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
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT.failure;
    }
    // Anything else is our bug: say so plainly, without a stack trace.
    io.stderr(`出错了：${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
