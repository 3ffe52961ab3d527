/**
 * files: why a file is refused or cannot be read, copied or written. A refusal takes `{file}` when it is said
 * of a file by name (file mode: “名称”文件是空的…); the command line says it after 无法读取“路径”： instead.
 */
export const files = {
  'files.missing': '[[“{file}”]]文件不存在或无法打开。',
  'files.empty': '[[“{file}”]]文件是空的（0 字节）。',
  'files.too-large': '[[“{file}”]]文件大于 {megabytes} MB 的上限，自评表远小于此，已拒绝读取。',
  'files.encrypted-or-old':
    '[[“{file}”]]文件是加密或旧版的工作簿（设了打开密码的 .xlsx 或 Excel 97-2003 的 .xls），请在 Excel 中另存为不设密码的 .xlsx 后再检查。',
  'files.not-xlsx':
    '[[“{file}”]]不是 .xlsx 文件（可能是改了扩展名的其他文件），请在 Excel 中另存为 .xlsx 后再检查。',
  'files.not-xlsx.looks-like':
    '[[“{file}”]]不是 .xlsx 文件，内容像是{kind}，请在 Excel 中另存为 .xlsx 后再检查。',
  // What a file that is no zip looks like; the leading space sets a Latin name apart from 像是.
  'files.kind.pdf': ' PDF 文件',
  'files.kind.rtf': ' RTF 文档',
  'files.kind.html': '网页（HTML，常由网站的“导出 Excel”生成）',
  'files.kind.xml': ' XML 文件（可能是 Excel 2003 XML 表格）',
  'files.kind.text': ' CSV 或其他文本文件',
  'files.truncated': '[[“{file}”]]文件不完整或已损坏（找不到压缩包的目录），可能没有下载或复制完整。',
  'files.past-end':
    '[[“{file}”]]文件不完整或已损坏（压缩包中的内容超出了文件末尾），可能没有下载或复制完整。',
  'files.corrupt': '[[“{file}”]]文件已损坏（压缩包的结构不正确），请在 Excel 中打开并另存为 .xlsx 后再检查。',
  'files.size-mismatch':
    '[[“{file}”]]文件已损坏或被改动过（解压出的内容与压缩包目录记载的大小不符），已拒绝读取。',
  'files.zip-password': '[[“{file}”]]文件中的内容设了压缩包密码，无法读取。',
  'files.compression-method':
    '[[“{file}”]]文件使用了 Excel 不会用的压缩方式，请在 Excel 中另存为 .xlsx 后再检查。',
  'files.not-workbook':
    '[[“{file}”]]文件里没有 Excel 工作簿内容（xl/workbook.xml），可能是 .xlsb、.ods、Word 文档或普通压缩包，请在 Excel 中另存为 .xlsx 后再检查。',
  'files.too-many-parts':
    '[[“{file}”]]文件的压缩包内有超过 {count} 个部件，可能是恶意构造的压缩包，已拒绝读取。',
  'files.unpacks-too-large':
    '[[“{file}”]]文件解压后超过 {megabytes} MB，可能是恶意构造的压缩包，已拒绝读取。',
  'files.compression-ratio':
    '[[“{file}”]]文件中有部件的压缩比超过 {ratio} 倍，可能是恶意构造的压缩包，已拒绝读取。',
  'files.too-many-cells':
    '[[“{file}”]]文件的工作表内容超过 {count} 个单元格的上限（请删去多余的行列后再检查），已拒绝读取。',
  'files.too-many-merges': '[[“{file}”]]文件中的合并单元格超过 {count} 处，已拒绝读取。',
  'files.columns-beyond':
    '[[“{file}”]]文件的列定义超出了 Excel 的最大列（XFD），可能是恶意构造的文件，已拒绝读取。',
  'files.rows-beyond':
    '[[“{file}”]]文件的行号超出了 Excel 的最大行（1,048,576），可能是恶意构造的文件，已拒绝读取。',
  'files.xml-declaration':
    '[[“{file}”]]文件的 XML 中含有 DOCTYPE 或 ENTITY 声明（Excel 从不写出这种内容，它可用于外部实体或实体膨胀攻击），已拒绝读取。',
  'files.xml-encoding': '[[“{file}”]]文件中的 XML 不是 UTF-8 编码（Excel 只写 UTF-8），已拒绝读取。',
  'files.xml-markup': '[[“{file}”]]文件中的 XML 有超长的标记，可能是恶意构造的文件，已拒绝读取。',
  'files.used-range':
    '[[“{file}”]]工作表“{sheet}”的使用区域达 {rows} 行 × {columns} 列，超过 {count} 个单元格的上限（请删去远处多余的内容后再检查），已拒绝读取。',
  'files.encrypted-workbook':
    '[[“{file}”]]文件设了打开密码（加密的工作簿），无法读取，请在 Excel 或 WPS 中去掉打开密码后另存为 .xlsx 再检查。',
  'files.old-workbook-damaged':
    '[[“{file}”]]文件是已损坏的 Excel 97-2003 或 WPS 工作簿（.xls、.et），无法读取，请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查。',
  'files.word-97':
    '[[“{file}”]]是 Word 97-2003 文档（.doc），无法读取其中的表格，请在 Word 中另存为 .docx 后再检查。',
  'files.unreadable':
    '[[“{file}”]]文件已损坏或不是 Excel 能打开的 .xlsx 格式，请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查。',
  'files.no-content-types': '[[“{file}”]]工作簿缺少内容类型清单（[Content_Types].xml）。',
  'files.no-such-sheet': '[[“{file}”]]工作簿中没有名为“{sheet}”的工作表。',
  'files.cannot-read': '无法读取“{file}”：{reason}',
  'files.cannot-write':
    '无法写入“{path}”[[（{code}）]]：请确认文件夹存在、有写入权限，且该文件没有在 Excel 中打开。',
  'files.exists': '“{path}”已存在，为免覆盖没有写入：请换一个文件名或文件夹，确需替换时加 --force。',
} as const satisfies Readonly<Record<string, string>>;
