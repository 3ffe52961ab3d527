/**
 * The checker against real forms (test/corpus): every table written both ways and checked; the figures are
 * printed by `npm run corpus`, and held here to what reviewers need: nearly every expectation met, and no
 * more than one false alarm per 20 forms.
 */
import { corpusReport, measureCorpus, type CorpusRun } from './measure';
import { readCorpus } from './format';

const tables = readCorpus();
let run: CorpusRun;
beforeAll(async () => {
  run = await measureCorpus(tables);
}, 120_000);

describe('the real-form corpus', () => {
  it('holds at least 40 tables of at least 12 provinces, 2019–2025, project and overall forms among them', () => {
    expect(tables.length).toBeGreaterThanOrEqual(40);
    expect(new Set(tables.map((t) => t.source.province)).size).toBeGreaterThanOrEqual(12);
    const kinds = new Set(tables.map((t) => t.kind));
    for (const kind of ['project', 'overall', 'basic', 'transfer', 'rubric']) expect(kinds).toContain(kind);
    for (const table of tables) expect(table.source.year).toBeGreaterThanOrEqual(2019);
  });

  it('meets at least 95 % of the expectations', () => {
    expect(run.met / run.expected).toBeGreaterThanOrEqual(0.95);
  });

  it('raises no more than one false alarm per 20 forms', () => {
    expect(run.falseAlarms).toBeLessThanOrEqual(run.results.length / 20);
  });

  it('recognises a form in every table, both ways', () => {
    expect(run.results.filter((r) => r.forms === 0).map((r) => `${r.table.id} [${r.variant}]`)).toEqual([]);
  });

  it('prints every figure', () => {
    const report = corpusReport(run);
    expect(report).toContain(`${String(run.tables)} 张真实表格`);
    expect(report).toMatch(/期望满足 \d+\/\d+/);
    expect(report).toMatch(/误报 \d+ 个/);
  });
});
