import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  cellNumber,
  HEBEI_LOCAL,
  level1Category,
  NATIONAL,
  review,
  type Form,
  type Profile,
} from '../../src/domain';
import { readIdentity } from '../../src/forms/identity';
import { recognizeWorkbook } from '../../src/forms/recognize';
import { buildTemplates, executionScoreFormula, gradeFormula } from '../../src/forms/templates';
import { workbookGrids } from '../../src/hosts/xlsx/read';
import { canonical, excelJsGrids, xmlGrids } from '../hosts/xlsx/both-readers';
import { writeWorkbookPlan } from '../../src/hosts/xlsx/write';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/opt/libreoffice/program/soffice'].find((p) =>
  existsSync(p),
);

async function built(profile: Profile, projects: string[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await writeWorkbookPlan(
    workbook,
    buildTemplates({
      kinds: ['basic', 'overall', 'project'],
      profile,
      unit: '某某街道办事处',
      year: 2024,
      projects,
    }),
  );
  return workbook;
}

function formsOf(workbook: ExcelJS.Workbook): Form[] {
  return recognizeWorkbook(workbookGrids(workbook)).flatMap((sheet) => sheet.forms);
}

/** Types sample values into a form's input cells, found by recognition (as a person would fill them in). */
function fill(workbook: ExcelJS.Workbook, form: Form, spent: number, profile: Profile): void {
  const sheet = workbook.getWorksheet(form.sheet);
  if (!sheet) throw new Error(`no sheet ${form.sheet}`);
  const set = (cell: { row: number; col: number } | undefined, value: string | number): void => {
    if (!cell) throw new Error(`missing cell on ${form.sheet}`);
    sheet.getCell(cell.row + 1, cell.col + 1).value = value;
  };
  if (form.kind === 'basic') {
    const basic = form.basic;
    set(basic?.staffing?.approved, 69);
    set(basic?.staffing?.actual, 66);
    const special = basic?.expenses[1]?.children?.[2]?.children ?? [];
    special.forEach((line, i) => {
      set(line.budget, 100 + i);
      set(line.actual, 90 + i * 3.33);
    });
    return;
  }
  const total = form.funds?.total;
  set(total?.initial, 1000);
  set(total?.budget, 1200);
  set(total?.spent, spent);
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
    set(row.level3, `${name}${String(i + 1)}`);
    set(row.target, target);
    set(row.result, result);
    set(row.weight, weight);
    set(row.score, score);
    if (score < weight) set(row.cause, '受疫情影响，部分培训延期');
  });
}

async function recalculate(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<ExcelJS.Workbook> {
  const input = join(dir, `${name}.xlsx`);
  await writeFile(input, new Uint8Array(await workbook.xlsx.writeBuffer()));
  const out = join(dir, 'out');
  await promisify(execFile)(
    SOFFICE ?? 'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      input,
    ],
    { timeout: 120_000 },
  );
  const bytes = await readFile(join(out, `${name}.xlsx`));
  // LibreOffice writes shared formulas and its own styles: both readers must see the same cells in it.
  expect(canonical(await xmlGrids(bytes))).toEqual(canonical(await excelJsGrids(bytes)));
  const result = new ExcelJS.Workbook();
  await result.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return result;
}

describe('built templates', () => {
  it('lay out every form so that recognition finds it, with the identity sheet hidden', async () => {
    const workbook = await built(NATIONAL, ['社区建设', '环境整治']);
    const forms = formsOf(workbook);
    expect(forms.map((f) => [f.sheet, f.kind])).toEqual([
      ['基础数据表', 'basic'],
      ['整体支出绩效自评表', 'overall'],
      ['社区建设', 'project'],
      ['环境整治', 'project'],
    ]);
    expect(forms[2]?.name?.value).toBe('社区建设');
    // A blank template's lines are not indicators yet: they are kept as the lines to fill in.
    expect(forms[2]?.indicators).toHaveLength(0);
    expect(forms[2]?.blankRows).toHaveLength(18);
    const identity = readIdentity(workbookGrids(workbook));
    expect(identity?.profile?.id).toBe('national');
    expect(workbook.getWorksheet('_绩效自评助手')?.state).toBe('veryHidden');
  });

  it('carry native features: validation, conditional format, names, protection, print setup', async () => {
    const workbook = await built(NATIONAL, ['社区建设']);
    const sheet = workbook.getWorksheet('社区建设');
    expect(sheet?.getCell('G5').formula).toContain('E5/D5');
    expect(sheet?.getCell('G5').numFmt).toBe('0.00%');
    expect(sheet?.getCell('C5').numFmt).toBe('0.00');
    expect(sheet?.getCell('C5').protection?.locked).toBe(false);
    expect(sheet?.getCell('G5').protection?.locked).not.toBe(false);
    expect(sheet?.pageSetup.paperSize).toBe(9);
    expect(sheet?.pageSetup.fitToWidth).toBe(1);
    expect(workbook.definedNames.getRanges('项目1_执行率').ranges).toEqual(["'社区建设'!$G$5"]);
    const model = sheet?.model as unknown as { conditionalFormattings?: unknown[] };
    expect(model.conditionalFormattings?.length).toBe(1);
  });

  it('state the grade and 执行率得分 formulas of the profile', () => {
    expect(gradeFormula('H1', NATIONAL)).toBe(
      'IF(H1="","",IF(H1>=90,"优",IF(H1>=80,"良",IF(H1>=60,"中","差"))))',
    );
    expect(executionScoreFormula('G5', 'F5', HEBEI_LOCAL)).toContain('INT(ROUND(MIN(G5,1)*100,6)/10)/10');
  });
});

describe('built templates recalculated in LibreOffice give the engine’s numbers', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-lo-'));
  });

  it.each([
    ['national', NATIONAL, 1100],
    ['hebei-local (step10)', HEBEI_LOCAL, 1140],
  ] as const)(
    '%s',
    async (name, profile, spent) => {
      if (!SOFFICE) {
        // CI installs libreoffice-calc; a developer machine without it is told so, loudly.
        if (process.env['CI'])
          throw new Error('LibreOffice (soffice) is not installed: the recalculation test cannot run.');
        console.warn('LibreOffice 未安装（apt-get install libreoffice-calc）：未做模板公式重算校验。');
        return;
      }
      const workbook = await built(profile, ['社区建设']);
      for (const form of formsOf(workbook)) fill(workbook, form, spent, profile);
      const recalculated = await recalculate(workbook, dir, name.replace(/\W+/g, '-'));
      const grids = workbookGrids(recalculated);
      expect(readIdentity(grids)?.profile?.id).toBe(profile.id);
      const forms = recognizeWorkbook(grids).flatMap((sheet) => sheet.forms);
      const result = review(forms, profile);
      let compared = 0;
      for (const { form, analysis, findings } of result.forms) {
        if (form.kind === 'basic') {
          const staffing = form.basic?.staffing;
          expect(staffing?.rate?.value).toBeCloseTo(66 / 69, 9);
          const special = form.basic?.expenses[1]?.children?.[2];
          const lines = special?.children ?? [];
          expect(cellNumber(special?.actual)).toBeCloseTo(
            lines.reduce((s, l) => s + (cellNumber(l.actual) ?? 0), 0),
            9,
          );
          compared += 2;
        } else {
          const total = form.funds?.total;
          expect(total?.rate?.value).toBeCloseTo(analysis.execution.rate ?? NaN, 9);
          expect(total?.score?.value).toBe(analysis.execution.score);
          expect(cellNumber(form.total?.score)).toBe(analysis.total);
          expect(form.total?.grade?.value).toBe(analysis.grade);
          expect(cellNumber(form.total?.weight)).toBe(100);
          compared += 5;
        }
        // Whatever the formulas computed agrees with the rules that recompute it.
        expect(
          findings.filter((f) =>
            [
              'exec-rate',
              'exec-score',
              'score-total',
              'grade',
              'ctrl-rate',
              'fund-sum',
              'weight-total',
            ].includes(f.rule),
          ),
        ).toEqual([]);
      }
      expect(compared).toBe(12);
    },
    180_000,
  );
});
