/**
 * A Word report written as Word writes its XML: paragraphs, and tables whose merged cells are gridSpan
 * (across) and vMerge (down). Enough for the reader's tests; built from the corpus tables' text.
 */
import { storedText, writeZip } from '../../src/hosts/xlsx/zip-write';
import { MERGED_ABOVE, MERGED_LEFT, mergesOf } from '../corpus/format';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A paragraph of text (line breaks as breaks within it). */
function paragraph(text: string): string {
  const runs = text
    .split('\n')
    .map(
      (line, i) =>
        `${i > 0 ? '<w:r><w:br/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r>`,
    )
    .join('');
  return `<w:p>${runs}</w:p>`;
}

/** One table from rows of text with the corpus's merge markers (↑ merged with the cell above, ← left). */
export function tableXml(rows: readonly (readonly string[])[]): string {
  const { merges } = mergesOf(rows);
  const width = Math.max(...rows.map((row) => row.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1200"/>'.repeat(width)}</w:tblGrid>`;
  const body = rows
    .map((row, r) => {
      const cells: string[] = [];
      for (let c = 0; c < width; c++) {
        const area = merges.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
        if (area && c > area.left) continue;
        const span = area ? area.right - area.left + 1 : 1;
        const properties = [
          span > 1 ? `<w:gridSpan w:val="${String(span)}"/>` : '',
          area && area.bottom > area.top
            ? r === area.top
              ? '<w:vMerge w:val="restart"/>'
              : '<w:vMerge/>'
            : '',
        ].join('');
        const text = row[c] ?? '';
        const shown = text === MERGED_ABOVE || text === MERGED_LEFT || (area && r > area.top) ? '' : text;
        cells.push(`<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ''}${paragraph(shown)}</w:tc>`);
      }
      return `<w:tr>${cells.join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr/>${grid}${body}</w:tbl>`;
}

/** A .docx of paragraphs and tables in order: strings are paragraphs, arrays of rows are tables. */
export function docx(content: readonly (string | readonly (readonly string[])[])[]): Uint8Array {
  const body = content.map((item) => (typeof item === 'string' ? paragraph(item) : tableXml(item))).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return writeZip([
    storedText(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    storedText(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    storedText('word/document.xml', document),
  ]);
}
