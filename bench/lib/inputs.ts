/**
 * Generated inputs: forms of any size in the seeds' layouts (as offices fill them in and as Word pastes
 * them), as Grids for the engine and recognition, and as a folder of varied .xlsx submissions for the batch.
 * Everything is drawn from a seeded generator, so every run measures the same inputs.
 */
import ExcelJS from 'exceljs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NATIONAL } from '../../src/domain';
import { buildTemplates } from '../../src/forms/templates';
import { writeWorkbookPlan } from '../../src/hosts/xlsx/write';
import type { Grid, GridCell } from '../../src/sheet/grid';
import { layoutsToXlsx } from '../../test/fixtures/build-fixtures';
import { PLANTED } from '../../test/fixtures/planted';
import {
  numbersAsText,
  seed001Project,
  seed003Scored,
  seed004Attachment1,
  seed004Attachment2,
  stacked,
  type IndicatorLine,
  type ProjectSpec,
  type SheetLayout,
} from '../../test/fixtures/seed-layouts';

/** A small seeded generator (mulberry32): the same inputs on every run. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const UNITS = ['望岳街道办事处', '荣华街道办事处', '东里街道办事处', '城南街道办事处', '某某镇人民政府'];
const PROJECTS = [
  '社区网格化管理经费',
  '基层公共安全经费',
  '老旧小区改造',
  '城市管理协管经费',
  '养老服务补贴',
];

/** Indicator themes: 三级指标 and, for a planned figure n, its target, a result that meets it and one that misses it. */
const THEMES: readonly (readonly [string, (n: number) => readonly [string, string, string]])[] = [
  ['培训人数', (n) => [`≥${String(n)}人`, `${String(n + 5)}人`, `${String(Math.floor(n * 0.9))}人`]],
  ['巡查次数', (n) => [`${String(n * 10)}次`, `${String(n * 10)}次`, `${String(n * 9)}次`]],
  ['办结率', (n) => [`≥${String(90 + (n % 10))}%`, '100%', `${String(80 + (n % 10))}%`]],
  ['按期完成率', () => ['100%', '100%', '96%']],
  ['成本控制', (n) => [`≤${String(n)}万元`, `${String(n - 1)}万元`, `${String(n + 3)}万元`]],
  ['满意度', (n) => [`≥${String(85 + (n % 10))}%`, `${String(95 + (n % 5))}%`, `${String(70 + (n % 10))}%`]],
  ['宣传场次', (n) => [`≥${String(n)}场`, `${String(n + 2)}场`, `${String(n - 3)}场`]],
  ['事故发生率', () => ['0起', '0起', '1起']],
  ['工作完成情况', () => ['完成', '已完成', '基本完成']],
];
const CAUSE = '受疫情影响部分活动延期，下一步加快实施进度。';
const LEVELS: readonly (readonly [string, readonly string[]])[] = [
  ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
  ['效益指标', ['社会效益指标', '可持续影响指标']],
  ['满意度指标', ['服务对象满意度指标']],
];

/**
 * A filled-in 项目支出绩效自评表 with `count` indicator rows: 一级 / 二级 in Word's merged style, about one
 * row in twelve short of its target (some with a cause, some without). Weights add up to 90 (`even`), or
 * each row gets 2–6 points whatever the count, so that every row of a large form is like those of a small one.
 * `salt` shifts every planned figure, so that a form's value texts are ones never seen before.
 */
export function projectSpec(random: Random, count: number, index = 0, even = true, salt = 0): ProjectSpec {
  const evenWeight = Math.round((90 / count) * 100) / 100;
  const shares = [0.5, 0.8, 1];
  const indicators: IndicatorLine[] = [];
  let lastLevel1 = '';
  let lastLevel2 = '';
  for (let i = 0; i < count; i++) {
    // Half the rows 产出, then 效益 to 80 %, then 满意度; each group's rows shared evenly among its 二级.
    const group = shares.findIndex((share) => i < share * count);
    const [level1, level2s] = LEVELS[group] ?? ['满意度指标', ['服务对象满意度指标']];
    const from = Math.ceil((shares[group - 1] ?? 0) * count);
    const to = Math.ceil((shares[group] ?? 1) * count);
    const level2 = level2s[Math.floor(((i - from) * level2s.length) / Math.max(1, to - from))] ?? '';
    const [name, values] = random.pick(THEMES);
    const [target, met, missed] = values(random.int(10, 200) + salt);
    const weight = even ? evenWeight : random.int(2, 6);
    const miss = random.chance(1 / 12);
    const score = miss ? Math.round(weight * 0.8 * 100) / 100 : weight;
    // Half the rows that lost points say why.
    const cause = miss && random.chance(0.5) ? CAUSE : undefined;
    indicators.push([
      level1 === lastLevel1 ? '' : level1,
      level2 === lastLevel2 && level1 === lastLevel1 ? '' : level2,
      `${name}${String(i + 1)}`,
      target,
      miss ? missed : met,
      weight,
      score,
      cause,
    ]);
    lastLevel1 = level1;
    lastLevel2 = level2;
  }
  const budget = random.int(50, 3000);
  const spent = random.chance(0.7) ? budget : Math.round(budget * (0.8 + random.next() * 0.2) * 100) / 100;
  const rate = spent / budget;
  const total = 10 + indicators.reduce((sum, line) => sum + Number(line[6]), 0);
  return {
    ...(random.chance(0.7) ? { title: `${String(2022 + (index % 3))}年度项目支出绩效自评表` } : {}),
    spacers: random.chance(0.3),
    name: `${random.pick(PROJECTS)}（${String(index + 1)}）`,
    department: random.pick(UNITS),
    implementer: random.pick(UNITS),
    total: [budget, budget, spent, 10, `${(rate * 100).toFixed(2)}%`, Math.round(rate * 1000) / 100],
    lines: [
      [budget, budget, spent],
      [0, 0, 0],
    ],
    goals: ['完成年度各项工作任务。', '基本完成年度各项工作任务。'],
    indicators,
    sum: [100, Math.round(total * 100) / 100],
  };
}

/** A layout as a host would read it into a Grid. */
export function layoutGrid(layout: SheetLayout): Grid {
  const rows = layout.rows.map((row) =>
    row.map((value): GridCell | undefined => (value === undefined || value === null ? undefined : { value })),
  );
  return { sheet: layout.name, rows, merges: layout.merges };
}

/** One generated submission: a name and its sheets, or one of our own blank templates. */
function submission(random: Random, index: number): SheetLayout[] | 'template' {
  const kind = random.next();
  if (kind < 0.4) {
    const sheets = random.int(1, 3);
    return Array.from({ length: sheets }, (_, s) => {
      const spec = projectSpec(random, random.int(6, 24), index * 3 + s);
      return stacked(`项目${String(s + 1)}`, [spec]);
    });
  }
  if (kind < 0.55) {
    const layouts = [seed004Attachment1(), seed004Attachment2()];
    return random.chance(0.3) ? layouts.map(numbersAsText) : layouts;
  }
  if (kind < 0.7)
    return [
      stacked('项目支出绩效自评表', [
        projectSpec(random, random.int(6, 16), index),
        projectSpec(random, random.int(6, 16), index + 1),
      ]),
    ];
  if (kind < 0.8) return random.pick(PLANTED).sheets.map((sheet) => sheet.layout);
  if (kind < 0.95) return [random.pick([seed001Project, seed003Scored])()];
  return 'template';
}

/** Writes `count` varied submissions into `dir` (sub-folders of 50, as a bureau collects them). */
export async function writeSubmissions(dir: string, count: number, seed = 20240601): Promise<string[]> {
  const random = new Random(seed);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `批次${String(Math.floor(i / 50) + 1).padStart(2, '0')}`);
    await mkdir(folder, { recursive: true });
    const path = join(folder, `自评表-${String(i + 1).padStart(3, '0')}.xlsx`);
    const made = submission(random, i);
    let bytes: ArrayBuffer;
    if (made === 'template') {
      const workbook = new ExcelJS.Workbook();
      const projects = Array.from(
        { length: random.int(1, 3) },
        (_, p) => `${random.pick(PROJECTS)}${String(p + 1)}`,
      );
      await writeWorkbookPlan(
        workbook,
        buildTemplates({
          kinds: ['basic', 'overall', 'project'],
          profile: NATIONAL,
          unit: random.pick(UNITS),
          year: 2023,
          projects,
        }),
      );
      bytes = await workbook.xlsx.writeBuffer();
    } else bytes = await layoutsToXlsx(made);
    await writeFile(path, new Uint8Array(bytes));
    files.push(path);
  }
  return files;
}
