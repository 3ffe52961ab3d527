/** office: what Excel (through Office.js) refused or left out, and what to do about it. */
import { area } from './area';

export const office = area({
  'office.error.access-denied': {
    zh: '工作表或工作簿受保护，Excel 拒绝了修改（{detail}）。请先撤销工作表保护（审阅 › 撤销工作表保护）后重试。',
    en: 'The sheet or workbook is protected and Excel refused the change ({detail}). Unprotect it (Review › Unprotect Sheet) and try again.',
  },
  'office.error.invalid-argument': {
    zh: 'Excel 认为参数无效（{detail}）。请检查工作表名称（不超过 31 个字符，不含 [ ] : * ? / \\）和单元格后重试。',
    en: 'Excel found an argument invalid ({detail}). Check the sheet names (31 characters at most, none of [ ] : * ? / \\) and the cells, and try again.',
  },
  'office.error.cell-edit-mode': {
    zh: 'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。',
    en: 'Excel is editing a cell. Press Enter or Esc to finish, then try again.',
  },
  'office.error.not-found': {
    zh: '找不到要操作的工作表或单元格，可能已被改名或删除（{detail}）。请重新检查后再试。',
    en: 'The sheet or cell was not found; it may have been renamed or deleted ({detail}). Check and try again.',
  },
  'office.error.already-exists': {
    zh: '工作簿中已有同名的工作表或名称（{detail}）。请改名或删除后再试。',
    en: 'The workbook already has a sheet or a name called that ({detail}). Rename or delete it and try again.',
  },
  'office.error.api-missing': {
    zh: '此版本 Excel 不支持所需的功能（{detail}）。请更新 Office 后重试。',
    en: 'This version of Excel lacks a feature the add-in needs ({detail}). Update Office and try again.',
  },
  'office.error.request-too-large': {
    zh: '一次写入的数据超过了 Excel 的限制（网页版每次 5 MB）。请删去与自评表无关的大工作表，或改用浏览器文件模式检查。',
    en: 'One write was larger than Excel allows (5 MB at a time on the web). Remove large sheets unrelated to the forms, or check the file in file mode in a browser.',
  },
  'office.error.response-too-large': {
    zh: '工作表数据太多：分批读取后，Excel 一次传回的数据仍超过限制（网页版每次 5 MB）。请删去与自评表无关的大工作表或超长文字，或改用浏览器文件模式检查。',
    en: 'The sheets hold too much: even read in parts, one answer from Excel went over its limit (5 MB at a time on the web). Remove large sheets or very long texts unrelated to the forms, or check the file in file mode in a browser.',
  },
  'office.error.other': {
    zh: '操作未完成：{detail}。请重试，或保存后重新打开工作簿。',
    en: 'The operation did not complete: {detail}. Try again, or save and reopen the workbook.',
  },
  'office.unsupported-version': {
    zh: '此版本 Excel 不支持本加载项所需的功能（需要 ExcelApi {version}：Microsoft 365 2108 版或更高、Office LTSC 2021 或更高、Mac 版 16.52 或更高，或 Excel 网页版）。请在 Chrome、Edge 等新版浏览器中打开本页面，用“文件模式”检查自评表。',
    en: 'This version of Excel lacks features the add-in needs (it needs ExcelApi {version}: Microsoft 365 Version 2108 or later, Office LTSC 2021 or later, Excel for Mac 16.52 or later, or Excel on the web). Open this page in an up-to-date browser such as Chrome or Edge and check the forms in file mode.',
  },
  'office.sheet-list': {
    zh: '工作表“{name}”[[、{rest}]]',
    en: 'sheet “{name}”[[, {rest}]]',
  },
  'office.protection.not-restored': {
    zh: '{failure} 恢复工作表保护时也出错（{again}）：请在“审阅 › 保护工作表”中重新保护{sheets}。',
    en: '{failure} Protecting the sheets again failed too ({again}): protect {sheets} again under Review › Protect Sheet.',
  },
  'office.template.sheet-exists': {
    zh: '工作簿中已有名为“{sheet}”的工作表，模板没有生成。请把该工作表改名或删除后再试，或在新工作簿中生成模板。',
    en: 'The workbook already has a sheet named “{sheet}”, so no template was built. Rename or delete that sheet and try again, or build the template in a new workbook.',
  },
  'office.template.not-built': {
    zh: '{failure} 模板没有生成，工作簿保持原样。',
    en: '{failure} No template was built; the workbook is as it was.',
  },
  'office.template.half-built': {
    zh: '{failure} 模板只生成了一部分，撤销时也出错（{again}）：请删除新加的工作表后再试。',
    en: '{failure} The template was built only in part, and taking it back failed too ({again}): delete the new sheets and try again.',
  },
  'office.template.fit-dropped': {
    zh: 'Excel 没有保存“按页宽缩放”（{sheets}）。请在“页面布局 › 调整为合适大小”中把宽度设为 1 页。',
    en: 'Excel did not keep “Fit to page width” ({sheets}). Under Page Layout › Scale to Fit, set the width to 1 page.',
  },
  'office.template.print-failed': {
    zh: '打印设置未能写入（{failure}）。请在“页面布局”中手动设为 A4、按页宽缩放并设置打印标题行。',
    en: 'The print settings could not be written ({failure}). Under Page Layout, set A4 paper, fit to page width and the print title rows by hand.',
  },
  'office.template.not-recalculated': {
    zh: '公式未能自动重算（{failure}）。请按 F9 重算工作簿。',
    en: 'The formulas were not recalculated ({failure}). Press F9 to recalculate the workbook.',
  },
  'office.template.name-exists': {
    zh: '名称“{name}”已存在，未重新定义。',
    en: 'The name “{name}” already exists and was left as it is.',
  },
  'office.template.prompt-title': {
    zh: '填写说明',
    en: 'How to fill in',
  },
  'office.template.error-title': {
    zh: '输入有误',
    en: 'Invalid entry',
  },
  'office.marks.no-comments': {
    zh: '此版本 Excel 不支持批注（需要 ExcelApi 1.10），只用底色标出问题单元格。',
    en: 'This version of Excel has no comments (they need ExcelApi 1.10): cells with problems are marked by their fill only.',
  },
  'office.marks.threaded-comment': {
    zh: '{cell} 有他人的会话式批注，未加说明，只标了底色。',
    en: '{cell} has someone else’s threaded comment: no note was added, only the fill.',
  },
  'office.marks.others-comment': {
    zh: '{cell} 已有他人的批注，未追加说明，只标了底色。',
    en: '{cell} already has someone else’s comment: nothing was added to it, only the fill.',
  },
  'office.marks.has-note': {
    zh: '{cell} 已有批注，未加说明，只标了底色。',
    en: '{cell} already has a note: no comment was added, only the fill.',
  },
  'office.marks.sheet-gone': {
    zh: '工作表“{sheet}”已改名或删除，其上原有的标记无法自动清除，请手动去掉底色和说明。',
    en: 'The sheet “{sheet}” was renamed or deleted, so its marks cannot be cleared automatically: remove their fill and notes by hand.',
  },
  'office.marks.record-damaged': {
    zh: '工作簿中保存的标记记录（设置 {setting}）已损坏，无法据此还原底色（{detail}）。请手动清除标记底色。',
    en: 'The record of marks saved in the workbook (setting {setting}) is damaged, so the original fills cannot be restored from it ({detail}). Clear the marks’ fills by hand.',
  },
});
