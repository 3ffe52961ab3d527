/**
 * files: why a file is refused or cannot be read, copied or written. A refusal takes `{file}` when it is said
 * of a file by name (file mode: “名称”文件是空的…); the command line says it after 无法读取“路径”： instead.
 */
import { area } from './area';

export const files = area({
  'files.missing': {
    zh: '[[“{file}”]]文件不存在或无法打开。',
    en: 'The file[[ “{file}”]] does not exist or cannot be opened.',
  },
  'files.empty': {
    zh: '[[“{file}”]]文件是空的（0 字节）。',
    en: 'The file[[ “{file}”]] is empty (0 bytes).',
  },
  'files.too-large': {
    zh: '[[“{file}”]]文件大于 {megabytes} MB 的上限，自评表远小于此，已拒绝读取。',
    en: 'The file[[ “{file}”]] is larger than the {megabytes} MB limit (a self-evaluation form is far smaller) and was not read.',
  },
  'files.encrypted-or-old': {
    zh: '[[“{file}”]]文件是加密或旧版的工作簿（设了打开密码的 .xlsx 或 Excel 97-2003 的 .xls），请在 Excel 中另存为不设密码的 .xlsx 后再检查。',
    en: 'The file[[ “{file}”]] is an encrypted or old workbook (an .xlsx with an open password, or an Excel 97-2003 .xls). Save it in Excel as an .xlsx without a password and check it again.',
  },
  'files.not-xlsx': {
    zh: '[[“{file}”]]不是 .xlsx 文件（可能是改了扩展名的其他文件），请在 Excel 中另存为 .xlsx 后再检查。',
    en: 'The file[[ “{file}”]] is not an .xlsx file (perhaps another file with its extension changed). Save it in Excel as .xlsx and check it again.',
  },
  'files.not-xlsx.looks-like': {
    zh: '[[“{file}”]]不是 .xlsx 文件，内容像是{kind}，请在 Excel 中另存为 .xlsx 后再检查。',
    en: 'The file[[ “{file}”]] is not an .xlsx file; it looks like {kind}. Save it in Excel as .xlsx and check it again.',
  },
  'files.kind.pdf': {
    zh: ' PDF 文件',
    en: 'a PDF file',
  },
  'files.kind.rtf': {
    zh: ' RTF 文档',
    en: 'an RTF document',
  },
  'files.kind.html': {
    zh: '网页（HTML，常由网站的“导出 Excel”生成）',
    en: 'a web page (HTML, often what a website’s “Export to Excel” makes)',
  },
  'files.kind.xml': {
    zh: ' XML 文件（可能是 Excel 2003 XML 表格）',
    en: 'an XML file (perhaps an Excel 2003 XML spreadsheet)',
  },
  'files.kind.text': {
    zh: ' CSV 或其他文本文件',
    en: 'a CSV or other text file',
  },
  'files.truncated': {
    zh: '[[“{file}”]]文件不完整或已损坏（找不到压缩包的目录），可能没有下载或复制完整。',
    en: 'The file[[ “{file}”]] is incomplete or damaged (its zip directory is missing); it may not have been downloaded or copied in full.',
  },
  'files.past-end': {
    zh: '[[“{file}”]]文件不完整或已损坏（压缩包中的内容超出了文件末尾），可能没有下载或复制完整。',
    en: 'The file[[ “{file}”]] is incomplete or damaged (its zip content runs past the end of the file); it may not have been downloaded or copied in full.',
  },
  'files.corrupt': {
    zh: '[[“{file}”]]文件已损坏（压缩包的结构不正确），请在 Excel 中打开并另存为 .xlsx 后再检查。',
    en: 'The file[[ “{file}”]] is damaged (its zip structure is wrong). Open it in Excel, save it as .xlsx and check it again.',
  },
  'files.size-mismatch': {
    zh: '[[“{file}”]]文件已损坏或被改动过（解压出的内容与压缩包目录记载的大小不符），已拒绝读取。',
    en: 'The file[[ “{file}”]] is damaged or has been tampered with (its unpacked sizes differ from those its zip directory records) and was not read.',
  },
  'files.zip-password': {
    zh: '[[“{file}”]]文件中的内容设了压缩包密码，无法读取。',
    en: 'The file[[ “{file}”]] has password-protected zip content and cannot be read.',
  },
  'files.compression-method': {
    zh: '[[“{file}”]]文件使用了 Excel 不会用的压缩方式，请在 Excel 中另存为 .xlsx 后再检查。',
    en: 'The file[[ “{file}”]] uses a compression method Excel never uses. Save it in Excel as .xlsx and check it again.',
  },
  'files.not-workbook': {
    zh: '[[“{file}”]]文件里没有 Excel 工作簿内容（xl/workbook.xml），可能是 .xlsb、.ods、Word 文档或普通压缩包，请在 Excel 中另存为 .xlsx 后再检查。',
    en: 'The file[[ “{file}”]] holds no Excel workbook (xl/workbook.xml); it may be an .xlsb, an .ods, a Word document or a plain zip. Save it in Excel as .xlsx and check it again.',
  },
  'files.too-many-parts': {
    zh: '[[“{file}”]]文件的压缩包内有超过 {count} 个部件，可能是恶意构造的压缩包，已拒绝读取。',
    en: 'The file[[ “{file}”]] holds more than {count} zip parts, which suggests a crafted file, and was not read.',
  },
  'files.unpacks-too-large': {
    zh: '[[“{file}”]]文件解压后超过 {megabytes} MB，可能是恶意构造的压缩包，已拒绝读取。',
    en: 'The file[[ “{file}”]] unpacks to more than {megabytes} MB, which suggests a crafted file, and was not read.',
  },
  'files.compression-ratio': {
    zh: '[[“{file}”]]文件中有部件的压缩比超过 {ratio} 倍，可能是恶意构造的压缩包，已拒绝读取。',
    en: 'The file[[ “{file}”]] has a part compressed more than {ratio} times over, which suggests a crafted file, and was not read.',
  },
  'files.too-many-cells': {
    zh: '[[“{file}”]]文件的工作表内容超过 {count} 个单元格的上限（请删去多余的行列后再检查），已拒绝读取。',
    en: 'The file[[ “{file}”]] has more than the limit of {count} cells and was not read. Delete the rows and columns that are not needed and check it again.',
  },
  'files.too-many-merges': {
    zh: '[[“{file}”]]文件中的合并单元格超过 {count} 处，已拒绝读取。',
    en: 'The file[[ “{file}”]] has more than {count} merged areas and was not read.',
  },
  'files.columns-beyond': {
    zh: '[[“{file}”]]文件的列定义超出了 Excel 的最大列（XFD），可能是恶意构造的文件，已拒绝读取。',
    en: 'The file[[ “{file}”]] defines columns beyond Excel’s last (XFD), which suggests a crafted file, and was not read.',
  },
  'files.rows-beyond': {
    zh: '[[“{file}”]]文件的行号超出了 Excel 的最大行（1,048,576），可能是恶意构造的文件，已拒绝读取。',
    en: 'The file[[ “{file}”]] has rows beyond Excel’s last (1,048,576), which suggests a crafted file, and was not read.',
  },
  'files.xml-declaration': {
    zh: '[[“{file}”]]文件的 XML 中含有 DOCTYPE 或 ENTITY 声明（Excel 从不写出这种内容，它可用于外部实体或实体膨胀攻击），已拒绝读取。',
    en: 'The file[[ “{file}”]] has DOCTYPE or ENTITY declarations in its XML (Excel never writes them; they serve external-entity and entity-expansion attacks) and was not read.',
  },
  'files.xml-encoding': {
    zh: '[[“{file}”]]文件中的 XML 不是 UTF-8 编码（Excel 只写 UTF-8），已拒绝读取。',
    en: 'The file[[ “{file}”]] has XML that is not UTF-8 (Excel writes only UTF-8) and was not read.',
  },
  'files.xml-markup': {
    zh: '[[“{file}”]]文件中的 XML 有超长的标记，可能是恶意构造的文件，已拒绝读取。',
    en: 'The file[[ “{file}”]] has XML markup of extreme length, which suggests a crafted file, and was not read.',
  },
  'files.used-range': {
    zh: '[[“{file}”]]工作表“{sheet}”的使用区域达 {rows} 行 × {columns} 列，超过 {count} 个单元格的上限（请删去远处多余的内容后再检查），已拒绝读取。',
    en: 'The file[[ “{file}”]] was not read: sheet “{sheet}” uses {rows} rows × {columns} columns, more than the limit of {count} cells. Delete the far-off content and check it again.',
  },
  'files.encrypted-workbook': {
    zh: '[[“{file}”]]文件设了打开密码（加密的工作簿），无法读取，请在 Excel 或 WPS 中去掉打开密码后另存为 .xlsx 再检查。',
    en: 'The file[[ “{file}”]] has an open password (an encrypted workbook) and cannot be read. Remove the password in Excel or WPS, save it as .xlsx and check it again.',
  },
  'files.old-workbook-damaged': {
    zh: '[[“{file}”]]文件是已损坏的 Excel 97-2003 或 WPS 工作簿（.xls、.et），无法读取，请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查。',
    en: 'The file[[ “{file}”]] is a damaged Excel 97-2003 or WPS workbook (.xls, .et) and cannot be read. Open it in Excel or WPS, save it as .xlsx and check it again.',
  },
  'files.word-97': {
    zh: '[[“{file}”]]是 Word 97-2003 文档（.doc），无法读取其中的表格，请在 Word 中另存为 .docx 后再检查。',
    en: 'The file[[ “{file}”]] is a Word 97-2003 document (.doc), whose tables cannot be read. Save it in Word as .docx and check it again.',
  },
  'files.unreadable': {
    zh: '[[“{file}”]]文件已损坏或不是 Excel 能打开的 .xlsx 格式，请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查。',
    en: 'The file[[ “{file}”]] is damaged or is not an .xlsx that Excel can open. Open it in Excel or WPS, save it as .xlsx and check it again.',
  },
  'files.no-content-types': {
    zh: '[[“{file}”]]工作簿缺少内容类型清单（[Content_Types].xml）。',
    en: 'The workbook[[ “{file}”]] has no list of content types ([Content_Types].xml).',
  },
  'files.no-such-sheet': {
    zh: '[[“{file}”]]工作簿中没有名为“{sheet}”的工作表。',
    en: 'The workbook[[ “{file}”]] has no sheet named “{sheet}”.',
  },
  'files.cannot-read': {
    zh: '无法读取“{file}”：{reason}',
    en: 'Cannot read “{file}”. {reason}',
  },
  'files.cannot-write': {
    zh: '无法写入“{path}”[[（{code}）]]：请确认文件夹存在、有写入权限，且该文件没有在 Excel 中打开。',
    en: 'Cannot write “{path}”[[ ({code})]]. Make sure the folder exists, you have permission to write to it, and the file is not open in Excel.',
  },
  'files.exists': {
    zh: '“{path}”已存在，为免覆盖没有写入：请换一个文件名或文件夹，确需替换时加 --force。',
    en: '“{path}” already exists and was not overwritten. Choose another file name or folder, or add --force if it should be replaced.',
  },
});
