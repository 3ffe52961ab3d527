/**
 * Nothing lost: over workbooks made by ExcelJS, LibreOffice and openpyxl (and an .xlsm), the checked copy
 * differs from its original only in the value and number format of the computed cells it filled and the fill
 * and note of the cells it marked. Every other cell property, every merge, validation, conditional format and
 * defined name, and every other part of the package (charts, pictures, macros …) is the same.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { toA1 } from '../../src/domain';
import { main } from '../../src/cli/main';
import { checkWorkbook } from '../../src/forms/check';
import { checkedCopy } from '../../src/forms/copy';
import { NOTE_HEADING } from '../../src/forms/fixes';
import { loadWorkbookFile, NODE_CODEC } from '../../src/hosts/xlsx/load';
import { relationshipsOf, relsPathOf, resolveTarget } from '../../src/hosts/xlsx/package';
import { patchWorkbook } from '../../src/hosts/xlsx/patch';
import { workbookSheets } from '../../src/hosts/xlsx/xml-grids';
import type { CellEdit } from '../../src/sheet/plan';
import { unexplainedDifferences, unpack, workbookState, type AllowedChange } from './compare';
import { copyCorpus, copyCorpusMissing, soffice, type CorpusWorkbook } from './corpus';

const missing = copyCorpusMissing();
if (missing && process.env['CI'])
  throw new Error(`${missing} is not installed: the copy corpus cannot be built.`);
if (missing) console.warn(`未安装 ${missing}：本机未运行副本对照测试。`);
const describeCorpus = missing ? describe.skip : describe;

let corpus: CorpusWorkbook[] = [];
beforeAll(async () => {
  if (!missing) corpus = await copyCorpus();
}, 300_000);

/** The parts a copy may rewrite: the edited sheets, their relationships and notes, styles and content types. */
function partsThatMayChange(copy: Uint8Array, edits: readonly CellEdit[]): (part: string) => boolean {
  const parts = unpack(copy);
  const texts = new Map<string, string>();
  for (const [name, bytes] of parts)
    if (/\.(xml|rels)$/.test(name)) texts.set(name, new TextDecoder().decode(bytes));
  const sheets = workbookSheets(texts).sheets.filter((s) => edits.some((e) => e.sheet === s.name));
  const allowed = new Set(['[Content_Types].xml', 'xl/styles.xml']);
  for (const sheet of sheets) {
    allowed.add(sheet.part);
    const rels = relsPathOf(sheet.part);
    allowed.add(rels);
    for (const rel of relationshipsOf(texts.get(rels)))
      if (/\/(comments|vmlDrawing)$/.test(rel.type)) allowed.add(resolveTarget(sheet.part, rel.target));
  }
  return (part) => allowed.has(part);
}

function allowedChanges(edits: readonly CellEdit[]): Map<string, AllowedChange> {
  return new Map(
    edits.map((edit) => [
      `${edit.sheet}!${toA1(edit.cell)}`,
      {
        ...(edit.value !== undefined ? { value: true } : {}),
        ...(edit.fill !== undefined ? { fill: edit.fill } : {}),
        ...(edit.note !== undefined ? { note: true } : {}),
      },
    ]),
  );
}

async function copyOf(
  path: string,
): Promise<{ bytes: Uint8Array; copy: Uint8Array; edits: readonly CellEdit[] }> {
  const { grids, source } = await loadWorkbookFile(path, { keepSource: true });
  if (!source) throw new Error('no source kept');
  const check = checkWorkbook(grids);
  const planned = checkedCopy(grids, check);
  const { bytes } = await patchWorkbook(source, planned.edits, NODE_CODEC);
  return { bytes: source, copy: bytes, edits: planned.edits };
}

describeCorpus('a checked copy changes only what it means to', () => {
  it('covers at least 12 workbooks from at least three producers', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(new Set(corpus.map((w) => w.producer)).size).toBeGreaterThanOrEqual(3);
  });

  it('differs from every original only in filled and marked cells', async () => {
    const report: string[] = [];
    let edited = 0;
    for (const workbook of corpus) {
      const { bytes, copy, edits } = await copyOf(workbook.path);
      if (edits.length > 0) edited++;
      const problems = unexplainedDifferences(
        workbookState(bytes),
        workbookState(copy),
        allowedChanges(edits),
        partsThatMayChange(copy, edits),
      );
      for (const problem of problems)
        report.push(`${workbook.producer} ${basename(workbook.path)}: ${problem}`);
    }
    expect(report).toEqual([]);
    // The guarantee means something only where the copy did change cells.
    expect(edited).toBeGreaterThanOrEqual(12);
  });

  it('writes copies that read back with the fills in place, marks that match, and no stacked notes', async () => {
    for (const workbook of corpus) {
      const { copy, edits } = await copyOf(workbook.path);
      const dir = await mkdtemp(join(tmpdir(), 'jixiao-copy-'));
      const path = join(dir, basename(workbook.path));
      await writeFile(path, copy);
      const reread = checkWorkbook((await loadWorkbookFile(path)).grids);
      const computed = new Set(['exec-rate', 'exec-score', 'score-total', 'grade']);
      const filled = edits.filter((e) => e.value !== undefined);
      // A filled computed cell no longer draws the finding it was filled for.
      for (const edit of filled)
        expect(
          reread.forms
            .flatMap((f) => f.findings)
            .filter(
              (f) => computed.has(f.rule) && f.cell?.row === edit.cell.row && f.cell.col === edit.cell.col,
            ),
        ).toEqual([]);
      // Checking the copy and copying it again marks the same cells, each note carrying our heading once.
      const again = await copyOf(path);
      expect(
        new Set(again.edits.filter((e) => e.value === undefined).map((e) => `${e.sheet}!${toA1(e.cell)}`)),
      ).toEqual(
        new Set(
          edits
            .filter((e) => e.fill !== undefined && e.value === undefined)
            .map((e) => `${e.sheet}!${toA1(e.cell)}`),
        ),
      );
      for (const [, sheet] of workbookState(again.copy).sheets)
        for (const [, cell] of sheet.cells)
          expect(cell.note.split(NOTE_HEADING).length).toBeLessThanOrEqual(2);
    }
  });
});

describeCorpus('check --fix on a workbook with a chart and a picture', () => {
  it('writes a copy LibreOffice prints with the chart and the picture', async () => {
    const sources = corpus.filter((w) => /everything\.xlsx$/.test(w.path));
    expect(sources.length).toBeGreaterThanOrEqual(2);
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-chart-'));
    const pdfs: string[] = [];
    for (const [i, source] of sources.entries()) {
      const original = join(dir, `original-${String(i)}.xlsx`);
      await writeFile(original, await readFile(source.path));
      let out = '';
      const code = await main(['check', original, '--fix', join(dir, 'fixed')], {
        stdout: (t) => (out += t),
        stderr: (t) => (out += t),
        cwd: dir,
      });
      expect({ code, out }).toEqual({ code: 1, out: expect.stringContaining('已另存') as unknown });
      pdfs.push(original, join(dir, 'fixed', basename(original)));
    }
    await soffice(['--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...pdfs], join(dir, 'profile'));
    for (const file of pdfs) {
      const pdf = join(dir, 'pdf', basename(file).replace(/\.xlsx$/, '.pdf'));
      const { stdout: words } = await promisify(execFile)('pdftotext', [pdf, '-']);
      const { stdout: images } = await promisify(execFile)('pdfimages', ['-list', pdf]);
      expect(words).toContain('自评得分图表');
      // The listing's two header lines, then one line per picture.
      expect(images.trim().split('\n').length).toBeGreaterThanOrEqual(3);
    }
  }, 240_000);
});
