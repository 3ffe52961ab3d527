/** 4. Templates: the full national pack with 20 projects, built and written to an .xlsx buffer with ExcelJS. */
import ExcelJS from 'exceljs';
import { NATIONAL } from '../../src/domain';
import { buildTemplates, type TemplateOptions } from '../../src/forms/templates';
import { writeWorkbookPlan } from '../../src/hosts/xlsx/write';
import { figure, type Figure } from '../lib/figures';

const SCENARIO = '4 Templates';
const ROUNDS = 7;

const OPTIONS: TemplateOptions = {
  kinds: ['basic', 'overall', 'project'],
  profile: NATIONAL,
  unit: '某某区人民政府某某街道办事处',
  year: 2024,
  projects: Array.from({ length: 20 }, (_, i) => `项目${String(i + 1)}：社区综合治理专项经费`),
};

export async function templates(): Promise<Figure[]> {
  const build: number[] = [];
  const total: number[] = [];
  let bytes = 0;
  let sheets = 0;
  for (let round = 0; round < ROUNDS + 1; round++) {
    const started = performance.now();
    const plan = buildTemplates(OPTIONS);
    const built = performance.now();
    const workbook = new ExcelJS.Workbook();
    await writeWorkbookPlan(workbook, plan);
    const buffer = await workbook.xlsx.writeBuffer();
    const done = performance.now();
    // The first round warms up (module code, ExcelJS's own first-use costs) and is not counted.
    if (round === 0) continue;
    build.push(built - started);
    total.push(done - started);
    bytes = buffer.byteLength;
    sheets = plan.sheets.length;
  }
  const note = `${String(sheets)} sheets, ${(bytes / 1024).toFixed(0)} KB .xlsx`;
  return [
    figure(SCENARIO, 'templates.build', 'buildTemplates(), national + 20 projects', 'ms', build),
    figure(SCENARIO, 'templates.write', 'build + write with ExcelJS to a buffer', 'ms', total, null, note),
  ];
}
