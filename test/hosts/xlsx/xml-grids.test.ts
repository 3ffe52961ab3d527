/**
 * The XML cell reader (what `jixiao check` and `review` read with) against ExcelJS's reader (file mode), and
 * against what Excel means where ExcelJS gets it wrong. Workbooks are written part by part, so each case
 * holds exactly the XML other producers write.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { loadWorkbookFile, WorkbookReadError } from '../../../src/hosts/xlsx/load';
import { REASONS } from '../../../src/hosts/xlsx/guard';
import { slideFormula } from '../../../src/hosts/xlsx/shared-formula';
import { attributeNamed, childNamed, parseXml, XmlSyntaxError } from '../../../src/sheet/xml';
import { gridsFromParts } from '../../../src/hosts/xlsx/xml-grids';
import { writeSubmissions } from '../../../bench/lib/inputs';
import { buildFixtures } from '../../fixtures/build-fixtures';
import { deflated, HOSTILE, makeHostileCorpus, unzip, zip } from '../../hostile/corpus';
import { canonical, excelJsGrids, xmlGrids } from './both-readers';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface SheetSpec {
  readonly name: string;
  /** Everything inside <worksheet>. */
  readonly body: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** The part's path below xl/ (default worksheets/sheetN.xml). */
  readonly target?: string;
}

interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly strings?: readonly string[];
  /** Custom number formats by id, and the numFmtId of each cell style (index = `s`). */
  readonly numFmts?: Readonly<Record<number, string>>;
  readonly xfs?: readonly number[];
  readonly date1904?: boolean;
}

/** A workbook written part by part, the way Excel lays it out. */
function book(spec: BookSpec): Uint8Array {
  const targets = spec.sheets.map((sheet, i) => sheet.target ?? `worksheets/sheet${String(i + 1)}.xml`);
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${targets
        .map(
          (target) =>
            `<Override PartName="/xl/${target.replace(/^\/xl\//, '')}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join(
          '',
        )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${spec.sheets
        .map(
          (sheet, i) =>
            `<sheet name="${sheet.name}" sheetId="${String(i + 1)}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${String(i + 1)}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
        .map(
          (target, i) =>
            `<Relationship Id="rId${String(i + 1)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    [
      'xl/styles.xml',
      `${HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1">${Object.entries(spec.numFmts ?? {})
        .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, '&quot;')}"/>`)
        .join(
          '',
        )}</numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs>${[
        0,
        ...(spec.xfs ?? []),
      ]
        .map((id) => `<xf numFmtId="${String(id)}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
        .join(
          '',
        )}</cellXfs><dxfs count="1"><dxf><numFmt numFmtId="200" formatCode="0.0"/></dxf></dxfs></styleSheet>`,
    ],
    ['xl/sharedStrings.xml', `${HEAD}<sst xmlns="${MAIN_NS}">${(spec.strings ?? []).join('')}</sst>`],
    ...spec.sheets.map((sheet, i): [string, string] => [
      `xl/${(targets[i] ?? '').replace(/^\/xl\//, '')}`,
      `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${sheet.body}</worksheet>`,
    ]),
  ];
  return zip(parts.map(([name, text]) => deflated(name, text)));
}

const sheet = (body: string, name = 'Sheet1'): BookSpec => ({ sheets: [{ name, body }] });
const rows = (data: string): string => `<sheetData>${data}</sheetData>`;

/** The sheet's cells as `A1 → cell`, for assertions that read like the sheet. */
function cellsOf(grid: { rows: readonly (readonly (object | undefined)[] | undefined)[] } | undefined) {
  const cells: Record<string, object> = {};
  grid?.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) cells[`${String.fromCharCode(65 + c)}${String(r + 1)}`] = cell;
    }),
  );
  return cells;
}

async function both(spec: BookSpec) {
  const bytes = book(spec);
  return { xml: await xmlGrids(bytes), excel: await excelJsGrids(bytes) };
}

describe('the XML reader sees what ExcelJS sees', () => {
  it('on every fixture workbook', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-xml-fixtures-'));
    for (const path of await buildFixtures(dir)) {
      const bytes = await readFile(path);
      expect([path, canonical(await xmlGrids(bytes))]).toEqual([path, canonical(await excelJsGrids(bytes))]);
    }
  });

  it('on the templates `jixiao template` builds (formulas, validations, the hidden identity sheet)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-xml-tpl-'));
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
    const args = ['template', '--kind', 'all', '--project', '社区建设', '--out', join(dir, 't.xlsx')];
    expect(await main(args, io)).toBe(0);
    const bytes = await readFile(join(dir, 't.xlsx'));
    const xml = await xmlGrids(bytes);
    expect(xml.some((grid) => grid.hidden)).toBe(true);
    expect(xml.flatMap((g) => g.rows.flatMap((r) => r ?? [])).some((cell) => cell?.formula)).toBe(true);
    expect(canonical(xml)).toEqual(canonical(await excelJsGrids(bytes)));
  });

  it('on generated submissions and on the odd but valid files of the hostile corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-xml-odd-'));
    const files = await writeSubmissions(join(dir, 'submissions'), 12);
    const corpus = await makeHostileCorpus(join(dir, 'corpus'));
    const odd = HOSTILE.filter((entry) => 'reviewed' in entry.outcome).map((entry) => entry.file);
    const chosen = [...files, ...corpus.filter((path) => odd.some((name) => path.endsWith(name)))];
    expect(chosen.length).toBeGreaterThan(12);
    for (const path of chosen) {
      const bytes = await readFile(path);
      expect([path, canonical(await xmlGrids(bytes))]).toEqual([path, canonical(await excelJsGrids(bytes))]);
    }
  }, 60_000);

  it('on shared strings: plain, rich text runs, phonetic guides left out, _xHHHH_ escapes, empty as no cell', async () => {
    const { xml, excel } = await both({
      ...sheet(
        rows(
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
        ),
      ),
      strings: [
        '<si><t>项目名称</t></si>',
        '<si><r><rPr><b/></rPr><t>年度</t></r><r><t xml:space="preserve"> 总体目标</t></r></si>',
        '<si><t>预算</t><rPh sb="0" eb="2"><t>よさん</t></rPh></si>',
        '<si><t>第一行_x000D_第二行 &amp; &lt;3&gt;</t></si>',
        '<si><t/></si>',
      ],
    });
    expect(cellsOf(xml[0])).toEqual({
      A1: { value: '项目名称' },
      B1: { value: '年度 总体目标' },
      C1: { value: '预算' },
      D1: { value: '第一行\r第二行 & <3>' },
    });
    expect(canonical(xml)).toEqual(canonical(excel));
  });

  it('on numbers, booleans, errors, inline strings and formula results of each type', async () => {
    const { xml, excel } = await both(
      sheet(
        rows(
          '<row r="2"><c r="A2"><v>1.5E3</v></c><c r="B2" t="n"><v>-0.25</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#DIV/0!</v></c><c r="E2" t="inlineStr"><is><t>合计</t></is></c><c r="F2" t="str"><v>文本</v></c></row>' +
            '<row r="3"><c r="A3"><f>SUM(A2:B2)</f><v>1499.75</v></c><c r="B3" t="str"><f>A1&amp;"年"</f><v>2024年</v></c><c r="C3" t="b"><f>A2&gt;0</f><v>0</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3"><f>E9</f></c></row>',
        ),
      ),
    );
    expect(cellsOf(xml[0])).toEqual({
      A2: { value: 1500 },
      B2: { value: -0.25 },
      C2: { value: true },
      D2: { value: '#DIV/0!' },
      E2: { value: '合计' },
      F2: { value: '文本' },
      A3: { value: 1499.75, formula: 'SUM(A2:B2)' },
      B3: { value: '2024年', formula: 'A1&"年"' },
      C3: { value: false, formula: 'A2>0' },
      D3: { value: '#DIV/0!', formula: '1/0' },
      E3: { value: null, formula: 'E9' },
    });
    expect(canonical(xml)).toEqual(canonical(excel));
  });

  it('on number formats: built-in ids, custom codes, style 0 and the dxf formats left alone', async () => {
    const { xml, excel } = await both({
      ...sheet(
        rows(
          '<row r="1"><c r="A1" s="1"><v>0.9166</v></c><c r="B1" s="2"><v>12.5</v></c><c r="C1" s="3"><v>0.5</v></c><c r="D1" s="0"><v>7</v></c><c r="E1" s="4"><v>3</v></c></row>',
        ),
      ),
      numFmts: { 164: '0.00"万元"', 165: '0.0\\%' },
      xfs: [10, 164, 165, 0],
    });
    expect(cellsOf(xml[0])).toEqual({
      A1: { value: 0.9166, format: '0.00%' },
      B1: { value: 12.5, format: '0.00"万元"' },
      // As written: this format shows 0.5 as 0.5%, not 50% (ExcelJS reads it as 0.0%).
      C1: { value: 0.5, format: '0.0\\%' },
      D1: { value: 7 },
      E1: { value: 3 },
    });
    expect(canonical(xml)).toEqual(canonical(excel));
  });

  it('on dates: date formats turn serials into yyyy-mm-dd, in the 1900 and the 1904 system', async () => {
    const body = rows('<row r="1"><c r="A1" s="1"><v>45658</v></c><c r="B1" s="2"><v>45658</v></c></row>');
    const spec = { ...sheet(body), numFmts: { 166: 'yyyy"年"m"月"d"日"' }, xfs: [14, 166] };
    const plain = await both(spec);
    expect(cellsOf(plain.xml[0])).toEqual({
      A1: { value: '2025-01-01', format: 'mm-dd-yy' },
      B1: { value: '2025-01-01', format: 'yyyy"年"m"月"d"日"' },
    });
    expect(canonical(plain.xml)).toEqual(canonical(plain.excel));
    const in1904 = await both({ ...spec, date1904: true });
    expect(cellsOf(in1904.xml[0])).toMatchObject({ A1: { value: '2029-01-02' } });
    expect(canonical(in1904.xml)).toEqual(canonical(in1904.excel));
  });

  it('on merges: the top-left cell only, whatever the others hold', async () => {
    const { xml, excel } = await both(
      sheet(
        `${rows('<row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c><c r="B1"><v>9</v></c></row><row r="2"><c r="A2"><v>8</v></c></row>')}<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`,
      ),
    );
    expect(cellsOf(xml[0])).toEqual({ A1: { value: '项目' } });
    expect(xml[0]?.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(canonical(xml)).toEqual(canonical(excel));
  });

  it('on sheets: tab order from workbook.xml, hidden states, names with entities', async () => {
    const cell = rows('<row r="1"><c r="A1"><v>1</v></c></row>');
    const { xml, excel } = await both({
      sheets: [
        { name: '附件2', body: cell, target: 'worksheets/sheet9.xml' },
        { name: '_绩效自评助手', body: cell, state: 'veryHidden' },
        { name: 'R&amp;D', body: cell, state: 'hidden' },
      ],
    });
    expect(xml.map((g) => [g.sheet, g.hidden === true])).toEqual([
      ['附件2', false],
      ['_绩效自评助手', true],
      ['R&D', true],
    ]);
    expect(canonical(xml)).toEqual(canonical(excel));
  });
});

describe('where the XML reader reads what Excel means and ExcelJS does not', () => {
  it('keeps a cached formula result of 0 (ExcelJS’s cell.value drops it; read.ts asks cell.result)', async () => {
    const { xml, excel } = await both(sheet(rows('<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c></row>')));
    expect(cellsOf(xml[0])).toEqual({ A1: { value: 0, formula: 'B1-B1' } });
    expect(canonical(xml)).toEqual(canonical(excel));
  });

  it('gives each cell of a shared formula its own formula, references moved as Excel moves them', async () => {
    const { xml, excel } = await both(
      sheet(
        rows(
          '<row r="5"><c r="G5"><f t="shared" ref="G5:G7" si="0">IF(D5=0,"",E5/$D$5)</f><v>0.5</v></c></row>' +
            '<row r="6"><c r="G6"><f t="shared" si="0"/><v>0.25</v></c></row><row r="7"><c r="G7"><f t="shared" si="0"/></c></row>',
        ),
      ),
    );
    expect(cellsOf(xml[0])).toEqual({
      G5: { value: 0.5, formula: 'IF(D5=0,"",E5/$D$5)' },
      G6: { value: 0.25, formula: 'IF(D6=0,"",E6/$D$5)' },
      G7: { value: null, formula: 'IF(D7=0,"",E7/$D$5)' },
    });
    expect(canonical(xml)).toEqual(canonical(excel));
  });

  it('reads prefixed elements (x:c), which some non-Excel writers use', async () => {
    const bytes = zip(
      [...unzip(book(sheet(rows('<row r="1"/>'))))].map(([name, data]) =>
        deflated(
          name,
          name === 'xl/worksheets/sheet1.xml'
            ? `${HEAD}<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>项目</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`
            : data,
        ),
      ),
    );
    expect(cellsOf((await xmlGrids(bytes))[0])).toEqual({ A1: { value: '项目' }, B1: { value: 2 } });
  });

  it('places cells and rows that leave out their r attribute after the previous ones', async () => {
    const bytes = book(
      sheet(
        rows('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>'),
      ),
    );
    expect(cellsOf((await xmlGrids(bytes))[0])).toEqual({
      A1: { value: 1 },
      B1: { value: 2 },
      C2: { value: 3 },
      D2: { value: 4 },
    });
  });

  it('reads a sheet whose part is not named sheetN.xml (ExcelJS leaves such a sheet out)', async () => {
    const cell = rows('<row r="1"><c r="A1"><v>1</v></c></row>');
    const spec: BookSpec = {
      sheets: [
        { name: '附件1', body: cell },
        { name: '附件2', body: cell, target: '/xl/worksheets/附件2.xml' },
      ],
    };
    expect((await xmlGrids(book(spec))).map((g) => g.sheet)).toEqual(['附件1', '附件2']);
    expect((await excelJsGrids(book(spec))).map((g) => g.sheet)).toEqual(['附件1']);
  });

  it('reads East Asian built-in date formats (ids 27–36, 50–58) as dates', async () => {
    const bytes = book({ ...sheet(rows('<row r="1"><c r="A1" s="1"><v>45658</v></c></row>')), xfs: [31] });
    expect(cellsOf((await xmlGrids(bytes))[0])).toEqual({
      A1: { value: '2025-01-01', format: 'yyyy"年"m"月"d"日"' },
    });
  });
});

describe('a part that is not well-formed is refused, as ExcelJS refuses it', () => {
  it.each([
    ['cut short inside a value', rows('<row r="1"><c r="A1"><v>1')],
    ['cut short inside a tag', rows('<row r="1"><c r="A1"')],
    ['tags that do not nest', '<sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData>'],
    ['an element never closed', '<sheetData><row r="1">'],
    ['a comment never closed', '<sheetData><!-- note </sheetData>'],
    [
      'an entity XML does not define',
      rows('<row r="1"><c r="A1" t="inlineStr"><is><t>a&nbsp;b</t></is></c></row>'),
    ],
  ])('%s', async (_what, body) => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-xml-bad-'));
    const path = join(dir, 'bad.xlsx');
    await writeFile(path, book(sheet(body)));
    await expect(loadWorkbookFile(path)).rejects.toThrow(new WorkbookReadError(path, REASONS.unreadable));
    await expect(excelJsGrids(await readFile(path))).rejects.toThrow();
  });

  it('gridsFromParts throws XmlSyntaxError, which the loader turns into the plain sentence', () => {
    const parts = new Map([
      ['xl/workbook.xml', `<workbook xmlns:r="${REL_NS}"><sheets><sheet name="S" r:id="rId1"/></sheets>`],
    ]);
    expect(() => gridsFromParts(parts)).toThrow(XmlSyntaxError);
  });
});

describe('the XML parser, as the cell reader uses it', () => {
  it('decodes the predefined entities and character references, and reads line ends as XML does', () => {
    const root = parseXml('<t>&lt;a&gt; &amp;amp; &quot;&apos; &#20013;&#x6587;</t>');
    expect(root.text).toBe('<a> &amp; "\' 中文');
    expect(parseXml('<t>一\r\n二\r三</t>').text).toBe('一\n二\n三');
    expect(parseXml('<a v="1\r\n2\t3"/>').attributes.get('v')).toBe('1 2 3');
  });

  it('reads attributes in either quote and by local name, with > inside a value, and skips comments, PIs and CDATA', () => {
    const root = parseXml(
      `<?xml version="1.0"?><!-- <fake/> --><a x='1 > 0' y="&lt;b&gt;" p:z="2"><t><![CDATA[<raw> & ]]>text</t></a>`,
    );
    expect(root.localName).toBe('a');
    expect([attributeNamed(root, 'x'), attributeNamed(root, 'y'), attributeNamed(root, 'z')]).toEqual([
      '1 > 0',
      '<b>',
      '2',
    ]);
    expect(childNamed(root, 't')?.text).toBe('<raw> & text');
  });
});

describe('slideFormula moves a shared formula to another cell of its range', () => {
  it.each([
    ['E5/D5', 1, 0, 'E6/D6'],
    ['E5/$D$5+D$5+$D5', 2, 1, 'F7/$D$5+E$5+$D7'],
    ['SUM(D5:D9)*LOG10(A1)', 1, 0, 'SUM(D6:D10)*LOG10(A2)'],
    ['IF(C5="A1","B2",C5)', 1, 0, 'IF(C6="A1","B2",C6)'],
    ["'附件 1'!C5+Sheet2!B3", 1, 1, "'附件 1'!D6+Sheet2!C4"],
    ['A1-1.5E3+TRUE', 0, 1, 'B1-1.5E3+TRUE'],
    ['A2+B2', -2, 0, '#REF!+#REF!'],
    ['XFE1+ABCD5+A0', 1, 1, 'XFE1+ABCD5+A0'],
  ])('%s moved by (%i, %i) is %s', (formula, rows, cols, moved) => {
    expect(slideFormula(formula, rows, cols)).toBe(moved);
  });
});
