/** A Word report checked as a reviewer reads it: its tables found, its statements held to them, places named. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile, checkJson } from '../../src/cli/check-files';
import { textReport } from '../../src/cli/text-report';
import { readCorpus } from '../corpus/format';
import { docx } from './docx-writer';

// A scored form with a stated total whose 执行率得分 is misstated (9): its finding names a Word cell.
const found = readCorpus().find((t) => t.id === 'hebei-2019-langfang-nuantong');
if (!found?.expect.figures.total) throw new Error('the corpus form hebei-2019-langfang-nuantong is missing');
const form = found;
const total = form.expect.figures.total ?? 0;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-word-'));
});

async function report(name: string, text: string): Promise<ReturnType<typeof checkFile>> {
  const file = join(dir, name);
  // A report as units file it: a heading, a paragraph of text, an unrelated table, then the form.
  await writeFile(
    file,
    docx([
      '2023年度部门整体支出绩效自评报告',
      text,
      [
        ['序号', '事项'],
        ['1', '完成年度任务'],
      ],
      form.rows,
    ]),
  );
  return checkFile(file);
}

describe('a Word report', () => {
  it('is read for its tables, the form found in the second one, places named by table, row and column', async () => {
    const check = await report('一致.docx', `部门整体绩效自评得分：${String(total)}分。`);
    expect(check.error).toBeNull();
    expect(check.format).toBe('docx');
    expect(check.forms.map((f) => [f.form.sheet, f.form.kind])).toEqual([['表2', form.kind]]);
    expect(check.forms[0]?.analysis.total).toBe(total);
    expect(check.forms[0]?.findings.filter((f) => f.rule === 'report-consistency')).toEqual([]);
    const json = checkJson([check]) as {
      files: { format: string; forms: { findings: { location: string }[] }[] }[];
    };
    expect(json.files[0]?.format).toBe('docx');
    for (const finding of json.files[0]?.forms[0]?.findings ?? [])
      expect(finding.location).toMatch(/^表 2(，第 \d+ 行第 \d+ 列)?$/);
    expect(textReport([check])).toContain('报告中的表 2');
  });

  it('whose text states another 自评得分 than its table gets the finding', async () => {
    const check = await report(
      '不一致.docx',
      `部门整体绩效自评得分：${String(total + 1.5)}分，评价等级为“优”。`,
    );
    const found = check.forms[0]?.findings.filter((f) => f.rule === 'report-consistency') ?? [];
    expect(found.map((f) => f.messageId)).toContain('report-consistency.total');
    expect(found[0]?.message).toContain(`${String(total + 1.5)}分`);
    // Cells named as a Word table has them, in the messages too.
    const text = textReport([check]);
    expect(text).toContain('报告正文写“自评得分');
    expect(text).toMatch(/第 \d+ 行第 \d+ 列 执行率得分填写为 9，.*请在 第 7 行第 8 列 改正/);
    expect(text).not.toContain('工作表“表1”');
  });

  it('without a form says what it looked at, in a report’s words', async () => {
    const file = join(dir, '名单.docx');
    await writeFile(
      file,
      docx([
        '人员名单',
        [
          ['姓名', '职务'],
          ['张三', '科长'],
        ],
      ]),
    );
    const check = await checkFile(file);
    expect([check.error, check.forms.length]).toEqual([null, 0]);
    expect(textReport([check])).toContain(
      '未找到自评表：查看了报告中的 1 张表格，其中没有可识别的项目支出、整体支出绩效自评表或基础数据表。',
    );
  });
});
