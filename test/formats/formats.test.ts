/**
 * Every format a reviewer receives gives the same check: the real-form corpus as .xlsx, .xls, .ods and as a
 * table in a Word report — the same forms, figures and findings (row numbers aside).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkFile, type FileCheck } from '../../src/cli/check-files';
import { main } from '../../src/cli/main';
import { readCorpus } from '../corpus/format';
import { libreOfficeMissing } from '../templates/libreoffice';
import { corpusInFormats, FORMATS, type Format } from './corpus-formats';

const tables = readCorpus();
const missing = libreOfficeMissing();
if (missing && process.env['CI'])
  throw new Error(`${missing} is not installed: the format tests cannot run.`);
if (missing) console.warn(`未安装 ${missing}：本机未运行各种文件格式的对照测试。`);
const describeFormats = missing ? describe.skip : describe;

let dir = '';
beforeAll(async () => {
  if (!missing) dir = await corpusInFormats(tables);
}, 300_000);

/** What must be the same in every format: each form's kind, figures and findings by rule and message id. */
function essence(check: FileCheck): unknown {
  return {
    error: check.error,
    forms: check.forms.map(({ form, analysis, findings }) => ({
      kind: form.kind,
      rate: analysis.execution.rate,
      score: analysis.execution.score,
      total: analysis.total,
      grade: analysis.grade,
      findings: findings
        .map((f) => `${f.rule}:${f.messageId}`)
        .sort()
        .join(' '),
    })),
  };
}

describeFormats('the real-form corpus in every format', () => {
  it('reads all four formats of every table', async () => {
    for (const format of FORMATS) {
      const check = await checkFile(join(dir, `${tables[0]?.id ?? ''}.${format}`));
      expect([format, check.error, check.format]).toEqual([format, null, format]);
    }
  });

  it("keeps the reading library's console remarks from the reviewer's terminal", async () => {
    const spoken = jest.spyOn(console, 'error');
    try {
      for (const table of tables) await checkFile(join(dir, `${table.id}.ods`));
      expect(spoken).not.toHaveBeenCalled();
    } finally {
      spoken.mockRestore();
    }
  });

  it.each(tables.map((table) => [table.id] as const))(
    '%s: the same forms, figures and findings',
    async (id) => {
      const checks = new Map<Format, FileCheck>();
      for (const format of FORMATS) checks.set(format, await checkFile(join(dir, `${id}.${format}`)));
      const xlsx = essence(checks.get('xlsx') as FileCheck);
      expect((checks.get('xlsx') as FileCheck).forms.length).toBeGreaterThan(0);
      for (const format of ['xls', 'ods', 'docx'] as const)
        expect({ format, ...(essence(checks.get(format) as FileCheck) as object) }).toEqual({
          format,
          ...(xlsx as object),
        });
    },
  );

  it('writes the checked copy of an .xls, .ods or Word report as an .xlsx laid out to be read', async () => {
    const table = tables.find((t) => t.expect.findings.length > 0) ?? tables[0];
    const id = table?.id ?? '';
    const out = await mkdtemp(join(tmpdir(), 'jixiao-formats-'));
    for (const format of ['xls', 'ods', 'docx'] as const) {
      const folder = join(out, format);
      let said = '';
      const io = { stdout: (text: string) => (said += text), stderr: () => undefined, cwd: out };
      const code = await main(['check', join(dir, `${id}.${format}`), '--fix', folder], io);
      expect([format, code === 2]).toEqual([format, false]);
      expect(said).toContain(`原文件为 .${format}，副本存为 .xlsx`);
      const original = essence(await checkFile(join(dir, `${id}.${format}`)));
      const copy = await checkFile(join(folder, `${id}.xlsx`));
      // The copy holds what was read: the same forms and figures (its marks are notes and fills, not values).
      expect({
        format,
        forms: (essence(copy) as { forms: { kind: string }[] }).forms.map((f) => f.kind),
      }).toEqual({
        format,
        forms: (original as { forms: { kind: string }[] }).forms.map((f) => f.kind),
      });
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(folder, `${id}.xlsx`));
      const sheet = book.worksheets.find((s) => s.state === 'visible');
      const widths = (sheet?.columns ?? []).map((column) => column.width ?? 0);
      expect(Math.max(...widths)).toBeGreaterThan(10);
      const wrapped = (sheet?.getSheetValues() ?? []).length > 0 && sheet?.getCell('A1').alignment?.wrapText;
      expect([format, wrapped]).toEqual([format, true]);
      expect([format, sheet?.pageSetup.orientation]).toEqual([format, 'landscape']);
    }
  });
});
