/** The review's summary workbook: sheet names, column headers, results and notes of the file list, statistics. */
import { area } from './area';

export const summary = area({
  'summary.creator': {
    zh: '绩效自评助手',
    en: 'Performance Self-Evaluation Assistant',
  },
  'summary.sheet.summary': {
    zh: '汇总',
    en: 'Summary',
  },
  'summary.sheet.statistics': {
    zh: '统计',
    en: 'Statistics',
  },
  'summary.sheet.findings': {
    zh: '问题清单',
    en: 'Findings',
  },
  'summary.sheet.files': {
    zh: '文件清单',
    en: 'Files',
  },
  'summary.column.file': {
    zh: '文件',
    en: 'File',
  },
  'summary.column.format': {
    zh: '格式',
    en: 'Format',
  },
  'summary.column.sheet': {
    zh: '工作表',
    en: 'Sheet',
  },
  'summary.column.department': {
    zh: '主管部门',
    en: 'Department',
  },
  'summary.column.unit': {
    zh: '单位',
    en: 'Unit',
  },
  'summary.column.project': {
    zh: '项目',
    en: 'Project',
  },
  'summary.column.kind': {
    zh: '表格类型',
    en: 'Form type',
  },
  'summary.column.budget': {
    zh: '预算数（万元）',
    en: 'Budget (10,000 yuan)',
  },
  'summary.column.spent': {
    zh: '执行数（万元）',
    en: 'Spent (10,000 yuan)',
  },
  'summary.column.rate': {
    zh: '执行率',
    en: 'Execution rate',
  },
  'summary.column.score': {
    zh: '执行率得分',
    en: 'Execution score',
  },
  'summary.column.total': {
    zh: '总分',
    en: 'Total score',
  },
  'summary.column.grade': {
    zh: '等级',
    en: 'Grade',
  },
  'summary.column.errors': {
    zh: '错误',
    en: 'Errors',
  },
  'summary.column.warnings': {
    zh: '警告',
    en: 'Warnings',
  },
  'summary.column.deviations': {
    zh: '偏差未说明原因',
    en: 'Deviations without a cause',
  },
  'summary.column.cell': {
    zh: '单元格',
    en: 'Cell',
  },
  'summary.column.severity': {
    zh: '严重程度',
    en: 'Severity',
  },
  'summary.column.rule': {
    zh: '问题类型',
    en: 'Problem',
  },
  'summary.column.note': {
    zh: '说明',
    en: 'Details',
  },
  'summary.column.result': {
    zh: '结果',
    en: 'Result',
  },
  'summary.kind.project': {
    zh: '项目支出',
    en: 'Project',
  },
  'summary.kind.overall': {
    zh: '整体支出',
    en: 'Overall',
  },
  'summary.kind.basic': {
    zh: '基础数据表',
    en: 'Basic data',
  },
  'summary.kind.transfer': {
    zh: '转移支付',
    en: 'Transfer payment',
  },
  'summary.severity.error': {
    zh: '错误',
    en: 'Error',
  },
  'summary.severity.warning': {
    zh: '警告',
    en: 'Warning',
  },
  'summary.severity.info': {
    zh: '提示',
    en: 'Note',
  },
  'summary.result.checked': {
    zh: '已检查',
    en: 'Checked',
  },
  'summary.result.unreadable': {
    zh: '无法读取',
    en: 'Unreadable',
  },
  'summary.result.no-form': {
    zh: '未找到自评表',
    en: 'No form found',
  },
  'summary.result.skipped': {
    zh: '未检查',
    en: 'Not checked',
  },
  'summary.note.forms': {
    zh: '{count} 张表',
    en: 'Forms: {count}',
  },
  'summary.note.report-tables': {
    zh: '报告中的表格：{count} 张',
    en: 'Tables in the report: {count}',
  },
  'summary.note.sheets': {
    zh: '工作表：{sheets}',
    en: 'Sheets: {sheets}',
  },
  'summary.note.no-visible-sheet': {
    zh: '工作表：（无可见工作表）',
    en: 'Sheets: (no visible sheet)',
  },
  'summary.statistics.item': {
    zh: '项目',
    en: 'Item',
  },
  'summary.statistics.count': {
    zh: '数量',
    en: 'Count',
  },
  'summary.statistics.files': {
    zh: '检查的文件',
    en: 'Files checked',
  },
  'summary.statistics.forms': {
    zh: '自评表',
    en: 'Self-evaluation forms',
  },
  'summary.statistics.errors': {
    zh: '错误',
    en: 'Errors',
  },
  'summary.statistics.warnings': {
    zh: '警告',
    en: 'Warnings',
  },
  'summary.statistics.deviations': {
    zh: '偏差未说明原因的表',
    en: 'Forms with deviations lacking a cause',
  },
  'summary.statistics.average-rate': {
    zh: '平均执行率',
    en: 'Average execution rate',
  },
  'summary.statistics.grade': {
    zh: '等级',
    en: 'Grade',
  },
  'summary.statistics.forms-by-grade': {
    zh: '表数',
    en: 'Forms',
  },
  'summary.statistics.top-rules': {
    zh: '最常见的问题',
    en: 'Most frequent problems',
  },
  'summary.statistics.times': {
    zh: '次数',
    en: 'Times',
  },
});
