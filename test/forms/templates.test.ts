import ExcelJS from 'exceljs';
import { HEBEI_LOCAL, NATIONAL, review, type Form, type Profile } from '../../src/domain';
import { readIdentity } from '../../src/forms/identity';
import { recognizeWorkbook } from '../../src/forms/recognize';
import {
  buildTemplates,
  cappedFormula,
  executionScoreFormula,
  GUIDE_SHEET,
  gradeFormula,
  type TemplateOptions,
} from '../../src/forms/templates';
import { workbookGrids } from '../../src/hosts/xlsx/read';
import { writeWorkbookPlan } from '../../src/hosts/xlsx/write';
import type { SheetPlan } from '../../src/sheet/plan';

const CAPPED: Profile = {
  ...NATIONAL,
  id: 'capped',
  name: '某省（执行率限分）',
  scoreCaps: [
    { rateBelow: 0.6, maxTotal: 69 },
    { rateBelow: 0.8, maxTotal: 89 },
  ],
  reasonRequiredBelowRate: 0.9,
};

function options(profile: Profile, extra: Partial<TemplateOptions> = {}): TemplateOptions {
  return { kinds: ['basic', 'overall', 'project'], profile, unit: '某某街道办事处', year: 2024, ...extra };
}

async function built(opts: TemplateOptions): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await writeWorkbookPlan(workbook, buildTemplates(opts));
  return workbook;
}

function formsOf(workbook: ExcelJS.Workbook): Form[] {
  return recognizeWorkbook(workbookGrids(workbook)).flatMap((sheet) => sheet.forms);
}

function sheetPlan(opts: TemplateOptions, name: string): SheetPlan {
  const plan = buildTemplates(opts).sheets.find((s) => s.sheet === name);
  if (!plan) throw new Error(`no sheet ${name}`);
  return plan;
}

describe('built templates', () => {
  it('lay out every form so that recognition finds it, after the 填报说明, with the identity sheet hidden', async () => {
    const workbook = await built(options(NATIONAL, { projects: ['社区建设', '环境整治'] }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      GUIDE_SHEET,
      '基础数据表',
      '整体支出绩效自评表',
      '社区建设',
      '环境整治',
      '_绩效自评助手',
    ]);
    const forms = formsOf(workbook);
    expect(forms.map((f) => [f.sheet, f.kind])).toEqual([
      ['基础数据表', 'basic'],
      ['整体支出绩效自评表', 'overall'],
      ['社区建设', 'project'],
      ['环境整治', 'project'],
    ]);
    expect(forms[2]?.name?.value).toBe('社区建设');
    // A blank template's lines are not indicators yet: 3 per 二级指标, 27 in all, more than seed 004 fills.
    expect(forms[2]?.indicators).toHaveLength(0);
    expect(forms[2]?.blankRows).toHaveLength(27);
    expect(forms[1]?.blankRows).toHaveLength(27);
    expect(forms[2]?.total?.grade).toBeDefined();
    const identity = readIdentity(workbookGrids(workbook));
    expect(identity).toMatchObject({ version: 2 });
    expect(identity?.profile?.id).toBe('national');
    expect(workbook.getWorksheet('_绩效自评助手')?.state).toBe('veryHidden');
  });

  it('take the rows per 二级指标 and the 专项 lines asked for', () => {
    const project = sheetPlan(options(NATIONAL, { rowsPerLevel2: 5 }), '项目支出绩效自评表');
    expect(project.openRows?.[0]).toBeDefined();
    const [first = 0, last = 0] = project.openRows?.[0] ?? [];
    expect(last - first + 1).toBe(45);
    const basic = sheetPlan(options(NATIONAL, { specialRows: 20 }), '基础数据表');
    const [special] = basic.openRows ?? [];
    expect(special && special[1] - special[0] + 1).toBe(20);
  });

  it('carry validation that teaches: a Chinese prompt and error on every rule, 得分 held to its row’s 分值', () => {
    const plan = sheetPlan(options(NATIONAL), '项目支出绩效自评表');
    expect(plan.validations.length).toBeGreaterThanOrEqual(3);
    for (const validation of plan.validations) {
      expect(validation.prompt).toMatch(/[\u4e00-\u9fff]/);
      expect(validation.error).toMatch(/[\u4e00-\u9fff]/);
    }
    const score = plan.validations.find((v) => v.type === 'custom' && /<=N\(G\d+\)/.test(v.formula));
    expect(score).toBeDefined();
    const amounts = plan.validations.find(
      (v) => v.type === 'custom' && /ROUND\(C\d+,2\)=C\d+/.test(v.formula),
    );
    expect(amounts).toBeDefined();
    const overall = sheetPlan(options(NATIONAL), '整体支出绩效自评表');
    // 基本支出 / 项目支出 amounts have their rule as much as the 年度资金总额 does.
    expect(overall.validations.filter((v) => v.type === 'custom' && /ROUND/.test(v.formula))).toHaveLength(3);
  });

  it('mark a missing cause red for placeholder words too, and 分值 that do not add up to 100', () => {
    const plan = sheetPlan(options(NATIONAL), '项目支出绩效自评表');
    const cause = plan.conditionalFormats.find((f) => /LEN\(TRIM\(\$I/.test(f.formula));
    for (const word of ['无', '/', '同上', '暂无']) expect(cause?.formula).toContain(`="${word}"`);
    expect(plan.conditionalFormats.some((f) => /<>100/.test(f.formula))).toBe(true);
    // A profile that wants a reason below 90 % gives it a cell, red while empty.
    const capped = sheetPlan(options(CAPPED), '项目支出绩效自评表');
    expect(capped.cells.some((c) => c.value === '执行率低于90%的原因说明')).toBe(true);
    expect(capped.conditionalFormats.some((f) => /<0\.9,LEN\(TRIM/.test(f.formula))).toBe(true);
  });

  it('put the profile inside the formulas: 执行率得分, caps, grades; totals blank until filled', () => {
    expect(gradeFormula('H1', NATIONAL)).toBe(
      'IF(H1="","",IF(H1>=90,"优",IF(H1>=80,"良",IF(H1>=60,"中","差"))))',
    );
    expect(executionScoreFormula('G5', 'F5', HEBEI_LOCAL)).toContain('INT(ROUND(MIN(G5,1)*100,6)/10)/10');
    expect(cappedFormula('S', 'R', NATIONAL)).toBe('S');
    expect(cappedFormula('S', 'R', CAPPED)).toBe(
      'MIN(S,IF(ISNUMBER(R),IF(R<0.6,69,IF(R<0.8,89,1E+307)),1E+307))',
    );
    const plan = sheetPlan(options(CAPPED), '项目支出绩效自评表');
    const total = plan.cells.find((c) => c.formula?.includes('IF(R') || c.formula?.includes('<0.6,69'));
    expect(total?.formula).toMatch(/^IF\(COUNT\(/);
    // Totals reach from the header down to the row above them: rows inserted anywhere are counted.
    expect(total?.formula).toMatch(/H\$\d+:INDEX\(H:H,ROW\(\)-1\)/);
    const basic = sheetPlan(options(NATIONAL), '基础数据表');
    const subtotal = basic.cells.find((c) => c.formula?.includes('INDEX(B:B,ROW()+1)'));
    expect(subtotal?.formula).toMatch(/^IF\(COUNT\(/);
  });

  it('are protected so that rows can be inserted and deleted in the blocks, and print A4 with the version', async () => {
    const workbook = await built(options(NATIONAL, { projects: ['社区建设'] }));
    const sheet = workbook.getWorksheet('社区建设');
    const model = sheet as unknown as { sheetProtection?: Record<string, unknown> };
    expect(model.sheetProtection).toMatchObject({ insertRows: true, deleteRows: true });
    const form = formsOf(workbook).find((f) => f.sheet === '社区建设');
    const line = form?.blankRows?.[4];
    expect(line && sheet?.getRow(line.row + 1).protection?.locked).toBe(false);
    const rate = form?.funds?.total.rate;
    expect(rate && sheet?.getCell(rate.row + 1, rate.col + 1).protection?.locked).not.toBe(false);
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet?.headerFooter.oddFooter).toContain('绩效自评助手模板第 2 版');
    expect(workbook.definedNames.getRanges('项目1_执行率').ranges).toHaveLength(1);
    // Every label row is as tall as its text needs: the section labels and the goals paragraph.
    const plan = sheetPlan(options(NATIONAL, { projects: ['社区建设'] }), '社区建设');
    expect(Object.keys(plan.rowHeights ?? {}).length).toBeGreaterThan(20);
  });

  it('name the bureau, its notice and the deadline under each title and in the 填报说明', () => {
    const plan = buildTemplates(
      options(NATIONAL, {
        issuer: { bureau: '某某市财政局', notice: '某财绩〔2025〕3号', deadline: '2025年3月31日' },
      }),
    );
    for (const sheet of plan.sheets.filter((s) => !s.hidden))
      expect(
        sheet.cells.some((c) => typeof c.value === 'string' && c.value.includes('某财绩〔2025〕3号')),
      ).toBe(true);
  });

  it('filled in as the example, check clean under each profile', async () => {
    for (const profile of [NATIONAL, HEBEI_LOCAL]) {
      const plan = buildTemplates(options(profile, { example: true, projects: ['业务培训'] }));
      const workbook = new ExcelJS.Workbook();
      await writeWorkbookPlan(workbook, plan);
      const forms = formsOf(workbook);
      const evaluation = forms.filter((f) => f.kind !== 'basic');
      expect(evaluation.every((f) => f.indicators.length === 7)).toBe(true);
      const result = review(forms, profile);
      // The example's formulas hold no results until a spreadsheet calculates them: those are the only gaps.
      const findings = result.findings.filter(
        (f) =>
          f.severity !== 'info' &&
          !/^(exec-rate|exec-score|score-total|grade|ctrl-rate|cross-sheet|fund-sum)$/.test(f.rule),
      );
      expect(findings.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    }
  });
});
