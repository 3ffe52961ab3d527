import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Profile } from '../domain';
import { said, type Locale } from '../messages';
import { option, parseArgs, UsageError } from './args';
import { checkFile, checkJson, type FileCheck } from './check-files';
import { checkCopyTargets, writeFixedCopy } from './fix';
import { findWorkbooks } from './folder';
import type { CliIo } from './io';
import { checkFiles, parseJobs } from './pool';
import { resolveProfile } from './profile';
import { textReport } from './text-report';

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
    if (workbooks.length === 0) throw new UsageError(said('cli.check.empty-folder', { folder: path }));
    files.push(...workbooks);
  }
  return files;
}

/** The files checked (on `jobs` threads), in their order. */
async function checkAll(
  files: readonly string[],
  jobs: number,
  profile: Profile | undefined,
  locale: Locale,
): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  await checkFiles(files, { jobs, locale, ...(profile ? { profile } : {}) }, (checked) => {
    checks.push(checked);
  });
  return checks;
}

/**
 * --fix: each file checked in this thread, one at a time, its copy written from the loaded workbook before
 * the next is read.
 */
async function checkAndFix(
  files: readonly string[],
  fixDir: string,
  force: boolean,
  profile: Profile | undefined,
  locale: Locale,
): Promise<{ checks: FileCheck[]; changes: string[] }> {
  const checks: FileCheck[] = [];
  const changes: string[] = [];
  for (const file of files) {
    const { forCopy, ...checked } = await checkFile(file, profile, true, locale);
    const withCopy = { ...checked, ...(forCopy ? { forCopy } : {}) };
    changes.push(...(await writeFixedCopy(withCopy, fixDir, force, locale)));
    // What the copy was made from is let go before the next file.
    checks.push(checked);
  }
  return { checks, changes };
}

/** The exit code of a check: a file unread or without a form is never a clean result. */
function exitCode(checks: readonly FileCheck[]): number {
  if (checks.some((c) => c.error !== null || c.forms.length === 0)) return EXIT.failure;
  const errors = checks.some((c) =>
    c.forms.some((f) => f.findings.some((finding) => finding.severity === 'error')),
  );
  return errors ? EXIT.findings : EXIT.ok;
}

/** `jixiao check FILE… [--json] [--fix DIR]`: a report of every file, in `locale`. */
export async function checkCommand(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  const args = parseArgs(argv, ['profile', 'fix', 'jobs'], ['json', 'force']);
  if (args.positionals.length === 0) throw new UsageError(said('cli.check.no-files'));
  const jobs = parseJobs(option(args, 'jobs'), 1);
  const profile = await resolveProfile(option(args, 'profile'), locale);
  const fixOption = option(args, 'fix');
  const fixDir = fixOption === undefined ? undefined : resolve(io.cwd, fixOption);
  const force = option(args, 'force') !== undefined;
  const json = option(args, 'json') !== undefined;
  const files = await expandFolders(args.positionals, io.cwd);
  // Said before any file is checked: a copy would replace an original or an earlier copy.
  if (fixDir !== undefined) await checkCopyTargets(files, fixDir, force);
  const { checks, changes } =
    fixDir === undefined
      ? { checks: await checkAll(files, jobs, profile, locale), changes: [] }
      : await checkAndFix(files, fixDir, force, profile, locale);
  io.stdout(json ? `${JSON.stringify(checkJson(checks, locale), null, 2)}\n` : textReport(checks, locale));
  if (fixDir !== undefined) (json ? io.stderr : io.stdout)(`${changes.join('\n')}\n`);
  return exitCode(checks);
}
