/** office: what Excel (through Office.js) refused or left out, and what to do about it. */
export const office = {
  'office.error.access-denied':
    '工作表或工作簿受保护，Excel 拒绝了修改（{detail}）。请先撤销工作表保护（审阅 › 撤销工作表保护）后重试。',
  'office.error.invalid-argument':
    'Excel 认为参数无效（{detail}）。请检查工作表名称（不超过 31 个字符，不含 [ ] : * ? / \\）和单元格后重试。',
  'office.error.cell-edit-mode': 'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。',
  'office.error.not-found':
    '找不到要操作的工作表或单元格，可能已被改名或删除（{detail}）。请重新检查后再试。',
  'office.error.already-exists': '工作簿中已有同名的工作表或名称（{detail}）。请改名或删除后再试。',
  'office.error.api-missing': '此版本 Excel 不支持所需的功能（{detail}）。请更新 Office 后重试。',
  'office.error.request-too-large':
    '一次写入的数据超过了 Excel 的限制（网页版每次 5 MB）。请删去与自评表无关的大工作表，或改用浏览器文件模式检查。',
  'office.error.response-too-large':
    '工作表数据太多：分批读取后，Excel 一次传回的数据仍超过限制（网页版每次 5 MB）。请删去与自评表无关的大工作表或超长文字，或改用浏览器文件模式检查。',
  'office.error.other': '操作未完成：{detail}。请重试，或保存后重新打开工作簿。',
  'office.unsupported-version':
    '此版本 Excel 不支持本加载项所需的功能（需要 ExcelApi {version}：Microsoft 365 2108 版或更高、Office LTSC 2021 或更高、Mac 版 16.52 或更高，或 Excel 网页版）。请在 Chrome、Edge 等新版浏览器中打开本页面，用“文件模式”检查自评表。',
  'office.sheet-list': '工作表“{name}”[[、{rest}]]',
  'office.protection.not-restored':
    '{failure} 恢复工作表保护时也出错（{again}）：请在“审阅 › 保护工作表”中重新保护{sheets}。',
  'office.template.sheet-exists':
    '工作簿中已有名为“{sheet}”的工作表，模板没有生成。请把该工作表改名或删除后再试，或在新工作簿中生成模板。',
  'office.template.not-built': '{failure} 模板没有生成，工作簿保持原样。',
  'office.template.half-built':
    '{failure} 模板只生成了一部分，撤销时也出错（{again}）：请删除新加的工作表后再试。',
  'office.template.fit-dropped':
    'Excel 没有保存“按页宽缩放”（{sheets}）。请在“页面布局 › 调整为合适大小”中把宽度设为 1 页。',
  'office.template.print-failed':
    '打印设置未能写入（{failure}）。请在“页面布局”中手动设为 A4、按页宽缩放并设置打印标题行。',
  'office.template.not-recalculated': '公式未能自动重算（{failure}）。请按 F9 重算工作簿。',
  'office.template.name-exists': '名称“{name}”已存在，未重新定义。',
  'office.template.prompt-title': '填写说明',
  'office.template.error-title': '输入有误',
  'office.marks.no-comments': '此版本 Excel 不支持批注（需要 ExcelApi 1.10），只用底色标出问题单元格。',
  'office.marks.threaded-comment': '{cell} 有他人的会话式批注，未加说明，只标了底色。',
  'office.marks.others-comment': '{cell} 已有他人的批注，未追加说明，只标了底色。',
  'office.marks.has-note': '{cell} 已有批注，未加说明，只标了底色。',
  'office.marks.sheet-gone':
    '工作表“{sheet}”已改名或删除，其上原有的标记无法自动清除，请手动去掉底色和说明。',
  'office.marks.record-damaged':
    '工作簿中保存的标记记录（设置 {setting}）已损坏，无法据此还原底色（{detail}）。请手动清除标记底色。',
} as const satisfies Readonly<Record<string, string>>;
