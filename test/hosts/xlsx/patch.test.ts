/**
 * The patcher's pieces on the shapes producers write that the copy corpus may not: rows and cells that do not
 * exist yet, cells without addresses, prefixed elements, a style sheet without number formats, notes that
 * already stand on a cell, threaded comments, a workbook without a style sheet.
 */
import { NOTE_HEADING } from '../../../src/forms/fixes';
import { gridsFromParts } from '../../../src/hosts/xlsx/xml-grids';
import { patchComments } from '../../../src/hosts/xlsx/patch-notes';
import { patchSheet, type SheetCellEdit } from '../../../src/hosts/xlsx/patch-sheet';
import { StyleBook } from '../../../src/hosts/xlsx/patch-styles';
import { patchWorkbook } from '../../../src/hosts/xlsx/patch';
import { storedText, writeZip } from '../../../src/hosts/xlsx/zip-write';
import { parseXml } from '../../../src/sheet/xml';
import { unpack } from '../../copy/compare';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (data: string, after = ''): string =>
  `<worksheet ${NS}><sheetData>${data}</sheetData>${after}</worksheet>`;
const restyle = (row: number, col: number, style = 9, value?: number | string): SheetCellEdit => ({
  row,
  col,
  style: () => style,
  ...(value === undefined ? {} : { value }),
});

describe('patchSheet', () => {
  it('rewrites only the touched cell and keeps every other byte', () => {
    const source = sheet('<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1" t="s"><v>0</v></c></row>');
    const out = patchSheet(source, [restyle(0, 1)]);
    expect(out).toBe(
      sheet('<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="9" t="s"><v>0</v></c></row>'),
    );
  });

  it('writes a filled value as a number or an inline string, dropping the old type', () => {
    const source = sheet('<row r="2"><c r="G2" s="3" t="s"><v>4</v></c></row>');
    expect(patchSheet(source, [restyle(1, 6, 5, 0.8)])).toContain('<c r="G2" s="5"><v>0.8</v></c>');
    expect(patchSheet(source, [restyle(1, 6, 5, '优 & <良>')])).toContain(
      '<c r="G2" s="5" t="inlineStr"><is><t xml:space="preserve">优 &amp; &lt;良&gt;</t></is></c>',
    );
  });

  it('inserts missing cells and rows in order, and into an empty sheetData', () => {
    const source = sheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>2</v></c></row><row r="5"><c r="A5"/></row>',
    );
    const out = patchSheet(source, [restyle(0, 2), restyle(2, 0), restyle(9, 1)]);
    expect(out).toContain('<c r="A1"><v>1</v></c><c r="C1" s="9"/><c r="D1"><v>2</v></c>');
    expect(out.indexOf('<row r="3"><c r="A3" s="9"/></row>')).toBeLessThan(out.indexOf('<row r="5">'));
    expect(out).toMatch(/<row r="5">.*<\/row><row r="10"><c r="B10" s="9"\/><\/row><\/sheetData>/);
    expect(patchSheet(`<worksheet ${NS}><sheetData/></worksheet>`, [restyle(0, 0)])).toContain(
      '<sheetData><row r="1"><c r="A1" s="9"/></row></sheetData>',
    );
  });

  it('spells out addresses where cells and rows had none, so positions stay as they were', () => {
    const source = sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>');
    const out = patchSheet(source, [restyle(1, 1)]);
    const grid = gridsFromParts(
      new Map([
        [
          'xl/workbook.xml',
          `<workbook ${NS} xmlns:r="r"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>`,
        ],
        [
          'xl/_rels/workbook.xml.rels',
          '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ],
        ['xl/worksheets/sheet1.xml', out],
      ]),
    )[0];
    expect(grid?.rows.map((row) => row?.map((cell) => cell?.value))).toEqual([[1, 2], [3]]);
    expect(out).toContain('<row r="2"><c r="A2"><v>3</v></c><c r="B2" s="9"/></row>');
  });

  it('keeps a prefix writers use, widens the dimension, and puts legacyDrawing where the schema wants it', () => {
    const source =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1:B2"/>' +
      '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:tableParts count="0"/></x:worksheet>';
    const out = patchSheet(source, [restyle(4, 3, 2, 7)], { id: 'rId9', relationshipsPrefix: 'urn:rels' });
    expect(out).toContain('<x:dimension ref="A1:D5"/>');
    expect(out).toContain('<x:row r="5"><x:c r="D5" s="2"><x:v>7</x:v></x:c></x:row>');
    expect(out).toContain('<x:legacyDrawing xmlns:r="urn:rels" r:id="rId9"/><x:tableParts');
    expect(() => parseXml(out)).not.toThrow();
  });
});

describe('StyleBook', () => {
  const styles =
    `<styleSheet ${NS}><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills>` +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>' +
    '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>';

  it('derives new records and leaves the shared ones as they were', () => {
    const book = new StyleBook(styles);
    expect(book.derive(1, { fill: 'FFC7CE' })).toBe(2);
    expect(book.derive(1, { fill: 'FFC7CE' })).toBe(2);
    expect(book.derive(0, { fill: 'C6EFCE', format: '0.0%' })).toBe(3);
    const out = book.toXml();
    expect(out).toContain('<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="4"');
    expect(out).toContain(
      '<xf numFmtId="4" fontId="0" fillId="2" borderId="0" applyAlignment="1" applyFill="1"><alignment wrapText="1"/></xf>',
    );
    expect(out).toContain('<cellXfs count="4">');
    expect(out).toContain('<fills count="4">');
    // A number format the sheet lacks gets the first custom id, in a list made first in the sheet.
    expect(out).toMatch(
      /^<styleSheet [^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"\/><\/numFmts>/,
    );
  });

  it('uses built-in ids for the formats Excel knows', () => {
    const book = new StyleBook(styles);
    book.derive(0, { format: '0.00%' });
    expect(book.toXml()).toContain('numFmtId="10" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"');
    expect(book.toXml()).not.toContain('<numFmts');
  });
});

describe('patchComments', () => {
  const comments = (list: string): string =>
    `<comments ${NS}><authors><author>审核人</author></authors><commentList>${list}</commentList></comments>`;

  it('extends the user’s note, replaces our earlier part, and adds new notes with our author', () => {
    const source = comments(
      '<comment ref="B2" authorId="0"><text><r><t>请核实</t></r></text></comment>' +
        `<comment ref="C3" authorId="0"><text><t>自己的话\n${NOTE_HEADING}\n旧的检查结果</t></text></comment>`,
    );
    const { xml, added } = patchComments(source, [
      { row: 1, col: 1, text: '新问题' },
      { row: 2, col: 2, text: '新的检查结果' },
      { row: 3, col: 3, text: '另一个问题' },
    ]);
    expect(added.map((n) => n.row)).toEqual([3]);
    expect(xml).toContain('<authors><author>审核人</author><author>绩效自评助手</author></authors>');
    expect(xml).toContain(`<t>请核实</t></r><r>`);
    expect(xml).toContain(`\n${NOTE_HEADING}\n新问题`);
    expect(xml).toContain(`自己的话\n${NOTE_HEADING}\n新的检查结果`);
    expect(xml).not.toContain('旧的检查结果');
    expect(xml).toContain('<comment ref="D4" authorId="1">');
  });

  it('leaves a threaded comment as it is', () => {
    const source = comments(
      '<comment ref="A1" authorId="0"><text><t>[Threaded comment]\n\nYour version of Excel …</t></text></comment>',
    );
    const { xml, skipped } = patchComments(source, [{ row: 0, col: 0, text: '问题' }]);
    expect(skipped).toHaveLength(1);
    expect(xml).not.toContain('问题');
  });
});

describe('patchWorkbook', () => {
  it('gives a workbook without a style sheet one, with its relationship and content type', async () => {
    const original = writeZip([
      storedText(
        '[Content_Types].xml',
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      storedText(
        'xl/workbook.xml',
        `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      storedText(
        'xl/_rels/workbook.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      storedText('xl/worksheets/sheet1.xml', sheet('<row r="1"><c r="A1"><v>5</v></c></row>')),
    ]);
    const { bytes } = await patchWorkbook(original, [
      { sheet: '表', cell: { row: 0, col: 0 }, fill: 'FFC7CE', note: '请核对' },
    ]);
    const parts = unpack(bytes);
    const text = (name: string): string => new TextDecoder().decode(parts.get(name));
    expect(text('xl/styles.xml')).toContain('rgb="FFFFC7CE"');
    expect(text('xl/_rels/workbook.xml.rels')).toContain('Target="styles.xml"');
    expect(text('[Content_Types].xml')).toContain('PartName="/xl/styles.xml"');
    expect(text('[Content_Types].xml')).toContain('PartName="/xl/comments1.xml"');
    expect(text('xl/worksheets/sheet1.xml')).toContain('<c r="A1" s="1"><v>5</v></c>');
    expect(text('xl/worksheets/_rels/sheet1.xml.rels')).toContain('Target="../drawings/vmlDrawing1.vml"');
    expect(text('xl/comments1.xml')).toContain('请核对');
  });

  it('refuses a file that is not a workbook in one sentence', async () => {
    await expect(patchWorkbook(new TextEncoder().encode('a,b\n1,2'), [])).rejects.toThrow(/不是 \.xlsx 文件/);
  });
});
