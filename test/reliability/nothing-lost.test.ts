/**
 * Nothing is lost on the command line: inputs are never changed, outputs never replace an existing file
 * unless asked to, and every file given to `review` is accounted for. (What a copy may change is held over a
 * corpus of other producers' workbooks in test/copy.)
 */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { buildFixtures, FIXTURES } from '../fixtures/build-fixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-lost-'));
  await buildFixtures(join(dir, 'in'));
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

const hash = async (path: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

const FILES = Object.keys(FIXTURES);

describe('check --fix', () => {
  it.each(FILES)(
    'leaves %s as it was, and fixing the fixed copy again changes no computed cell',
    async (file) => {
      const input = join(dir, 'in', file);
      const before = await hash(input);
      await run('check', input, '--fix', join(dir, 'a'));
      expect(await hash(input)).toBe(before);
      const second = await run('check', join(dir, 'a', file), '--fix', join(dir, 'b'), '--json');
      const report = JSON.parse(second.stdout) as { files: { forms: { findings: { rule: string }[] }[] }[] };
      const rules = report.files[0]?.forms.flatMap((f) => f.findings.map((x) => x.rule)) ?? [];
      expect(rules.filter((rule) => ['exec-rate', 'exec-score', 'score-total'].includes(rule))).toEqual([]);
      // No rule ids reach the notes of the copy: people read the rules' names.
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load((await readFile(join(dir, 'a', file))).buffer);
      for (const sheet of copy.worksheets)
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const note =
              typeof cell.note === 'string'
                ? cell.note
                : (cell.note?.texts?.map((t) => t.text).join('') ?? '');
            expect(note).not.toMatch(/【[a-z-]+】/);
          }),
        );
    },
  );

  it('never replaces an existing copy unless --force is given', async () => {
    const input = join(dir, 'in', 'seed-001-project.xlsx');
    const out = join(dir, 'keep');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'seed-001-project.xlsx'), 'my own work');
    const refused = await run('check', input, '--fix', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('已存在');
    expect(await readFile(join(out, 'seed-001-project.xlsx'), 'utf8')).toBe('my own work');
    expect((await run('check', input, '--fix', out, '--force')).code).toBe(1);
    expect(await readFile(join(out, 'seed-001-project.xlsx'), 'utf8')).not.toBe('my own work');
  });

  it('exits 2 on a workbook with no recognisable form, naming the sheets it looked at', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('通讯录').getCell('A1').value = '姓名';
    workbook.addWorksheet('备忘').getCell('A1').value = '下周开会';
    await workbook.xlsx.writeFile(join(dir, 'no-form.xlsx'));
    const result = await run('check', join(dir, 'no-form.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('未找到自评表：查看了工作表“通讯录”、“备忘”');
  });
});

describe('template', () => {
  it('run twice leaves the first file as it was, and says so', async () => {
    const out = join(dir, 'tpl', '模板.xlsx');
    await mkdir(join(dir, 'tpl'), { recursive: true });
    expect((await run('template', '--out', out)).code).toBe(0);
    await writeFile(out, 'filled in by hand');
    const again = await run('template', '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在');
    expect(await readFile(out, 'utf8')).toBe('filled in by hand');
    expect((await run('template', '--out', out, '--force')).code).toBe(0);
    expect(await readFile(out, 'utf8')).not.toBe('filled in by hand');
  });
});

describe('review', () => {
  it('never replaces an existing summary unless --force is given', async () => {
    const out = join(dir, '汇总.xlsx');
    await writeFile(out, 'last year');
    const refused = await run('review', join(dir, 'in'), '--out', out);
    expect(refused.code).toBe(2);
    expect(await readFile(out, 'utf8')).toBe('last year');
    expect([0, 1]).toContain((await run('review', join(dir, 'in'), '--out', out, '--force')).code);
  });

  it('accounts for every file: a good form, a workbook with no form, a corrupt .xlsx, an .xls, a stray file', async () => {
    const folder = join(dir, 'mixed');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '好表.xlsx'), await readFile(join(dir, 'in', 'seed-001-project.xlsx')));
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('说明').getCell('A1').value = '见附件';
    await empty.xlsx.writeFile(join(folder, '无表.xlsx'));
    await writeFile(join(folder, '坏表.xlsx'), 'PK\u0003\u0004 broken');
    // An Excel 97-2003 file starts with the OLE signature.
    await writeFile(
      join(folder, '旧表.xls'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    );
    await writeFile(join(folder, '自评报告.pdf'), '%PDF-1.4');
    const out = join(dir, 'mixed-summary.xlsx');
    const result = await run('review', folder, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('已检查 4 个文件、1 张表');
    expect(result.stdout).toContain('未找到自评表 1 个；无法读取 2 个；其他文件 1 个未检查');
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(out);
    const list = summary.getWorksheet('文件清单');
    const rows: string[] = [];
    list?.eachRow((row, n) => {
      if (n > 1) rows.push(`${row.getCell(1).text}|${row.getCell(2).text}`);
    });
    expect(rows.sort()).toEqual(
      [
        '好表.xlsx|已检查',
        '无表.xlsx|未找到自评表',
        '坏表.xlsx|无法读取',
        '旧表.xls|无法读取',
        '自评报告.pdf|未检查',
      ].sort(),
    );
  });

  it('says plainly when a folder holds nothing to review', async () => {
    await mkdir(join(dir, 'empty'), { recursive: true });
    const result = await run('review', join(dir, 'empty'), '--out', join(dir, 'nothing.xlsx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('没有可检查的电子表格文件');
    expect(await readdir(dir)).not.toContain('nothing.xlsx');
  });
});
