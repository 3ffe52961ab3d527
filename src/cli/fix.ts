import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { toA1 } from '../domain';
import { computedFixes, describeFix, findingMarks } from '../forms/fixes';
import { annotateWorkbook } from '../hosts/xlsx/annotate';
import { saveWorkbookAtomically } from '../hosts/xlsx/save';
import { UsageError } from './args';
import type { FileCheck } from './check-files';

/** Writes the fixed and marked copy of a checked file into `dir`; returns the list of changes made. */
export async function writeFixedCopy(check: FileCheck, dir: string): Promise<string[]> {
  if (check.error || !check.workbook) return [];
  const out = join(dir, basename(check.file));
  if (resolve(out) === resolve(check.file))
    throw new UsageError('--fix 的输出文件夹不能是原文件所在的文件夹：原文件不会被覆盖。');
  const fixes = check.forms.flatMap(computedFixes);
  const marks = findingMarks(check.forms.flatMap((form) => form.findings));
  annotateWorkbook(check.workbook, fixes, marks);
  await mkdir(dir, { recursive: true });
  await saveWorkbookAtomically(check.workbook, out, check.source ?? null);
  return [
    `已另存：${out}（填写 ${String(fixes.length)} 处，标记 ${String(marks.length)} 处）`,
    ...fixes.map((fix) => `  ${describeFix(fix, toA1(fix.cell))}`),
  ];
}
