import ExcelJS from 'exceljs';
import { RULES } from '../../src/domain/rules';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { buildFixtures, layoutsToXlsx } from '../fixtures/build-fixtures';
import { seed004Attachment2 } from '../fixtures/seed-layouts';

let dir: string;
let fixtures: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-cmd-'));
  fixtures = join(dir, 'fixtures');
  await buildFixtures(fixtures);
});

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)).buffer);
  return workbook;
}

const sha = async (path: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('jixiao template', () => {
  it('writes the national pack into the current folder when given no options', async () => {
    const cwd = await mkdtemp(join(dir, 'tpl-'));
    const { code, stdout } = await run(cwd, 'template');
    expect(code).toBe(0);
    const files = await readdir(cwd);
    expect(files).toEqual([`绩效自评模板-${String(new Date().getFullYear() - 1)}-national.xlsx`]);
    const workbook = await load(join(cwd, files[0] ?? ''));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '填报说明',
      '基础数据表',
      '整体支出绩效自评表',
      '项目支出绩效自评表',
      '_绩效自评助手',
    ]);
    expect(stdout).toContain('全国通用');
  });

  it('builds one 项目支出 sheet per project, with the unit, year and profile asked for', async () => {
    const out = join(dir, '某局模板.xlsx');
    const { code } = await run(
      dir,
      'template',
      '--kind',
      'project',
      '--project',
      '社区建设',
      '--project',
      '环境整治',
      '--unit',
      '某某街道',
      '--year',
      '2024',
      '--profile',
      'hebei-local',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const workbook = await load(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '填报说明',
      '社区建设',
      '环境整治',
      '_绩效自评助手',
    ]);
    expect(workbook.getWorksheet('社区建设')?.getCell('A2').value).toBe('2024年度项目支出绩效自评表');
    const checked = await run(dir, 'check', out, '--json');
    expect((JSON.parse(checked.stdout) as { files: { profile: string }[] }).files[0]?.profile).toBe(
      'hebei-local',
    );
  });

  it('takes the rows per 二级指标, the bureau’s notice and the example asked for', async () => {
    const out = join(dir, '示例.xlsx');
    const { code } = await run(
      dir,
      'template',
      '--kind',
      'project',
      '--rows',
      '4',
      '--bureau',
      '某某市财政局',
      '--notice',
      '某财绩〔2025〕3号',
      '--deadline',
      '2025年3月31日',
      '--example',
      '--out',
      out,
    );
    expect(code).toBe(0);
    const workbook = await load(out);
    const sheet = workbook.getWorksheet('项目支出绩效自评表');
    expect(sheet?.getCell('A3').value).toBe(
      '下发单位：某某市财政局　　通知文号：某财绩〔2025〕3号　　报送截止：2025年3月31日',
    );
    const checked = JSON.parse((await run(dir, 'check', out, '--json')).stdout) as {
      files: { forms: { indicators: number }[] }[];
    };
    expect(checked.files[0]?.forms.length).toBe(1);
    expect((await run(dir, 'template', '--rows', '0')).stderr).toContain('--rows');
  });

  it('refuses a bad kind or year with a usage error', async () => {
    expect((await run(dir, 'template', '--kind', 'everything')).code).toBe(2);
    expect((await run(dir, 'template', '--year', '24')).stderr).toContain('--year');
  });
});

describe('jixiao review', () => {
  it('summarises a folder with a broken file in it, listing that file', async () => {
    const folder = join(dir, 'submissions');
    await mkdir(join(folder, '街道'), { recursive: true });
    for (const file of (await readdir(fixtures)).filter((f) => f.startsWith('seed-004-')))
      await writeFile(join(folder, '街道', file), await readFile(join(fixtures, file)));
    await writeFile(join(folder, '损坏.xlsx'), 'PK\u0003\u0004 truncated');
    const hostile = seed004Attachment2();
    hostile.rows[1] = ['预算单位名称', '=HYPERLINK("http://example.invalid","点我")'];
    await writeFile(join(folder, '注入.xlsx'), new Uint8Array(await layoutsToXlsx([hostile])));
    const out = join(dir, '汇总.xlsx');
    const { code, stdout, stderr } = await run(dir, 'review', folder, '--out', out);
    expect(code).toBe(2);
    expect(stderr).toContain('4/4');
    expect(stdout).toContain('已检查 4 个文件');
    const summary = await load(out);
    const rows = summary.getWorksheet('汇总')?.getSheetValues().filter(Boolean) ?? [];
    expect(rows).toHaveLength(1 + 4); // header, 附件1 + 附件2, text numbers' 附件2, the injected form
    const list = summary.getWorksheet('文件清单');
    const broken = list?.getRows(2, 4)?.find((row) => row.getCell(1).text === '损坏.xlsx');
    expect(broken?.getCell(2).text).toBe('无法读取');
    expect(broken?.getCell(3).text).toMatch(/损坏|格式不正确/);
    expect(summary.getWorksheet('问题清单')?.rowCount).toBeGreaterThan(5);
    // A submission's `=…` text stays text in the summary.
    const injected = summary
      .getWorksheet('汇总')
      ?.getRows(2, 4)
      ?.find((row) => row.getCell(1).text === '注入.xlsx');
    // 单位 in a column of its own, and a submission's `=…` text stays text in the summary.
    expect(summary.getWorksheet('汇总')?.getCell('E1').text).toBe('单位');
    expect(summary.getWorksheet('汇总')?.getCell('B2').text).toBe('xlsx');
    expect(injected?.getCell(5).value).toBe('=HYPERLINK("http://example.invalid","点我")');
    expect(injected?.getCell(5).formula).toBeUndefined();
    // Written as a stream into a temporary file, renamed when complete: nothing else is left beside it.
    expect((await readdir(dir)).filter((name) => name.includes('汇总'))).toEqual(['汇总.xlsx']);
  });

  it('hands on a summary a bureau can use: worst first, filter, frozen header, print setup, 统计, links', async () => {
    const folder = join(dir, 'mixed');
    await mkdir(folder, { recursive: true });
    for (const file of (await readdir(fixtures)).filter((f) => /^(seed|planted)-/.test(f)))
      await writeFile(join(folder, file), await readFile(join(fixtures, file)));
    const out = join(dir, '报告', '汇总-mixed.xlsx');
    const { code } = await run(dir, 'review', folder, '--out', out);
    expect(code).toBeLessThanOrEqual(1);
    const summary = await load(out);
    expect(summary.worksheets.map((s) => s.name)).toEqual(['汇总', '统计', '问题清单', '文件清单']);
    const sheet = summary.getWorksheet('汇总');
    if (!sheet) throw new Error('no 汇总');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['主管部门', '单位', '项目', '预算数（万元）', '执行数（万元）']),
    );
    const errors = header.indexOf('错误') + 1;
    const counts =
      sheet.getRows(2, sheet.rowCount - 1)?.map((row) => Number(row.getCell(errors).value)) ?? [];
    expect(counts.length).toBeGreaterThan(3);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, paperSize: 9 });
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    const stats = summary.getWorksheet('统计');
    const labels = stats?.getColumn(1).values.map(String) ?? [];
    expect(labels).toEqual(
      expect.arrayContaining(['平均执行率', '偏差未说明原因的表', '等级', '最常见的问题']),
    );
    const link = summary.getWorksheet('问题清单')?.getCell('A2').value as { hyperlink?: string } | undefined;
    expect(link?.hyperlink).toMatch(/^\.\.\/mixed\/.+\.xlsx$/);
  });

  it('says at once, in one sentence, when the summary cannot be written, before checking anything', async () => {
    // A folder cannot be made where a file of that name stands.
    await writeFile(join(dir, '一个文件'), '');
    const out = join(dir, '一个文件', '汇总.xlsx');
    const { code, stdout, stderr } = await run(dir, 'review', fixtures, '--out', out);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^无法写入“.*”（E[A-Z]+）：请确认文件夹存在、有写入权限，且该文件没有在 Excel 中打开。\n$/,
    );
  });

  it('makes the output folder when it does not exist yet', async () => {
    const out = join(dir, '新文件夹', '汇总.xlsx');
    const { code } = await run(dir, 'review', fixtures, '--out', out);
    expect([0, 1, 2]).toContain(code);
    expect(await readdir(join(dir, '新文件夹'))).toEqual(['汇总.xlsx']);
  });
});

describe('jixiao template', () => {
  it('says in one sentence when the file cannot be written, and leaves nothing behind', async () => {
    await writeFile(join(dir, '另一个文件'), '');
    const out = join(dir, '另一个文件', '模板.xlsx');
    const { code, stderr } = await run(dir, 'template', '--out', out);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^无法写入“.*”（E[A-Z]+）：请确认文件夹存在、有写入权限，且该文件没有在 Excel 中打开。\n$/,
    );
  });
});

describe('jixiao check --fix', () => {
  it('writes a filled and marked copy, never touching the input or any other cell', async () => {
    const input = join(fixtures, 'seed-004-pasted-word.xlsx');
    const before = await sha(input);
    const outDir = join(dir, 'fixed');
    const { code, stdout } = await run(dir, 'check', input, '--fix', outDir);
    expect(code).toBe(1);
    expect(await sha(input)).toBe(before);
    expect(stdout).toContain('附件2!G4 执行率：10% → 100.00%');

    const original = await load(input);
    const copy = await load(join(outDir, 'seed-004-pasted-word.xlsx'));
    const g4 = copy.getWorksheet('附件2')?.getCell('G4');
    expect(g4?.value).toBe(1);
    expect(g4?.numFmt).toBe('0.00%');
    // The filled cell is marked as filled, with what it held before; no finding holds there any more.
    const g4Note = g4?.note;
    const g4Text = typeof g4Note === 'string' ? g4Note : (g4Note?.texts?.map((t) => t.text).join('') ?? '');
    expect(g4Text).toContain('已填写计算值 100.00%（原为 10%）');
    expect(g4Text).not.toContain('执行率填写为');
    const marked = new Set<string>();
    copy.worksheets.forEach((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => (cell.note ? marked.add(`${sheet.name}!${cell.address}`) : undefined)),
      ),
    );
    expect(marked.has('附件2!D4')).toBe(true);
    // The notes and the report speak of problems by name, never by a rule's id.
    const notes: string[] = [];
    copy.worksheets.forEach((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const note = cell.note;
          if (note)
            notes.push(typeof note === 'string' ? note : (note.texts?.map((t) => t.text).join('') ?? ''));
        }),
      ),
    );
    const ids = RULES.map((rule) => rule.id);
    expect(ids.filter((id) => notes.some((note) => note.includes(id)))).toEqual([]);
    expect(ids.filter((id) => stdout.includes(id))).toEqual([]);
    // Cell by cell: values everywhere but the fixed cell; styles everywhere but the marked cells.
    for (const sheet of original.worksheets) {
      const other = copy.getWorksheet(sheet.name);
      sheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const twin = other?.getCell(cell.address);
          const key = `${sheet.name}!${cell.address}`;
          if (key !== '附件2!G4') expect({ key, value: twin?.value }).toEqual({ key, value: cell.value });
          if (!marked.has(key)) expect({ key, style: twin?.style }).toEqual({ key, style: cell.style });
        }),
      );
    }
  });

  it('is idempotent, and the copy passes the computed-cell rules', async () => {
    const once = join(dir, 'once');
    const twice = join(dir, 'twice');
    await run(dir, 'check', join(fixtures, 'seed-004-attachment2-text-numbers.xlsx'), '--fix', once);
    const second = await run(
      dir,
      'check',
      join(once, 'seed-004-attachment2-text-numbers.xlsx'),
      '--fix',
      twice,
      '--json',
    );
    const report = JSON.parse(second.stdout) as { files: { forms: { findings: { rule: string }[] }[] }[] };
    const rules = report.files[0]?.forms.flatMap((f) => f.findings.map((x) => x.rule)) ?? [];
    expect(rules.filter((r) => ['exec-rate', 'exec-score', 'score-total'].includes(r))).toEqual([]);
    expect(second.stderr).toContain('填写 0 处');
    // fix(fix(x)) = fix(x), cell by cell: values, styles and notes.
    const first = await load(join(once, 'seed-004-attachment2-text-numbers.xlsx'));
    const again = await load(join(twice, 'seed-004-attachment2-text-numbers.xlsx'));
    first.worksheets.forEach((sheet) =>
      sheet.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const twin = again.getWorksheet(sheet.name)?.getCell(cell.address);
          expect({ at: cell.address, value: twin?.value, style: twin?.style, note: twin?.note }).toEqual({
            at: cell.address,
            value: cell.value,
            style: cell.style,
            note: cell.note,
          });
        }),
      ),
    );
  });

  it('refuses to write the copy over its input', async () => {
    const { code, stderr } = await run(
      dir,
      'check',
      join(fixtures, 'seed-004-pasted-word.xlsx'),
      '--fix',
      fixtures,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('不能是原文件所在的文件夹');
  });
});
