/**
 * The task pane: its title, tabs, buttons, notices and labels. The findings it lists come from the findings
 * area (and the first-level indicator names `level.*` with them); what a host says of a refused file comes
 * from the host's area.
 */
import { area } from './area';

export const pane = area({
  'pane.title': {
    zh: '绩效自评助手',
    en: 'Performance Self-Evaluation Assistant',
  },
  'pane.mode': {
    zh: '运行方式：{mode}',
    en: 'Running: {mode}',
  },
  'pane.mode.excel': {
    zh: '在 Excel 中运行',
    en: 'in Excel',
  },
  'pane.mode.file': {
    zh: '文件模式（浏览器）',
    en: 'file mode (browser)',
  },
  'pane.note.validation': {
    zh: '此版本 Excel 不支持数据验证：模板不带下拉选项。',
    en: 'This Excel has no data validation: templates come without drop-down lists.',
  },
  'pane.note.conditional': {
    zh: '此版本 Excel 不支持条件格式：偏差原因缺失时不会自动变红。',
    en: 'This Excel has no conditional formatting: a missing deviation cause does not turn red by itself.',
  },
  'pane.note.notes': {
    zh: '此版本 Excel 不支持批注：标记只有底色，说明请看本窗格。',
    en: 'This Excel has no notes: marks are fill colours only; read the explanations in this pane.',
  },
  'pane.note.live': {
    zh: '此版本 Excel 不支持编辑事件：修改后请点“检查”。',
    en: 'This Excel reports no edits: click “Check” after changing the sheet.',
  },
  'pane.start.excel-old': {
    zh: '此版本 Excel 无法运行本加载项（需要 Microsoft 365 2108 版或更高、Office LTSC 2021 或更高、Mac 版 16.52 或更高，或 Excel 网页版）。本窗格改为文件模式：请选择要检查的自评表文件，或升级 Office 后再用。',
    en: 'This version of Excel cannot run the add-in (it needs Microsoft 365 Version 2108 or later, Office LTSC 2021 or later, Excel for Mac 16.52 or later, or Excel on the web). The pane works in file mode instead: choose a self-evaluation file to check, or update Office.',
  },
  'pane.start.office-missing': {
    zh: 'Office.js 未能加载（网络可能拦截了微软的 Office 脚本地址），无法读取当前工作簿。本窗格改为文件模式：请选择要检查的自评表文件；如需在 Excel 中使用，请管理员按部署说明改用本地 Office.js。',
    en: 'Office.js did not load (the network may block Microsoft’s Office script address), so the open workbook cannot be read. The pane works in file mode instead: choose a self-evaluation file to check; to use it inside Excel, ask the administrator to serve Office.js locally as the deployment guide describes.',
  },
  'pane.tab.check': {
    zh: '检查',
    en: 'Check',
  },
  'pane.tab.template': {
    zh: '新建模板',
    en: 'New template',
  },
  'pane.tab.settings': {
    zh: '配置',
    en: 'Settings',
  },
  'pane.check': {
    zh: '检查',
    en: 'Check',
  },
  'pane.mark': {
    zh: '标记',
    en: 'Mark',
  },
  'pane.clear-marks': {
    zh: '清除标记',
    en: 'Clear marks',
  },
  'pane.download-copy': {
    zh: '下载已检查的副本',
    en: 'Download checked copy',
  },
  'pane.copy-suffix': {
    zh: '-已检查',
    en: '-checked',
  },
  'pane.summary': {
    zh: '共 {forms} 张表：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。配置：{profile}',
    en: 'Forms: {forms}; errors: {errors}; warnings: {warnings}; notes: {infos}. Profile: {profile}',
  },
  'pane.file.current': {
    zh: '文件：{file}',
    en: 'File: {file}',
  },
  'pane.busy.open': {
    zh: '正在打开文件…',
    en: 'Opening files…',
  },
  'pane.done.converted': {
    zh: '原文件为 .{format}，副本存为 .xlsx。',
    en: 'The original is a .{format} file; the copy is saved as .xlsx.',
  },
  'pane.desk.title': {
    zh: '已打开 {count} 个文件，问题最多的表在前；点一行查看它的问题。',
    en: '{count} files open, the forms with most problems first; click a row to see its problems.',
  },
  'pane.desk.rate': {
    zh: '执行率',
    en: 'Execution rate',
  },
  'pane.desk.total': {
    zh: '总分',
    en: 'Total',
  },
  'pane.desk.errors': {
    zh: '错误',
    en: 'Errors',
  },
  'pane.desk.deviations': {
    zh: '偏差未说明原因',
    en: 'Deviations without cause',
  },
  'pane.desk.refused': {
    zh: '无法读取',
    en: 'Cannot be read',
  },
  'pane.desk.no-form': {
    zh: '未找到自评表',
    en: 'No form found',
  },
  'pane.desk.download': {
    zh: '下载汇总表',
    en: 'Download summary workbook',
  },
  'pane.desk.progress': {
    zh: '正在检查 {done}/{total}：{file}',
    en: 'Checking {done}/{total}: {file}',
  },
  'pane.desk.summary-file': {
    zh: '绩效自评汇总.xlsx',
    en: 'self-evaluation-summary.xlsx',
  },
  'pane.findings.filter': {
    zh: '按严重程度筛选',
    en: 'Filter by severity',
  },
  'pane.findings.previous': {
    zh: '上一个问题',
    en: 'Previous problem',
  },
  'pane.findings.next': {
    zh: '下一个问题',
    en: 'Next problem',
  },
  'pane.findings.form-heading': {
    zh: '{kind} · 错误 {errors} 个，共 {total} 个问题',
    en: '{kind} · {errors} errors, {total} findings',
  },
  'pane.findings.row': {
    zh: '工作表“{sheet}”第 {row} 行（问题单元格 {address}）',
    en: 'Sheet “{sheet}”, row {row} (the cell at {address})',
  },
  'pane.findings.row.table': {
    zh: '报告中的表 {table} 第 {row} 行（问题在第 {col} 列）',
    en: 'Table {table} of the report, row {row} (the cell in column {col})',
  },
  'pane.place.cell': {
    zh: '{row}行{col}列',
    en: 'R{row} C{col}',
  },
  'pane.fixes.no-undo': {
    zh: '填写后不能用 Ctrl+Z 撤销；如需恢复，请按下表中的原值手动改回。',
    en: 'Filled values cannot be undone with Ctrl+Z; to go back, type the old values shown below.',
  },
  'pane.no-form': {
    zh: '工作表“{sheet}”中没有找到自评表。',
    en: 'No self-evaluation form found on sheet “{sheet}”.',
  },
  'pane.no-form.report': {
    zh: '查看了报告中的 {count} 张表格，其中没有自评表。',
    en: 'Looked at the report’s tables ({count}): none is a self-evaluation form.',
  },
  'pane.fill-computed': {
    zh: '填写计算值',
    en: 'Fill in computed values',
  },
  'pane.busy.check': {
    zh: '正在检查…',
    en: 'Checking…',
  },
  'pane.busy.fill': {
    zh: '正在填写…',
    en: 'Filling in…',
  },
  'pane.busy.mark': {
    zh: '正在标记…',
    en: 'Marking…',
  },
  'pane.busy.clear': {
    zh: '正在清除标记…',
    en: 'Clearing marks…',
  },
  'pane.busy.build': {
    zh: '正在生成模板…',
    en: 'Building the template…',
  },
  'pane.done.fill': {
    zh: '已填写 {count} 处计算值。',
    en: 'Computed values filled in: {count}.',
  },
  'pane.copy-findings': {
    zh: '复制问题清单',
    en: 'Copy the findings',
  },
  'pane.copy-findings.form': {
    zh: '{name}（{kind}）的问题：',
    en: 'Findings on {name} ({kind}):',
  },
  'pane.copy-findings.failed': {
    zh: '无法写入剪贴板：此环境不允许加载项使用剪贴板。',
    en: 'Could not write to the clipboard: this environment does not let the add-in use it.',
  },
  'pane.done.copy-findings': {
    zh: '已复制 {count} 个问题到剪贴板，可粘贴到审核意见或邮件中。',
    en: 'Copied {count} findings to the clipboard, ready to paste into review notes or an email.',
  },
  'pane.done.download': {
    zh: '已下载“{file}”：填写 {fills} 处计算值，标记 {marks} 个问题单元格。下方仍是收到时的原表。',
    en: 'Downloaded “{file}”: {fills} computed values filled in, {marks} cells marked. Below is still the form as received.',
  },
  'pane.busy.copy': {
    zh: '正在生成已检查的副本…',
    en: 'Making the checked copy…',
  },
  'pane.fixes.in-copy': {
    zh: '已检查的副本中将填写：',
    en: 'The checked copy fills in:',
  },
  'pane.done.mark': {
    zh: '已在 {count} 个单元格上标记问题。',
    en: 'Cells marked with their findings: {count}.',
  },
  'pane.done.clear': {
    zh: '已清除标记，单元格恢复原样。',
    en: 'Marks cleared; the cells are as they were.',
  },
  'pane.done.build': {
    zh: '已新建工作表：{sheets}。',
    en: 'Added sheets: {sheets}.',
  },
  'pane.findings.none': {
    zh: '未发现问题。',
    en: 'No findings.',
  },
  'pane.findings.group': {
    zh: '{severity} {count} 个',
    en: '{severity}: {count}',
  },
  'pane.findings.jump': {
    zh: '{rule}：跳转到 {address}',
    en: '{rule}: go to {address}',
  },
  'pane.summary.sheet': {
    zh: '{kind} · 工作表“{sheet}”',
    en: '{kind} · sheet “{sheet}”',
  },
  'pane.summary.table': {
    zh: '{kind} · 报告中的表 {table}',
    en: '{kind} · table {table} of the report',
  },
  'pane.summary.rate': {
    zh: '执行率',
    en: 'Execution rate',
  },
  'pane.summary.exec-score': {
    zh: '执行率得分',
    en: 'Execution score',
  },
  'pane.summary.total': {
    zh: '总分（执行率得分 + 各指标得分）',
    en: 'Total (execution score + indicator scores)',
  },
  'pane.summary.grade': {
    zh: '等级',
    en: 'Grade',
  },
  'pane.summary.unscored': {
    zh: '{count} 行指标有分值而未填得分，未计算总分和等级。',
    en: '{count} indicator rows have a weight but no score yet: no total or grade.',
  },
  'pane.summary.level': {
    zh: '{level}得分 {score}，满分 {weight}',
    en: '{level}: {score} of {weight}',
  },
  'pane.fixes.none': {
    zh: '计算值都已正确填写。',
    en: 'All computed values are filled in correctly.',
  },
  'pane.fixes.empty': {
    zh: '（空）',
    en: '(empty)',
  },
  'pane.fixes.fill': {
    zh: '填写',
    en: 'Fill in',
  },
  'pane.fixes.fill-cell': {
    zh: '填写 {address}',
    en: 'Fill in {address}',
  },
  'pane.fixes.fill-all': {
    zh: '全部填写（{count}）',
    en: 'Fill in all ({count})',
  },
  'pane.open.drop': {
    zh: '把自评表拖到这里（Excel、WPS、LibreOffice 表格或 Word 报告），或',
    en: 'Drop a self-evaluation form here (an Excel, WPS or LibreOffice workbook, or a Word report), or',
  },
  'pane.open.choose': {
    zh: '选择文件…',
    en: 'Choose a file…',
  },
  'pane.open.choose-label': {
    zh: '选择 .xlsx 文件',
    en: 'Choose an .xlsx file',
  },
  'pane.open.local': {
    zh: '文件只在本机浏览器中处理，不会上传。',
    en: 'The file is processed in this browser only and never uploaded.',
  },
  'pane.language': {
    zh: '界面语言',
    en: 'Language',
  },
  'pane.language.own-name': {
    zh: '中文（简体）',
    en: 'English',
  },
  'pane.kind.project': {
    zh: '项目支出绩效自评表',
    en: 'Project expenditure self-evaluation',
  },
  'pane.kind.overall': {
    zh: '整体支出绩效自评表',
    en: 'Overall expenditure self-evaluation',
  },
  'pane.kind.basic': {
    zh: '基础数据表',
    en: 'Basic data',
  },
  'pane.kind.transfer': {
    zh: '转移支付（专项资金）绩效自评表',
    en: 'Transfer-payment self-evaluation',
  },
  'pane.severity.error': {
    zh: '错误',
    en: 'Error',
  },
  'pane.severity.warning': {
    zh: '警告',
    en: 'Warning',
  },
  'pane.severity.info': {
    zh: '提示',
    en: 'Note',
  },
});
