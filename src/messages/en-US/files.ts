import type { files as zh } from '../zh-CN/files';

/** files, key for key with zh-CN. */
export const files: Readonly<Record<keyof typeof zh, string>> = {
  'files.missing': 'The file[[ “{file}”]] does not exist or cannot be opened.',
  'files.empty': 'The file[[ “{file}”]] is empty (0 bytes).',
  'files.too-large':
    'The file[[ “{file}”]] is larger than the {megabytes} MB limit (a self-evaluation form is far smaller) and was not read.',
  'files.encrypted-or-old':
    'The file[[ “{file}”]] is an encrypted or old workbook (an .xlsx with an open password, or an Excel 97-2003 .xls). Save it in Excel as an .xlsx without a password and check it again.',
  'files.not-xlsx':
    'The file[[ “{file}”]] is not an .xlsx file (perhaps another file with its extension changed). Save it in Excel as .xlsx and check it again.',
  'files.not-xlsx.looks-like':
    'The file[[ “{file}”]] is not an .xlsx file; it looks like {kind}. Save it in Excel as .xlsx and check it again.',
  'files.kind.pdf': 'a PDF file',
  'files.kind.rtf': 'an RTF document',
  'files.kind.html': 'a web page (HTML, often what a website’s “Export to Excel” makes)',
  'files.kind.xml': 'an XML file (perhaps an Excel 2003 XML spreadsheet)',
  'files.kind.text': 'a CSV or other text file',
  'files.truncated':
    'The file[[ “{file}”]] is incomplete or damaged (its zip directory is missing); it may not have been downloaded or copied in full.',
  'files.past-end':
    'The file[[ “{file}”]] is incomplete or damaged (its zip content runs past the end of the file); it may not have been downloaded or copied in full.',
  'files.corrupt':
    'The file[[ “{file}”]] is damaged (its zip structure is wrong). Open it in Excel, save it as .xlsx and check it again.',
  'files.size-mismatch':
    'The file[[ “{file}”]] is damaged or has been tampered with (its unpacked sizes differ from those its zip directory records) and was not read.',
  'files.zip-password': 'The file[[ “{file}”]] has password-protected zip content and cannot be read.',
  'files.compression-method':
    'The file[[ “{file}”]] uses a compression method Excel never uses. Save it in Excel as .xlsx and check it again.',
  'files.not-workbook':
    'The file[[ “{file}”]] holds no Excel workbook (xl/workbook.xml); it may be an .xlsb, an .ods, a Word document or a plain zip. Save it in Excel as .xlsx and check it again.',
  'files.too-many-parts':
    'The file[[ “{file}”]] holds more than {count} zip parts, which suggests a crafted file, and was not read.',
  'files.unpacks-too-large':
    'The file[[ “{file}”]] unpacks to more than {megabytes} MB, which suggests a crafted file, and was not read.',
  'files.compression-ratio':
    'The file[[ “{file}”]] has a part compressed more than {ratio} times over, which suggests a crafted file, and was not read.',
  'files.too-many-cells':
    'The file[[ “{file}”]] has more than the limit of {count} cells and was not read. Delete the rows and columns that are not needed and check it again.',
  'files.too-many-merges': 'The file[[ “{file}”]] has more than {count} merged areas and was not read.',
  'files.columns-beyond':
    'The file[[ “{file}”]] defines columns beyond Excel’s last (XFD), which suggests a crafted file, and was not read.',
  'files.rows-beyond':
    'The file[[ “{file}”]] has rows beyond Excel’s last (1,048,576), which suggests a crafted file, and was not read.',
  'files.xml-declaration':
    'The file[[ “{file}”]] has DOCTYPE or ENTITY declarations in its XML (Excel never writes them; they serve external-entity and entity-expansion attacks) and was not read.',
  'files.xml-encoding':
    'The file[[ “{file}”]] has XML that is not UTF-8 (Excel writes only UTF-8) and was not read.',
  'files.xml-markup':
    'The file[[ “{file}”]] has XML markup of extreme length, which suggests a crafted file, and was not read.',
  'files.used-range':
    'The file[[ “{file}”]] was not read: sheet “{sheet}” uses {rows} rows × {columns} columns, more than the limit of {count} cells. Delete the far-off content and check it again.',
  'files.encrypted-workbook':
    'The file[[ “{file}”]] has an open password (an encrypted workbook) and cannot be read. Remove the password in Excel or WPS, save it as .xlsx and check it again.',
  'files.old-workbook-damaged':
    'The file[[ “{file}”]] is a damaged Excel 97-2003 or WPS workbook (.xls, .et) and cannot be read. Open it in Excel or WPS, save it as .xlsx and check it again.',
  'files.word-97':
    'The file[[ “{file}”]] is a Word 97-2003 document (.doc), whose tables cannot be read. Save it in Word as .docx and check it again.',
  'files.unreadable':
    'The file[[ “{file}”]] is damaged or is not an .xlsx that Excel can open. Open it in Excel or WPS, save it as .xlsx and check it again.',
  'files.no-content-types': 'The workbook[[ “{file}”]] has no list of content types ([Content_Types].xml).',
  'files.no-such-sheet': 'The workbook[[ “{file}”]] has no sheet named “{sheet}”.',
  'files.cannot-read': 'Cannot read “{file}”. {reason}',
  'files.cannot-write':
    'Cannot write “{path}”[[ ({code})]]. Make sure the folder exists, you have permission to write to it, and the file is not open in Excel.',
  'files.exists':
    '“{path}” already exists and was not overwritten. Choose another file name or folder, or add --force if it should be replaced.',
};
