import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { toA1 } from '../domain';
import { checkedCopy } from '../forms/copy';
import { shownFixValue, type CellFix } from '../forms/fixes';
import { NODE_CODEC } from '../hosts/xlsx/load';
import { patchWorkbook } from '../hosts/xlsx/patch';
import { OutputError, refuseExisting, writeFileAtomically } from '../hosts/xlsx/save';
import { formatMessage, said, type Locale } from '../messages';
import { UsageError } from './args';
import type { FileCheck } from './check-files';

/** The copy's name in the output folder: the original's name, as .xlsx. */
export function copyPath(file: string, dir: string): string {
  return join(dir, basename(file).replace(/\.[^.]*$/, '') + '.xlsx');
}

/** Refuses, before any work, a --fix folder that would overwrite an original or an existing copy. */
export async function checkCopyTargets(
  files: readonly string[],
  dir: string,
  overwrite: boolean,
): Promise<void> {
  for (const file of files) {
    const out = copyPath(file, dir);
    if (resolve(out) === resolve(file)) throw new UsageError(said('cli.fix.same-folder'));
    await refuseExisting(out, overwrite);
  }
}

/** How a fix reads in the change list: `附件2!G4 执行率：10% → 100.00%`. */
function describeFix(fix: CellFix, locale: Locale): string {
  const before = fix.before === '' ? formatMessage('cli.fix.empty', {}, locale) : fix.before;
  const data = { place: `${fix.sheet}!${toA1(fix.cell)}`, before, after: shownFixValue(fix) };
  return formatMessage(`cli.fix.${fix.field}`, data, locale);
}

/**
 * Writes the checked copy of a file into `dir`: the original package with only the filled and marked cells
 * changed (see patch.ts). Returns the lines that say what was done, in `locale`.
 */
export async function writeFixedCopy(
  check: FileCheck,
  dir: string,
  overwrite = false,
  locale: Locale = 'zh-CN',
): Promise<string[]> {
  if (check.error || !check.forCopy || check.forms.length === 0) return [];
  const { grids, source, check: checked } = check.forCopy;
  const out = copyPath(check.file, dir);
  const copy = checkedCopy(grids, checked, locale);
  const patched = await patchWorkbook(source, copy.edits, NODE_CODEC);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new OutputError(dir, error);
  });
  await writeFileAtomically(out, patched.bytes, { overwrite });
  const marked = copy.marks.filter((mark) => mark.tone !== 'filled').length;
  const converted = check.format !== undefined && check.format !== 'xlsx' && check.format !== 'xlsm';
  const say = (line: string): string => `  ${line}`;
  return [
    formatMessage('cli.fix.saved', { path: out, filled: copy.fixes.length, marked }, locale),
    ...(converted ? [say(formatMessage('cli.fix.converted', { format: check.format ?? '' }, locale))] : []),
    ...copy.fixes.map((fix) => say(describeFix(fix, locale))),
    ...patched.notesSkipped.map(({ sheet, cell }) =>
      say(formatMessage('cli.fix.threaded-comment', { place: `${sheet}!${toA1(cell)}` }, locale)),
    ),
  ];
}
