/**
 * Template packs through LibreOffice, once for every test that needs it: filled in as a unit would, rows
 * inserted at the top, middle and end of each block, recalculated and saved; the blank and example packs
 * measured (what room each label needs) and printed to PDF and page images. Built into build/template-lo
 * and reused while the template sources are unchanged.
 */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HEBEI_LOCAL, NATIONAL, level1Category, type Form, type Profile } from '../../src/domain';
import { recognizeWorkbook } from '../../src/forms/recognize';
import { buildTemplates, type TemplateOptions } from '../../src/forms/templates';
import { workbookGrids } from '../../src/hosts/xlsx/read';
import { writeWorkbookPlan } from '../../src/hosts/xlsx/write';
import { SOFFICE, SYSTEM_PYTHON } from '../copy/corpus';
import { sharedBuild } from '../support/shared-build';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'build', 'template-lo');

/** A bureau's profile with caps and a required reason, as the capped profiles of some provinces. */
export const CAPPED: Profile = {
  ...NATIONAL,
  id: 'capped',
  name: '某省（执行率限分）',
  scoreCaps: [
    { rateBelow: 0.6, maxTotal: 69 },
    { rateBelow: 0.8, maxTotal: 89 },
  ],
  reasonRequiredBelowRate: 0.9,
};

/** The filled packs: a profile, and the 全年执行数 of a 全年预算数 of 1200 (so the 执行率). */
export const FILLED: readonly { name: string; profile: Profile; spent: number }[] = [
  { name: 'national', profile: NATIONAL, spent: 1100 },
  { name: 'hebei-local', profile: HEBEI_LOCAL, spent: 1140 },
  { name: 'capped', profile: CAPPED, spent: 780 },
];

/** The packs printed and measured. */
export const PRINTED = ['blank', 'example'] as const;

/** Says plainly which tool is missing (in CI, apt-get installs them). */
export function libreOfficeMissing(): string | null {
  if (!SOFFICE) return 'LibreOffice (apt-get install libreoffice-calc)';
  if (!existsSync(SYSTEM_PYTHON)) return 'Debian python3';
  return null;
}

const options = (profile: Profile, extra: Partial<TemplateOptions> = {}): TemplateOptions => ({
  kinds: ['basic', 'overall', 'project'],
  profile,
  unit: '某某街道办事处',
  year: 2024,
  projects: ['社区建设'],
  ...extra,
});

function formsOf(workbook: ExcelJS.Workbook): Form[] {
  return recognizeWorkbook(workbookGrids(workbook)).flatMap((sheet) => sheet.forms);
}

type Value = string | number;
/** One LibreOffice step: insert `count` rows at `row` (0-based) and set cells of the first of them. */
interface Step {
  readonly sheet: string;
  readonly row: number;
  readonly count: number;
  readonly set: readonly (readonly [number, Value])[];
}

/** Types sample values into an evaluation form's input cells, found by recognition. */
function fillEvaluation(sheet: ExcelJS.Worksheet, form: Form, profile: Profile, spent: number): void {
  const put = (cell: { row: number; col: number } | undefined, value: Value): void => {
    if (!cell) throw new Error(`missing cell on ${form.sheet}`);
    sheet.getCell(cell.row + 1, cell.col + 1).value = value;
  };
  const total = form.funds?.total;
  put(total?.initial, 1000);
  put(total?.budget, 1200);
  put(total?.spent, spent);
  // Rows of 10 points each, as many per 一级 as the profile's split asks; the rest stay blank.
  const quota = new Map<string, number>(
    Object.entries(profile.levelWeights ?? {}).map(([k, w]) => [k, w / 10]),
  );
  const rows = (form.blankRows ?? []).filter((row) => {
    const category = level1Category(String(row.level1?.value ?? ''));
    const left = category ? (quota.get(category) ?? 0) : 0;
    if (!category || left <= 0) return false;
    quota.set(category, left - 1);
    return true;
  });
  const samples: [string, string, string, number, number][] = [
    ['培训人数', '≥100人', '120人', 10, 10],
    ['合格率', '≥95%', '90%', 10, 9.47],
    ['完成时限', '12月底前完成', '已完成', 10, 10],
    ['成本控制', '≤100万元', '110万元', 10, 9.09],
  ];
  rows.forEach((row, i) => {
    const [name, target, result, weight, score] = samples[i % samples.length] ?? samples[0]!;
    put(row.level3, `${name}${String(i + 1)}`);
    put(row.target, target);
    put(row.result, result);
    put(row.weight, weight);
    put(row.score, score);
    if (score < weight) put(row.cause, '受天气影响，部分培训延期，已调整计划');
  });
}

/** The rows of the 基础数据表 by their label in column A. */
function basicRows(sheet: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  sheet.eachRow((row, number) => {
    const label = row.getCell(1).value;
    // A label merged down repeats in ExcelJS's cells below it: its row is the first.
    if (typeof label === 'string' && !rows.has(label)) rows.set(label, number - 1);
  });
  return rows;
}

const SPECIAL = '3、区级专项资金(一个专项一行)';
const TRANSFER = '4、上级转移支付(一个专项一行)';

function fillBasic(sheet: ExcelJS.Worksheet): void {
  const rows = basicRows(sheet);
  const at = (label: string): number => {
    const row = rows.get(label);
    if (row === undefined) throw new Error(`no row ${label}`);
    return row;
  };
  const set = (row: number, values: readonly Value[]): void =>
    values.forEach((value, i) => {
      sheet.getCell(row + 1, i + 1).value = value;
    });
  const staffing = at('财政供养人员情况（人）') + 1;
  set(staffing, ['', 69, 66]);
  set(at('公车运行维护'), ['公车运行维护', 3.2, 3, 2.85]);
  set(at('3、公务接待'), ['3、公务接待', 1.86, 1.5, 1.2]);
  set(at('1、业务工作经费'), ['1、业务工作经费', 10, 5.83, 6]);
  for (let i = 0; i < 4; i++)
    set(at(SPECIAL) + 1 + i, [`专项${String(i + 1)}`, 100 + i, 90 + i, 80 + i * 3.33]);
  set(at(TRANSFER) + 1, ['转移支付1', 20, 20, 19.5]);
  set(at('公用经费'), ['公用经费', 211.39, 200, 205.1]);
}

/** Rows inserted at the top, middle and end of each block, bottom first so that each index still holds. */
function insertions(workbook: ExcelJS.Workbook): Step[] {
  const steps: Step[] = [];
  for (const form of formsOf(workbook)) {
    if (form.kind === 'basic') {
      const sheet = workbook.getWorksheet(form.sheet);
      if (!sheet) continue;
      const rows = basicRows(sheet);
      const row = (label: string): number => rows.get(label) ?? -1;
      const line = (name: string): Step['set'] => [
        [0, name],
        [1, 7.5],
        [2, 8],
        [3, 6.25],
      ];
      steps.push(
        { sheet: form.sheet, row: row('公用经费'), count: 1, set: line('转移支付（新增，块末）') },
        { sheet: form.sheet, row: row(TRANSFER), count: 1, set: line('专项（新增，块末）') },
        { sheet: form.sheet, row: row(SPECIAL) + 6, count: 1, set: line('专项（新增，块中）') },
        { sheet: form.sheet, row: row(SPECIAL) + 1, count: 1, set: line('专项（新增，块首）') },
        { sheet: form.sheet, row: row('2、出国经费'), count: 1, set: line('其中：新增车辆') },
      );
      continue;
    }
    const lines = [...form.indicators, ...(form.blankRows ?? [])].map((r) => r.row).sort((a, b) => a - b);
    const first = lines[0];
    const totalRow = form.total?.score?.row;
    if (first === undefined || totalRow === undefined) continue;
    const indicator = (name: string): Step['set'] => [
      [3, name],
      [4, '≥10次'],
      [5, '10次'],
      [6, 2],
      [7, 2],
    ];
    steps.push(
      { sheet: form.sheet, row: totalRow, count: 1, set: indicator('新增指标（总分上方）') },
      { sheet: form.sheet, row: first + 10, count: 1, set: indicator('新增指标（块中）') },
      { sheet: form.sheet, row: first, count: 1, set: indicator('新增指标（块首）') },
    );
  }
  return steps;
}

async function pack(opts: TemplateOptions): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await writeWorkbookPlan(workbook, buildTemplates(opts));
  return workbook;
}

async function sourcesFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const dirs = [join(ROOT, 'src', 'forms', 'templates'), join(ROOT, 'src', 'hosts', 'xlsx')];
  for (const dir of dirs)
    for (const name of (await readdir(dir)).sort()) hash.update(name).update(await readFile(join(dir, name)));
  hash.update(await readFile(__filename)).update(await readFile(join(__dirname, 'lo_job.py')));
  return hash.digest('hex');
}

/** The folder with filled-*.xlsx (recalculated), blank/example .pdf and page images, and measure.json. */
export async function templatesThroughLibreOffice(): Promise<string> {
  return sharedBuild(OUT, await sourcesFingerprint(), async (dir) => {
    const files: object[] = [];
    for (const { name, profile, spent } of FILLED) {
      const workbook = await pack(options(profile));
      for (const form of formsOf(workbook)) {
        const sheet = workbook.getWorksheet(form.sheet);
        if (!sheet) continue;
        if (form.kind === 'basic') fillBasic(sheet);
        else fillEvaluation(sheet, form, profile, spent);
      }
      const input = join(dir, `input-${name}.xlsx`);
      await writeFile(input, new Uint8Array(await workbook.xlsx.writeBuffer()));
      files.push({ input, steps: insertions(workbook), output: join(dir, `filled-${name}.xlsx`) });
    }
    for (const name of PRINTED) {
      const workbook = await pack(options(NATIONAL, name === 'example' ? { example: true } : {}));
      const input = join(dir, `${name}.xlsx`);
      await writeFile(input, new Uint8Array(await workbook.xlsx.writeBuffer()));
      const sheets = workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
      files.push({ input, measure: sheets, pdf: join(dir, `${name}.pdf`) });
    }
    const job = join(dir, 'job.json');
    await writeFile(
      job,
      JSON.stringify({
        soffice: SOFFICE,
        profile: join(dir, 'lo-profile'),
        pipe: `jixiao${String(process.pid)}`,
        files,
      }),
    );
    const { stdout } = await promisify(execFile)(SYSTEM_PYTHON, [join(__dirname, 'lo_job.py'), job], {
      timeout: 280_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    await writeFile(join(dir, 'measure.json'), stdout);
    const images = join(dir, 'pages');
    await mkdir(images, { recursive: true });
    for (const name of PRINTED)
      await promisify(execFile)('pdftoppm', [
        '-r',
        '60',
        '-png',
        join(dir, `${name}.pdf`),
        join(images, name),
      ]);
  });
}
