import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { NATIONAL, type FormKind, type Profile } from '../domain';
import { buildTemplates, type TemplateOptions } from '../forms/templates';
import { OutputError, refuseExisting, writeFileAtomically } from '../hosts/xlsx/save';
import { writeWorkbookPlan } from '../hosts/xlsx/write';
import { formatMessage, said, type Locale } from '../messages';
import { option, parseArgs, UsageError, type ParsedArgs } from './args';
import type { CliIo } from './io';
import { plainList } from './layout';
import { resolveProfile } from './profile';

const KINDS: Readonly<Record<string, readonly FormKind[]>> = {
  project: ['project'],
  overall: ['overall'],
  basic: ['basic'],
  all: ['basic', 'overall', 'project'],
};

const VALUED = [
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
];

/** A whole number option within its bounds, or undefined when not given. */
function count(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UsageError(said('cli.template.count', { option: name, min, max, value: text }));
  return value;
}

/** The kinds asked for with --kind (all of them by default). */
function kindsOf(args: ParsedArgs): FormKind[] {
  const kinds = new Set<FormKind>();
  for (const kind of args.options.get('kind') ?? ['all']) {
    const chosen = KINDS[kind];
    if (!chosen) throw new UsageError(said('cli.template.kind', { value: kind }));
    for (const k of chosen) kinds.add(k);
  }
  return [...kinds];
}

/** --year, last year by default. */
function yearOf(args: ParsedArgs): number {
  const yearText = option(args, 'year');
  const year = yearText === undefined ? new Date().getFullYear() - 1 : Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(said('cli.template.year'));
  return year;
}

/** What the pack is built from, but the profile. */
type PackOptions = Omit<TemplateOptions, 'profile'> & { readonly year: number };

/** The options of the pack, checked in the order they are listed in the help. */
function packOptions(args: ParsedArgs): PackOptions {
  const rows = count(option(args, 'rows'), '--rows', 1, 50);
  const specialRows = count(option(args, 'special-rows'), '--special-rows', 1, 200);
  const unit = option(args, 'unit');
  const issuer = {
    ...(option(args, 'bureau') ? { bureau: option(args, 'bureau') } : {}),
    ...(option(args, 'notice') ? { notice: option(args, 'notice') } : {}),
    ...(option(args, 'deadline') ? { deadline: option(args, 'deadline') } : {}),
  };
  return {
    kinds: kindsOf(args),
    year: yearOf(args),
    projects: [...(args.options.get('project') ?? [])],
    example: option(args, 'example') !== undefined,
    issuer,
    ...(unit ? { unit } : {}),
    ...(rows === undefined ? {} : { rowsPerLevel2: rows }),
    ...(specialRows === undefined ? {} : { specialRows }),
  };
}

/** Where the pack goes: --out as a file, or the pack's own name in --out's folder (the current one by default). */
async function outputPath(
  out: string | undefined,
  options: PackOptions & { readonly profile: Profile },
  io: CliIo,
  locale: Locale,
): Promise<string> {
  const { year, profile, unit } = options;
  const name = { year, profile: profile.id, ...(unit ? { unit } : {}) };
  const id = options.example ? 'cli.template.example-file-name' : 'cli.template.file-name';
  const fileName = formatMessage(id, name, locale);
  const path = resolve(io.cwd, out ?? fileName);
  if (!out || /\.xlsx$/i.test(out)) return path;
  const isDirectory = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory) throw new UsageError(said('cli.template.out', { out }));
  return join(path, fileName);
}

/** `jixiao template`: writes a template pack (the national one into the current folder by default). */
export async function templateCommand(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  const args = parseArgs(argv, VALUED, ['force', 'example']);
  const force = option(args, 'force') !== undefined;
  if (args.positionals.length > 0)
    throw new UsageError(said('cli.args.extra', { arguments: args.positionals.join(' ') }));
  const pack = packOptions(args);
  const profile = (await resolveProfile(option(args, 'profile'), locale)) ?? NATIONAL;
  const options = { ...pack, profile };
  const path = await outputPath(option(args, 'out'), options, io, locale);
  // A filled-in template of the same name is never replaced: said before anything is built.
  await refuseExisting(path, force);
  await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
    throw new OutputError(path, error);
  });
  const plan = buildTemplates(options);
  // Required here, not at start-up: `jixiao check` never loads ExcelJS.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = formatMessage('cli.template.creator', {}, locale);
  await writeWorkbookPlan(workbook, plan);
  await writeFileAtomically(path, new Uint8Array(await workbook.xlsx.writeBuffer()), { overwrite: force });
  const sheets = plan.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.sheet);
  const done = { path, profile: profile.name, id: profile.id, sheets: plainList(sheets, locale) };
  io.stdout(`${formatMessage('cli.template.done', done, locale)}\n`);
  return 0;
}
