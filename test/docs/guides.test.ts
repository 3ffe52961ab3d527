/**
 * The three guides of docs/guides hold: each touches at most five files, every file it names exists, every
 * code block it shows is in the file it names (the worked examples are the repository's own code), and the
 * province guide's example works both ways — without its vocabulary line the column is not read, with it it is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkWorkbook } from '../../src/forms/check';
import { loadWorkbookFile } from '../../src/hosts/xlsx/load';
import { tableWorkbook } from '../corpus/build';
import { readCorpus, type CorpusTable } from '../corpus/format';

const ROOT = join(__dirname, '..', '..');
const GUIDES = join(ROOT, 'docs', 'guides');
const guides = readdirSync(GUIDES)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(join(GUIDES, name), 'utf8') }));

/** The paths listed under the guide's “要改的文件 / Files you touch” heading. */
function filesTouched(text: string): string[] {
  const section = /## 要改的文件 \/ Files you touch\n([\s\S]*?)\n## /.exec(text)?.[1] ?? '';
  return [...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1] ?? '');
}

/** Code blocks written ```lang file=path: what the guide says stands in that file. */
function shownBlocks(text: string): { file: string; code: string }[] {
  return [...text.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)```/g)].map((m) => ({
    file: m[1] ?? '',
    code: m[2] ?? '',
  }));
}

/** Lines without their indentation: Prettier may indent a block in the guide otherwise than in its file. */
const lines = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();

describe('the guides of docs/guides', () => {
  it('are three: a rule, a province’s layout, a pane operation', () => {
    expect(guides.map((g) => g.name).sort()).toEqual([
      'add-a-pane-operation.md',
      'add-a-province-layout.md',
      'add-a-rule.md',
    ]);
  });

  it.each(guides.map((g) => [g.name, g.text] as const))(
    '%s touches at most five files, each real',
    (_name, text) => {
      const files = filesTouched(text);
      expect(files.length).toBeGreaterThan(2);
      expect(files.length).toBeLessThanOrEqual(5);
      // A path with a placeholder (<id>) names a file to create: its folder exists.
      for (const file of files)
        expect([file, existsSync(join(ROOT, file.includes('<') ? dirname(file) : file))]).toEqual([
          file,
          true,
        ]);
    },
  );

  it.each(guides.map((g) => [g.name, g.text] as const))(
    '%s shows only code that is in the files it names',
    (_name, text) => {
      const blocks = shownBlocks(text);
      expect(blocks.length).toBeGreaterThan(0);
      for (const { file, code } of blocks) {
        const source = readFileSync(join(ROOT, file), 'utf8');
        if (file.endsWith('.json')) {
          // A corpus file is formatted one cell per line: its row is looked for as data.
          const row = JSON.stringify(JSON.parse(code.trim().replace(/,$/, '')));
          const rows = (JSON.parse(source) as { rows: unknown[] }).rows.map((r) => JSON.stringify(r));
          expect([file, rows.includes(row)]).toEqual([file, true]);
        } else expect([file, lines(source).includes(lines(code))]).toEqual([file, true]);
      }
    },
  );
});

describe('the province guide’s worked example (hebei-2021-laoting-shuangsuiji, 调整预算数)', () => {
  const table = readCorpus().find((t) => t.id === 'hebei-2021-laoting-shuangsuiji');
  if (!table) throw new Error('the worked example’s corpus table is missing');

  async function check(rows: CorpusTable['rows']) {
    const file = join(await mkdtemp(join(tmpdir(), 'jixiao-guide-')), 'form.xlsx');
    await writeFile(file, await tableWorkbook({ ...table, rows } as CorpusTable, 'pasted'));
    const form = checkWorkbook((await loadWorkbookFile(file)).grids).forms[0];
    if (!form) throw new Error('no form recognised');
    return form;
  }

  it('reads the adjusted budget under 调整预算数, the vocabulary line the guide adds', async () => {
    const form = await check(table.rows);
    expect([form.analysis.execution.budget, form.analysis.execution.rate]).toEqual([30, 1]);
  });

  it('says it cannot work out the rate when the heading is one the vocabulary does not know', async () => {
    const rows = table.rows.map((row) =>
      row.map((cell) => (cell === '调整预算数' ? '调整后的全年额度' : cell)),
    );
    const form = await check(rows);
    expect(form.analysis.execution.rate).toBeNull();
    expect(form.findings.filter((f) => f.rule === 'unread').map((f) => f.messageId)).not.toEqual([]);
  });
});
