import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { NATIONAL, type FormKind } from '../domain';
import { buildTemplates } from '../forms/templates';
import { OutputError, refuseExisting, writeFileAtomically } from '../hosts/xlsx/save';
import { writeWorkbookPlan } from '../hosts/xlsx/write';
import { option, parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import { resolveProfile } from './profile';

const KINDS: Readonly<Record<string, readonly FormKind[]>> = {
  project: ['project'],
  overall: ['overall'],
  basic: ['basic'],
  all: ['basic', 'overall', 'project'],
};

/** A whole number option within its bounds, or undefined when not given. */
function count(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(`${name} 应为 ${String(min)} 到 ${String(max)} 之间的整数，而不是“${text}”。`);
  return value;
}

/** `jixiao template`: writes a template pack (the national one into the current folder by default). */
export async function templateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(
    argv,
    [
      'kind',
      'profile',
      'unit',
      'year',
      'project',
      'out',
      'rows',
      'special-rows',
      'bureau',
      'notice',
      'deadline',
    ],
    ['force', 'example'],
  );
  const force = option(args, 'force') !== undefined;
  if (args.positionals.length > 0) throw new UsageError(`多余的参数：${args.positionals.join(' ')}`);
  const kinds = new Set<FormKind>();
  for (const kind of args.options.get('kind') ?? ['all']) {
    const chosen = KINDS[kind];
    if (!chosen) throw new UsageError(`--kind 应为 project、overall、basic 或 all，而不是“${kind}”。`);
    for (const k of chosen) kinds.add(k);
  }
  const yearText = option(args, 'year');
  const year = yearText === undefined ? new Date().getFullYear() - 1 : Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UsageError('--year 应为四位年份，如 2024。');
  const rows = count(option(args, 'rows'), '--rows', 1, 50);
  const specialRows = count(option(args, 'special-rows'), '--special-rows', 1, 200);
  const example = option(args, 'example') !== undefined;
  const issuer = {
    ...(option(args, 'bureau') ? { bureau: option(args, 'bureau') } : {}),
    ...(option(args, 'notice') ? { notice: option(args, 'notice') } : {}),
    ...(option(args, 'deadline') ? { deadline: option(args, 'deadline') } : {}),
  };
  const profile = (await resolveProfile(option(args, 'profile'))) ?? NATIONAL;
  const unit = option(args, 'unit');
  const projects = [...(args.options.get('project') ?? [])];

  const fileName = `绩效自评${example ? '填报示例' : '模板'}-${unit ? `${unit}-` : ''}${String(year)}-${profile.id}.xlsx`;
  const out = option(args, 'out');
  let path = resolve(io.cwd, out ?? fileName);
  if (out && !/\.xlsx$/i.test(out)) {
    const isDirectory = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDirectory) throw new UsageError(`--out 应为 .xlsx 文件名或已存在的文件夹：${out}`);
    path = join(path, fileName);
  }
  // A filled-in template of the same name is never replaced: said before anything is built.
  await refuseExisting(path, force);
  await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
    throw new OutputError(path, error);
  });

  const plan = buildTemplates({
    kinds: [...kinds],
    profile,
    year,
    projects,
    example,
    issuer,
    ...(unit ? { unit } : {}),
    ...(rows === undefined ? {} : { rowsPerLevel2: rows }),
    ...(specialRows === undefined ? {} : { specialRows }),
  });
  // Required here, not at start-up: `jixiao check` never loads ExcelJS.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '绩效自评助手';
  await writeWorkbookPlan(workbook, plan);
  await writeFileAtomically(path, new Uint8Array(await workbook.xlsx.writeBuffer()), { overwrite: force });
  const sheets = plan.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.sheet);
  io.stdout(
    `已生成模板：${path}\n  配置：${profile.name}（${profile.id}）\n  工作表：${sheets.join('、')}\n`,
  );
  return 0;
}
