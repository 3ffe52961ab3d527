/**
 * Templates in a real spreadsheet (LibreOffice): every computed cell agrees with the engine after rows are
 * inserted anywhere in each block, every label fits its cell, and the forms print on few pages.
 */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cellNumber, review, type ExpenseLine } from '../../src/domain';
import { readIdentity } from '../../src/forms/identity';
import { recognizeWorkbook } from '../../src/forms/recognize';
import { workbookGrids } from '../../src/hosts/xlsx/read';
import { canonical, excelJsGrids, xmlGrids } from '../hosts/xlsx/both-readers';
import { FILLED, PRINTED, libreOfficeMissing, templatesThroughLibreOffice } from './libreoffice';

const ARTEFACTS = join(__dirname, '..', '..', 'test-artifacts', 'templates');
const missing = libreOfficeMissing();
if (missing && process.env['CI'])
  throw new Error(`${missing} is not installed: the template tests cannot run.`);
if (missing) console.warn(`未安装 ${missing}：本机未运行模板的重算与打印测试。`);
const describeLo = missing ? describe.skip : describe;

let dir = '';
beforeAll(async () => {
  if (!missing) dir = await templatesThroughLibreOffice();
}, 300_000);

/** Σ of the lines' amounts in one column, as the engine reads them. */
function sum(lines: readonly ExpenseLine[], column: 'previous' | 'budget' | 'actual'): number {
  return lines.reduce((s, line) => s + (cellNumber(line[column]) ?? 0), 0);
}

describeLo(
  'templates recalculated in LibreOffice, with rows inserted at the top, middle and end of each block',
  () => {
    it.each(FILLED.map((f) => [f.name, f] as const))(
      '%s: every computed cell is the engine’s',
      async (name, { profile }) => {
        const bytes = await readFile(join(dir, `filled-${name}.xlsx`));
        // LibreOffice writes shared formulas and its own styles: both readers must see the same cells in it.
        expect(canonical(await xmlGrids(bytes))).toEqual(canonical(await excelJsGrids(bytes)));
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
        const grids = workbookGrids(workbook);
        expect(readIdentity(grids)?.profile?.id).toBe(profile.id);
        const forms = recognizeWorkbook(grids).flatMap((sheet) => sheet.forms);
        const result = review(forms, profile);
        let compared = 0;
        for (const { form, analysis, findings } of result.forms) {
          if (form.kind === 'basic') {
            const expenses = form.basic?.expenses ?? [];
            const projects = expenses[1];
            const special = projects?.children?.[2];
            // The lines inserted at the top, middle and end of the 专项 block are counted, and nothing twice.
            expect(special?.children?.map((l) => l.labelCell?.value)).toEqual(
              expect.arrayContaining(['专项（新增，块首）', '专项（新增，块中）', '专项（新增，块末）']),
            );
            for (const column of ['previous', 'budget', 'actual'] as const) {
              expect(cellNumber(special?.[column])).toBeCloseTo(sum(special?.children ?? [], column), 9);
              const leaves = (projects?.children ?? []).flatMap((line) => line.children ?? [line]);
              expect(cellNumber(projects?.[column])).toBeCloseTo(sum(leaves, column), 9);
              const three = expenses[0];
              const threeLeaves = (three?.children ?? []).flatMap((line) => line.children ?? [line]);
              expect(cellNumber(three?.[column])).toBeCloseTo(sum(threeLeaves, column), 9);
            }
            expect(form.basic?.staffing?.rate?.value).toBeCloseTo(66 / 69, 9);
            compared += 10;
          } else {
            const total = form.funds?.total;
            expect(total?.rate?.value).toBeCloseTo(analysis.execution.rate ?? NaN, 9);
            expect(total?.score?.value).toBe(analysis.execution.score);
            // Three rows of 2 points inserted at the top, middle and end of the table are in both totals.
            expect(
              form.indicators.filter((row) => String(row.level3?.value ?? '').startsWith('新增指标')),
            ).toHaveLength(3);
            expect(cellNumber(form.total?.score)).toBe(analysis.total);
            expect(form.total?.grade?.value).toBe(analysis.grade);
            const weights = analysis.indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
            expect(cellNumber(form.total?.weight)).toBe(analysis.execution.weight + weights);
            compared += 5;
          }
          // Whatever the formulas computed agrees with the rules that recompute it.
          const computedRules = ['exec-rate', 'exec-score', 'score-total', 'grade', 'ctrl-rate', 'fund-sum'];
          expect(findings.filter((f) => computedRules.includes(f.rule)).map((f) => f.message)).toEqual([]);
        }
        expect(compared).toBe(20);
      },
    );
  },
);

interface Measured {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly wrapped: boolean;
  readonly width: number;
  readonly height: number;
  readonly needWidth: number;
  readonly needHeight: number;
}

describeLo('templates printed by LibreOffice', () => {
  it('fit every label in its cell: none is wider or taller than the room it has', async () => {
    const packs = JSON.parse(await readFile(join(dir, 'measure.json'), 'utf8')) as { cells: Measured[] }[];
    expect(packs).toHaveLength(PRINTED.length);
    // Half a millimetre of slack (units: 1/100 mm): the line spacing of one font against another.
    const cut = packs
      .flatMap((p) => p.cells)
      .filter((c) => c.needHeight > c.height + 50 || (!c.wrapped && c.needWidth > c.width + 50))
      .map(
        (c) =>
          `${c.sheet} R${String(c.row + 1)}C${String(c.col + 1)} “${c.text.slice(0, 20)}” 需要 ${String(c.needWidth)}×${String(c.needHeight)}，只有 ${String(c.width)}×${String(c.height)}`,
      );
    expect(cut).toEqual([]);
    expect(packs.every((p) => p.cells.length > 100)).toBe(true);
  });

  it('print each form on as few pages as its rows allow, and keep the page images as artefacts', async () => {
    await mkdir(ARTEFACTS, { recursive: true });
    for (const name of PRINTED) {
      const { stdout } = await promisify(execFile)('pdfinfo', [join(dir, `${name}.pdf`)]);
      const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
      // 填报说明, 基础数据表, 整体 and one 项目 form: a page or two each.
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(8);
      await copyFile(join(dir, `${name}.pdf`), join(ARTEFACTS, `${name}.pdf`));
    }
    const images = (await readdir(join(dir, 'pages'))).filter((file) => file.endsWith('.png'));
    expect(images.length).toBeGreaterThanOrEqual(8);
    for (const image of images) await copyFile(join(dir, 'pages', image), join(ARTEFACTS, image));
  });
});
