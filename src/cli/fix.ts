import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { toA1 } from '../domain';
import { checkedCopy } from '../forms/copy';
import { describeFix } from '../forms/fixes';
import { NODE_CODEC } from '../hosts/xlsx/load';
import { patchWorkbook } from '../hosts/xlsx/patch';
import { OutputError, refuseExisting, writeFileAtomically } from '../hosts/xlsx/save';
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
    if (resolve(out) === resolve(file))
      throw new UsageError('--fix 的输出文件夹不能是原文件所在的文件夹：原文件不会被覆盖。');
    await refuseExisting(out, overwrite);
  }
}

/**
 * Writes the checked copy of a file into `dir`: the original package with only the filled and marked cells
 * changed (see patch.ts). Returns the lines that say what was done.
 */
export async function writeFixedCopy(check: FileCheck, dir: string, overwrite = false): Promise<string[]> {
  if (check.error || !check.forCopy || check.forms.length === 0) return [];
  const { grids, source, check: checked } = check.forCopy;
  const out = copyPath(check.file, dir);
  const copy = checkedCopy(grids, checked);
  const patched = await patchWorkbook(source, copy.edits, NODE_CODEC);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new OutputError(dir, error);
  });
  await writeFileAtomically(out, patched.bytes, { overwrite });
  const marked = copy.marks.filter((mark) => mark.tone !== 'filled').length;
  const converted = check.format !== undefined && check.format !== 'xlsx' && check.format !== 'xlsm';
  return [
    `已另存：${out}（填写 ${String(copy.fixes.length)} 处，标记 ${String(marked)} 处）`,
    ...(converted
      ? [`  原文件为 .${check.format}，副本存为 .xlsx，保留了内容和合并单元格，未保留原有格式。`]
      : []),
    ...copy.fixes.map((fix) => `  ${describeFix(fix, toA1(fix.cell))}`),
    ...patched.notesSkipped.map(
      ({ sheet, cell }) => `  ${sheet}!${toA1(cell)} 有会话式批注，未加说明，只标了底色。`,
    ),
  ];
}
