import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/main';
import { buildFixtures } from '../fixtures/build-fixtures';

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string | null;
  message: string;
}
interface JsonForm {
  sheet: string;
  kind: string;
  execution: { budget: number | null; spent: number | null; rate: number | null; score: number | null };
  totalScore: number | null;
  grade: string | null;
  findings: JsonFinding[];
}
interface JsonReport {
  files: { file: string; error: string | null; forms: JsonForm[] }[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-cli-'));
  await buildFixtures(dir);
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

describe('jixiao check --json on seed 004 附件2 pasted from Word', () => {
  it.each(['seed-004-pasted-word.xlsx', 'seed-004-attachment2-text-numbers.xlsx'])('%s', async (file) => {
    const { code, stdout } = await run('check', join(dir, file), '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    const form = report.files[0]?.forms.find((f) => f.sheet === '附件2');
    expect(report.files[0]?.error).toBeNull();
    expect(form?.kind).toBe('overall');
    expect(form?.execution).toEqual({ budget: 2706.79, spent: 2706.79, rate: 1, score: 10 });
    expect(form?.totalScore).toBe(99);
    expect(form?.grade).toBe('优');
    expect(form?.findings).toContainEqual(
      expect.objectContaining({ rule: 'exec-rate', severity: 'error', sheet: '附件2', cell: 'G4' }),
    );
    expect(form?.findings.filter((f) => f.rule === 'deviation-cause')).toEqual([]);
  });
});

describe('jixiao check exit codes and messages', () => {
  it('prints a grouped Chinese report with counts at the end', async () => {
    const { stdout } = await run('check', join(dir, 'seed-004-pasted-word.xlsx'));
    expect(stdout).toContain('工作表“附件2”— 整体支出绩效自评表');
    expect(stdout).toContain('执行率 100.00%  执行率得分 10  总分 99  等级 优');
    expect(stdout.trim().split('\n').at(-1)).toBe(
      '共检查 1 个文件、2 张表：错误 1 个，警告 4 个，提示 1 个。',
    );
  });

  it('exits 2 with one plain sentence for a file that is not a workbook', async () => {
    const bad = join(dir, '坏文件.xlsx');
    await writeFile(bad, 'a,b,c\n1,2,3\n');
    const { code, stdout } = await run('check', bad, '--json');
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files[0]?.error).toMatch(/^无法读取“.*坏文件\.xlsx”：不是 \.xlsx 文件/);
    expect(report.files[0]?.forms).toEqual([]);
  });

  it('answers --help and -h on every command with its own help, exit 0', async () => {
    for (const command of ['check', 'template', 'review']) {
      for (const flag of ['--help', '-h']) {
        const { code, stdout } = await run(command, flag);
        expect([command, flag, code]).toEqual([command, flag, 0]);
        expect(stdout).toContain(`jixiao ${command}`);
        expect(stdout).not.toContain('不认识');
      }
    }
    // -h is never taken for a file name, wherever it stands.
    expect((await run('check', join(dir, 'seed-004-pasted-word.xlsx'), '-h')).code).toBe(0);
    expect((await run('--help')).code).toBe(0);
  });

  it('checks a folder file by file, and says so when a folder holds nothing to check', async () => {
    const folder = join(dir, 'folder-check');
    await mkdir(join(folder, '子文件夹'), { recursive: true });
    await copyFile(join(dir, 'seed-004-pasted-word.xlsx'), join(folder, 'a.xlsx'));
    await copyFile(join(dir, 'seed-004-pasted-word.xlsx'), join(folder, '子文件夹', 'b.xlsx'));
    await writeFile(join(folder, '说明.txt'), '不是表格');
    const { code, stdout } = await run('check', folder, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files.map((f) => f.file.split(/[\\/]/).slice(-2).join('/')).sort()).toEqual([
      'folder-check/a.xlsx',
      '子文件夹/b.xlsx',
    ]);
    const empty = join(dir, 'empty-check');
    await mkdir(empty, { recursive: true });
    const nothing = await run('check', empty);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('没有可检查的电子表格文件');
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run('check')).code).toBe(2);
    expect((await run('check', 'x.xlsx', '--bogus')).stderr).toContain('不认识的选项 --bogus');
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('check', 'x.xlsx', '--profile', 'nowhere')).stderr).toContain(
      '没有名为“nowhere”的内置配置',
    );
  });

  it('applies a bureau profile file, and refuses a broken one in Chinese', async () => {
    const good = join(dir, 'bureau.json');
    await writeFile(
      good,
      JSON.stringify({
        extends: 'national',
        id: 'test-bureau',
        name: '测试局',
        severities: { 'exec-rate': 'warning' },
      }),
    );
    const { code } = await run('check', join(dir, 'seed-004-pasted-word.xlsx'), '--profile', good);
    expect(code).toBe(0);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "executionScoring": "magic" }');
    const refused = await run('check', join(dir, 'seed-004-pasted-word.xlsx'), '--profile', broken);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('executionScoring');
  });
});

describe('the installed bin', () => {
  const bin = join(__dirname, '..', '..', 'bin', 'jixiao.js');
  const built = join(__dirname, '..', '..', 'build', 'cli', 'cli', 'main.js');

  it('is compiled on install (npm run build:cli)', () => {
    expect(existsSync(built)).toBe(true);
  });

  it('runs `jixiao check --json` and sets the exit code', async () => {
    const result = await promisify(execFile)(process.execPath, [
      bin,
      'check',
      join(dir, 'seed-004-pasted-word.xlsx'),
      '--json',
    ]).then(
      () => ({ code: 0 }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(1);
    expect((JSON.parse(String('stdout' in result ? result.stdout : '')) as JsonReport).files).toHaveLength(1);
  });
});
