/** The pane's 新建模板 and 配置 tabs: building templates, choosing and loading a profile. */
import { area } from './area';

export const paneSettings = area({
  'pane.build-here': {
    zh: '在当前工作簿中新建',
    en: 'Add to this workbook',
  },
  'pane.download-template': {
    zh: '下载空白模板',
    en: 'Download blank template',
  },
  'pane.template-file': {
    zh: '绩效自评模板.xlsx',
    en: 'self-evaluation-template.xlsx',
  },
  'pane.template.forms': {
    zh: '表格',
    en: 'Forms',
  },
  'pane.template.kind.project': {
    zh: '项目支出绩效自评表（每个项目一张）',
    en: 'Project expenditure self-evaluation (one per project)',
  },
  'pane.template.kind.overall': {
    zh: '整体支出绩效自评表',
    en: 'Overall expenditure self-evaluation',
  },
  'pane.template.kind.basic': {
    zh: '整体支出绩效评价基础数据表',
    en: 'Overall expenditure basic data',
  },
  'pane.template.unit': {
    zh: '预算单位名称',
    en: 'Budget unit',
  },
  'pane.template.year': {
    zh: '年度',
    en: 'Year',
  },
  'pane.template.year-hint': {
    zh: '请填写四位年份，如 2024',
    en: 'Enter a four-digit year, such as 2024',
  },
  'pane.template.projects': {
    zh: '项目名称（每行一个，每个项目一张表）',
    en: 'Project names (one per line, one form each)',
  },
  'pane.template.rows': {
    zh: '每个二级指标的空行数',
    en: 'Blank rows per second-level indicator',
  },
  'pane.template.special-rows': {
    zh: '区级专项资金的空行数（基础数据表）',
    en: 'Blank lines for district special funds (basic data form)',
  },
  'pane.template.count-hint': {
    zh: '请填写 {min} 到 {max} 之间的整数',
    en: 'Enter a whole number from {min} to {max}',
  },
  'pane.template.issuer': {
    zh: '下发信息（财政部门填写，可不填）',
    en: 'Issued by (for finance bureaus, optional)',
  },
  'pane.template.bureau': {
    zh: '下发单位',
    en: 'Issuing bureau',
  },
  'pane.template.notice': {
    zh: '通知文号',
    en: 'Notice number',
  },
  'pane.template.deadline': {
    zh: '报送截止',
    en: 'Deadline',
  },
  'pane.template.example': {
    zh: '生成填好示例数据的“填报示例”',
    en: 'Fill in example data (a worked example)',
  },
  'pane.profile.label': {
    zh: '评分配置',
    en: 'Scoring profile',
  },
  'pane.profile.hint': {
    zh: '模板自带的配置会自动采用；也可以选择内置配置或导入财政局的配置文件。',
    en: "A template's own profile is used automatically; you can also pick a built-in profile or import a finance bureau's profile file.",
  },
  'pane.profile.auto': {
    zh: '自动（模板配置，否则全国通用）',
    en: "Automatic (the template's profile, else national)",
  },
  'pane.profile.imported': {
    zh: '{name}（导入）',
    en: '{name} (imported)',
  },
  'pane.profile.import': {
    zh: '导入配置文件（.json）',
    en: 'Import a profile file (.json)',
  },
  'pane.profile.import-label': {
    zh: '导入配置文件',
    en: 'Import a profile file',
  },
  'pane.profile.bad-file': {
    zh: '配置文件“{file}”有误：{errors}',
    en: 'The profile file “{file}” has errors: {errors}',
  },
  'pane.profile.current': {
    zh: '当前：{name}',
    en: 'Current: {name}',
  },
});
