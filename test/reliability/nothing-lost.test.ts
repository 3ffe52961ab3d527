import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/forms/check';
import { toA1 } from '../../src/domain';
import { computedFixes, findingMarks } from '../../src/forms/fixes';
import { workbookGrids } from '../../src/hosts/xlsx/read';
import { FileWorkbookHost } from '../../src/hosts/xlsx/browser-host';
import { buildFixtures, FIXTURES } from '../fixtures/build-fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-lost-'));
  await buildFixtures(join(dir, 'in'));
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: () => undefined, cwd: dir });
  return { code, stdout };
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)).buffer);
  return workbook;
}

interface Snapshot {
  readonly value: unknown;
  readonly formula: unknown;
  readonly style: unknown;
  readonly note: unknown;
}

/** Every cell of every sheet: value, formula, style and note, by sheet!address. */
function snapshot(workbook: ExcelJS.Workbook): Map<string, Snapshot> {
  const cells = new Map<string, Snapshot>();
  for (const sheet of workbook.worksheets)
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) =>
        cells.set(`${sheet.name}!${cell.address}`, {
          value: cell.value,
          formula: cell.formula,
          style: JSON.parse(JSON.stringify(cell.style)) as unknown,
          note: cell.note,
        }),
      ),
    );
  return cells;
}

const FILES = Object.keys(FIXTURES);

describe('--fix changes only computed cells and marks, on every fixture', () => {
  it.each(FILES)('%s', async (file) => {
    const input = join(dir, 'in', file);
    const hash = createHash('sha256')
      .update(await readFile(input))
      .digest('hex');
    const { stdout } = await run('check', input, '--fix', join(dir, 'once'), '--json');
    expect(
      createHash('sha256')
        .update(await readFile(input))
        .digest('hex'),
    ).toBe(hash);
    const report = JSON.parse(stdout) as {
      files: { forms: { findings: { sheet: string; cell: string | null }[] }[] }[];
    };
    const marked = new Set(
      report.files[0]?.forms.flatMap((f) => f.findings.map((x) => `${x.sheet}!${x.cell ?? ''}`)),
    );

    const original = await load(input);
    const before = snapshot(original);
    const after = snapshot(await load(join(dir, 'once', file)));
    // The computed cells the fix may write: 执行率, 执行率得分, 总分, grade where empty or wrong.
    const fixed = new Set(
      checkWorkbook(workbookGrids(original))
        .forms.flatMap(computedFixes)
        .map((fix) => `${fix.sheet}!${toA1(fix.cell)}`),
    );
    for (const [key, cell] of after) {
      const was = before.get(key);
      const touched = marked.has(key) || fixed.has(key);
      if (!fixed.has(key)) expect({ key, value: cell.value }).toEqual({ key, value: was?.value ?? null });
      if (!touched)
        expect({ key, style: cell.style, note: cell.note }).toEqual({
          key,
          style: was?.style,
          note: was?.note,
        });
      expect({ key, formula: cell.formula }).toEqual({ key, formula: was?.formula });
    }
    for (const key of before.keys()) expect(after.has(key)).toBe(true);
  });
});

describe('fix is idempotent and leaves no computed-cell finding, on every fixture', () => {
  it.each(FILES)('%s', async (file) => {
    await run('check', join(dir, 'in', file), '--fix', join(dir, 'a'));
    const second = await run('check', join(dir, 'a', file), '--fix', join(dir, 'b'), '--json');
    const report = JSON.parse(second.stdout) as { files: { forms: { findings: { rule: string }[] }[] }[] };
    const rules = report.files[0]?.forms.flatMap((f) => f.findings.map((x) => x.rule)) ?? [];
    expect(rules.filter((rule) => ['exec-rate', 'exec-score', 'score-total'].includes(rule))).toEqual([]);
    const once = snapshot(await load(join(dir, 'a', file)));
    const twice = snapshot(await load(join(dir, 'b', file)));
    expect(twice).toEqual(once);
  });
});

describe('clearing marks in file mode restores fills and notes exactly', () => {
  it.each(FILES)('%s', async (file) => {
    const bytes = (await readFile(join(dir, 'in', file))).buffer;
    const host = await FileWorkbookHost.open(bytes, file);
    const before = snapshot(await load(join(dir, 'in', file)));
    const check = checkWorkbook(await host.readGrids());
    const marks = findingMarks(check.forms.flatMap((f) => f.findings));
    await host.mark(marks);
    await host.mark(marks);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(await host.toBytes());
    if (marks.length > 0) expect(snapshot(marked)).not.toEqual(before);
    await host.clearMarks();
    const cleared = new ExcelJS.Workbook();
    await cleared.xlsx.load(await host.toBytes());
    expect(snapshot(cleared)).toEqual(before);
  });
});
