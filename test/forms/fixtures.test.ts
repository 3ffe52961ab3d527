/**
 * Every fixture workbook through `jixiao check --json`: the planted errors with exactly their findings, the
 * worked cases of seeds 001 and 003 (domain.md §9), and a built template filled in, checked, then broken once.
 */
import ExcelJS from 'exceljs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CellPosition } from '../../src/domain/cells';
import { toA1 } from '../../src/domain/cells';
import type { Form, IndicatorRow } from '../../src/domain/form';
import { recognizeWorkbook } from '../../src/forms/recognize';
import { workbookGrids } from '../../src/hosts/xlsx/read';
import { buildFixtures, FIXTURES } from '../fixtures/build-fixtures';
import { PLANTED, type ExpectedFinding } from '../fixtures/planted';
import { projectRows, SEED_001_SPEC } from '../fixtures/seed-layouts';

interface JsonFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  sheet: string;
  cell: string | null;
  message: string;
}
interface JsonForm {
  sheet: string;
  kind: string;
  name: string | null;
  execution: { budget: number | null; spent: number | null; rate: number | null; score: number | null };
  totalScore: number | null;
  grade: string | null;
  findings: JsonFinding[];
}
interface JsonFile {
  file: string;
  error: string | null;
  forms: JsonForm[];
  sheetsWithoutForms: string[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-fixtures-'));
  await buildFixtures(dir);
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

async function check(file: string, ...options: string[]): Promise<{ code: number; file: JsonFile }> {
  const { code, stdout, stderr } = await run(['check', join(dir, file), '--json', ...options]);
  const report = JSON.parse(stdout || 'null') as { files: JsonFile[] } | null;
  const first = report?.files[0];
  if (!first) throw new Error(`no report for ${file}: ${stderr}`);
  return { code, file: first };
}

const seen = (f: JsonFinding): ExpectedFinding => ({ rule: f.rule, cell: f.cell, severity: f.severity });

/** Findings in a stable order, so that two lists compare as sets with their multiplicity. */
function sorted(findings: readonly ExpectedFinding[]): ExpectedFinding[] {
  const key = (f: ExpectedFinding): string => `${f.rule}|${f.cell ?? ''}|${f.severity}`;
  return [...findings].sort((a, b) => key(a).localeCompare(key(b)));
}

describe('every fixture workbook', () => {
  it.each(Object.keys(FIXTURES))('%s is read and every sheet holds a recognised form', async (name) => {
    const { file } = await check(name);
    expect(file.error).toBeNull();
    expect(file.forms.length).toBeGreaterThan(0);
    expect(file.sheetsWithoutForms).toEqual([]);
    expect(file.forms.flatMap((f) => f.findings).filter((f) => f.rule === 'internal-error')).toEqual([]);
  });
});

describe('planted errors: exactly the findings stated beside each form', () => {
  describe.each(PLANTED.map((workbook) => [workbook.file, workbook] as const))('%s', (name, workbook) => {
    it.each(workbook.sheets.map((sheet) => [sheet.layout.name, sheet] as const))(
      'sheet %s',
      async (sheetName, sheet) => {
        const { file } = await check(name);
        const forms = file.forms.filter((form) => form.sheet === sheetName);
        expect(forms).toHaveLength(sheet.forms.length);
        forms.forEach((form, i) => {
          expect(sorted(form.findings.map(seen))).toEqual(sorted(sheet.forms[i] ?? []));
        });
      },
    );

    it('exits 1: each planted workbook holds an error', async () => {
      expect((await check(name)).code).toBe(1);
    });
  });

  it('cover the rules they were planted for (fund-sum as an error: the warning is seed 004’s 0.01)', () => {
    const expected = PLANTED.flatMap((w) => w.sheets.flatMap((s) => s.forms.flat()));
    const rules = new Set(expected.map((f) => f.rule));
    for (const rule of [
      'exec-rate',
      'exec-score',
      'fund-sum',
      'weight-total',
      'score-range',
      'score-total',
      'grade',
      'deviation-cause',
      'over-achievement',
      'value-comparator',
      'value-unit',
      'value-number',
      'required',
      'indicator-category',
      'ctrl-rate',
      'cross-sheet',
      'typo',
    ])
      expect(rules).toContain(rule);
    const fundSum = expected.filter((f) => f.rule === 'fund-sum').map((f) => f.severity);
    expect(fundSum).toContain('error');
    // Empty, `无` and `同上` are no cause.
    expect(expected.filter((f) => f.rule === 'deviation-cause').length).toBeGreaterThanOrEqual(3);
  });

  it('report the two stacked forms by name, the untitled one included', async () => {
    const { file } = await check('planted-two-forms-one-sheet.xlsx');
    expect(file.forms.map((f) => [f.kind, f.name])).toEqual([
      ['project', '城市管理协管经费'],
      ['project', '社区综合治理经费'],
    ]);
    expect(file.forms[1]?.execution).toEqual({ budget: 80, spent: 76, rate: 0.95, score: 9.5 });
  });

  it('compute the execution from the amounts, not from the typed rate', async () => {
    const { file } = await check('planted-project-execution.xlsx');
    const form = file.forms[0];
    expect(form?.execution).toEqual({ budget: 100, spent: 90, rate: 0.9, score: 9 });
    // 9 (computed) + 88.65 of indicator scores as typed.
    expect(form?.totalScore).toBe(97.65);
    expect(form?.grade).toBe('优');
  });
});

describe('seed 001 (项目支出 in 附件3’s layout): its worked cases', () => {
  const { at } = projectRows(SEED_001_SPEC);
  const rowOf = (name: string): number =>
    at.firstIndicator + 1 + SEED_001_SPEC.indicators.findIndex((line) => line[2] === name);

  it('computes execution, total and grade', async () => {
    const { code, file } = await check('seed-001-project.xlsx');
    expect(code).toBe(1);
    const form = file.forms[0];
    expect(file.forms).toHaveLength(1);
    expect(form?.kind).toBe('project');
    expect(form?.name).toBe('基层公共安全经费');
    expect(form?.execution).toEqual({ budget: 126.5, spent: 126.5, rate: 1, score: 10 });
    expect(form?.totalScore).toBe(97.07);
    expect(form?.grade).toBe('优');
  });

  it('信访积案化解率 100 % → 30 % with full marks and no cause: deviation-cause; 赴省重访率 100 %: reverse-target', async () => {
    const { file } = await check('seed-001-project.xlsx');
    const findings = file.forms[0]?.findings ?? [];
    const petition = rowOf('信访积案化解率');
    const revisit = rowOf('赴省重访率');
    expect(sorted(findings.map(seen))).toEqual(
      sorted([
        { rule: 'deviation-cause', cell: `I${String(petition)}`, severity: 'error' },
        // Full marks for 30 % of the target: the formula gives 3.
        { rule: 'score-formula', cell: `H${String(petition)}`, severity: 'warning' },
        { rule: 'reverse-target', cell: `E${String(revisit)}`, severity: 'warning' },
      ]),
    );
    expect(findings.find((f) => f.rule === 'deviation-cause')?.message).toContain('信访积案化解率');
    expect(findings.find((f) => f.rule === 'reverse-target')?.message).toContain('赴省重访率');
  });
});

describe('seed 003 (scored table without value columns): its worked cases', () => {
  it('under hebei-local: 10/40/40/10 accepted, 总分 98, 优秀, the satisfaction row’s lost 2 points', async () => {
    const { code, file } = await check('seed-003-scored.xlsx', '--profile', 'hebei-local');
    expect(code).toBe(1);
    const form = file.forms[0];
    expect(form?.kind).toBe('overall');
    expect(form?.totalScore).toBe(98);
    expect(form?.grade).toBe('优秀');
    // No 偏差原因 column: the finding stands on the row's 自评得分.
    // The table has no 偏差原因 column: that is said once, and the lost points still need a cause.
    expect(form?.findings.map(seen)).toEqual([
      { rule: 'deviation-cause', cell: 'F11', severity: 'error' },
      { rule: 'unread', cell: 'A2', severity: 'info' },
    ]);
    expect(form?.findings[0]?.message).toContain('群众满意度');
  });

  it('under national: the 40/40 split is a weight-level warning on each 一级 label', async () => {
    const { file } = await check('seed-003-scored.xlsx');
    const form = file.forms[0];
    expect(form?.totalScore).toBe(98);
    expect(form?.grade).toBe('优');
    expect(sorted(form?.findings.map(seen) ?? [])).toEqual(
      sorted([
        { rule: 'deviation-cause', cell: 'F11', severity: 'error' },
        { rule: 'unread', cell: 'A2', severity: 'info' },
        { rule: 'weight-level', cell: 'A4', severity: 'warning' },
        { rule: 'weight-level', cell: 'A9', severity: 'warning' },
      ]),
    );
  });

  it('is recognised with 分值 / 得分 only, and the 预算执行率 row as the execution block', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'seed-003-scored.xlsx'));
    const [form] = recognizeWorkbook(workbookGrids(workbook)).flatMap((sheet) => sheet.forms);
    expect(form?.indicators.map((row) => row.level3?.value)).toEqual([
      '活动项目实际完成率',
      '工作资金到位率',
      '活动项目完成及时率',
      '不超当年预算',
      '促进社会稳定',
      '可持续性影响',
      '群众满意度',
    ]);
    // 评分标准 is neither 年度指标值 nor 实际完成值: rows carry no values and no cause cell.
    expect(form?.indicators.every((row) => !row.target && !row.result && !row.cause)).toBe(true);
    expect(form?.funds?.total.weight?.value).toBe(10);
    expect(form?.funds?.total.score?.value).toBe(10);
    expect(form?.total?.weight?.value).toBe(100);
    expect(form?.total?.score?.value).toBe(98);
  });
});

describe('a built template, filled in with ExcelJS and checked', () => {
  /** One indicator as a person types it: 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
  type Entry = readonly [string, string, string, number, number, string?];
  /** By 二级指标: the template offers two rows each; rows not listed stay blank. */
  const ENTRIES: Readonly<Record<string, readonly Entry[]>> = {
    数量指标: [
      ['培训人数', '≥100人', '110人', 15, 15],
      ['发放宣传资料', '5000份', '4500份', 10, 9, '部分资料改为线上发放，下一步加强线下宣传'],
    ],
    质量指标: [['培训合格率', '≥95%', '96%', 10, 10]],
    时效指标: [['完成时限', '12月底前完成', '已完成', 10, 10]],
    成本指标: [['成本控制', '≤110万元', '104.5万元', 5, 5]],
    社会效益指标: [['受益群众人数', '≥2000人', '2100人', 15, 15]],
    可持续影响指标: [['长效机制', '建立健全', '已建立', 15, 15]],
    服务对象满意度指标: [['服务对象满意度', '≥90%', '95%', 10, 10]],
  };
  // 104.5 of 110 → 95 %, 9.5 points; 9.5 + 89 = 98.5 → 优.
  const EXPECTED = { rate: 0.95, score: 9.5, total: 98.5, grade: '优' };

  function put(sheet: ExcelJS.Worksheet, cell: CellPosition | undefined, value: string | number): void {
    if (!cell) throw new Error('the template lacks an input cell');
    sheet.getCell(cell.row + 1, cell.col + 1).value = value;
  }

  /** ExcelJS does not recalculate; Excel stores each formula's result on save, and so does this fill. */
  function storeResult(sheet: ExcelJS.Worksheet, cell: CellPosition, result: number | string): void {
    const target = sheet.getCell(cell.row + 1, cell.col + 1);
    if (!target.formula) throw new Error(`${toA1(cell)} holds no formula`);
    target.value = { formula: target.formula, result };
  }

  /** Fills the form's input cells, found by recognition, and returns the rows it filled by 二级. */
  function fill(workbook: ExcelJS.Workbook, form: Form): Map<string, IndicatorRow[]> {
    const sheet = workbook.getWorksheet(form.sheet);
    if (!sheet) throw new Error(`no sheet ${form.sheet}`);
    const total = form.funds?.total;
    put(sheet, total?.initial, 100);
    put(sheet, total?.budget, 110);
    put(sheet, total?.spent, 104.5);
    const lines = form.funds?.breakdowns[0]?.lines ?? [];
    expect(lines.map((line) => line.label)).toEqual(['当年财政拨款', '上年结转资金', '其他资金']);
    [
      [100, 105, 100],
      [0, 5, 4.5],
    ].forEach(([initial = 0, budget = 0, spent = 0], i) => {
      put(sheet, lines[i]?.initial, initial);
      put(sheet, lines[i]?.budget, budget);
      put(sheet, lines[i]?.spent, spent);
    });
    put(sheet, form.department, '某某区人民政府某某街道办事处');
    put(sheet, form.implementer, '某某街道办事处');
    put(sheet, form.goals?.expected, '开展业务培训和宣传，提升服务群众能力。');
    put(sheet, form.goals?.actual, '培训110人，合格率96%，宣传资料发放4500份。');

    const filled = new Map<string, IndicatorRow[]>();
    for (const [level2, entries] of Object.entries(ENTRIES)) {
      const rows = (form.blankRows ?? []).filter((row) => row.level2?.value === level2);
      entries.forEach(([name, target, result, weight, score, cause], i) => {
        const row = rows[i];
        if (!row) throw new Error(`the template has no row ${String(i + 1)} for ${level2}`);
        put(sheet, row.level3, name);
        put(sheet, row.target, target);
        put(sheet, row.result, result);
        put(sheet, row.weight, weight);
        put(sheet, row.score, score);
        if (cause) put(sheet, row.cause, cause);
      });
      filled.set(level2, rows.slice(0, entries.length));
    }

    if (!total?.rate || !total.score || !form.total?.score) throw new Error('the template lacks its totals');
    storeResult(sheet, total.rate, EXPECTED.rate);
    storeResult(sheet, total.score, EXPECTED.score);
    // The 总分 row: 分值 under the indicators' 分值, 总分 under their 得分, and the grade.
    const sumRow = form.total.score.row;
    const weightCol = form.blankRows?.[0]?.weight?.col;
    sheet.getRow(sumRow + 1).eachCell((cell, colNumber) => {
      if (!cell.formula) return;
      const col = colNumber - 1;
      const result =
        col === weightCol ? 100 : col === form.total?.score?.col ? EXPECTED.total : EXPECTED.grade;
      storeResult(sheet, { row: sumRow, col }, result);
    });
    return filled;
  }

  it('computes rate, score, total and grade with no finding, then reports exactly one planted error', async () => {
    const template = join(dir, '模板-示例项目.xlsx');
    const made = await run(['template', '--kind', 'project', '--project', '示例项目', '--out', template]);
    expect(made.code).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const forms = recognizeWorkbook(workbookGrids(workbook)).flatMap((sheet) => sheet.forms);
    expect(forms.map((f) => [f.sheet, f.kind])).toEqual([['示例项目', 'project']]);
    const [form] = forms;
    if (!form) throw new Error('no form in the template');
    const filled = fill(workbook, form);
    await workbook.xlsx.writeFile(join(dir, 'filled.xlsx'));

    const clean = await check('filled.xlsx');
    expect(clean.file.error).toBeNull();
    const result = clean.file.forms[0];
    expect(result?.name).toBe('示例项目');
    expect(result?.execution).toEqual({
      budget: 110,
      spent: 104.5,
      rate: EXPECTED.rate,
      score: EXPECTED.score,
    });
    expect(result?.totalScore).toBe(EXPECTED.total);
    expect(result?.grade).toBe(EXPECTED.grade);
    expect(result?.findings.map(seen)).toEqual([]);
    expect(clean.code).toBe(0);

    // `无` is no cause for the row that lost a point.
    const lost = filled.get('数量指标')?.[1]?.cause;
    if (!lost) throw new Error('no cause cell on the row that lost a point');
    const sheet = workbook.getWorksheet(form.sheet);
    if (!sheet) throw new Error(`no sheet ${form.sheet}`);
    sheet.getCell(lost.row + 1, lost.col + 1).value = '无';
    await workbook.xlsx.writeFile(join(dir, 'filled-planted.xlsx'));
    const planted = await check('filled-planted.xlsx');
    expect(planted.code).toBe(1);
    expect(planted.file.forms[0]?.findings.map(seen)).toEqual([
      { rule: 'deviation-cause', cell: toA1(lost), severity: 'error' },
    ]);
  });
});
