/**
 * The pane's own words in Chinese (first) and English. Findings come from the domain's message catalogues
 * in the same locale; what a host or the file guard says (a refused file, an Excel error) stays Chinese.
 */
import { createContext, useContext, useMemo } from 'react';
import {
  BUILTIN_PROFILES,
  type FormKind,
  type Level1Category,
  type Locale,
  type Profile,
  type Severity,
} from '../domain';

const ZH = {
  title: '绩效自评助手',
  mode: '运行方式：{mode}',
  'mode.excel': '在 Excel 中运行',
  'mode.file': '文件模式（浏览器）',
  'note.validation': '此版本 Excel 不支持数据验证：模板不带下拉选项。',
  'note.conditional': '此版本 Excel 不支持条件格式：偏差原因缺失时不会自动变红。',
  'note.notes': '此版本 Excel 不支持批注：标记只有底色，说明请看本窗格。',
  'note.live': '此版本 Excel 不支持编辑事件：修改后请点“检查”。',
  'start.excel-old':
    '此版本 Excel 无法运行本加载项（需要 Microsoft 365 2108 版或更高、Office LTSC 2021 或更高、Mac 版 16.52 或更高，或 Excel 网页版）。本窗格改为文件模式：请选择要检查的自评表文件，或升级 Office 后再用。',
  'start.office-missing':
    'Office.js 未能加载（网络可能拦截了微软的 Office 脚本地址），无法读取当前工作簿。本窗格改为文件模式：请选择要检查的自评表文件；如需在 Excel 中使用，请管理员按部署说明改用本地 Office.js。',
  'tab.check': '检查',
  'tab.template': '新建模板',
  'tab.settings': '配置',
  check: '检查',
  mark: '标记',
  'clear-marks': '清除标记',
  'download-copy': '下载已检查的副本',
  'copy-suffix': '-已检查',
  summary: '共 {forms} 张表：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个。配置：{profile}',
  'file.current': '文件：{file}',
  'busy.open': '正在打开文件…',
  'done.converted': '原文件为 .{format}，副本存为 .xlsx。',
  'desk.title': '已打开 {count} 个文件，问题最多的表在前；点一行查看它的问题。',
  'desk.rate': '执行率',
  'desk.total': '总分',
  'desk.errors': '错误',
  'desk.deviations': '偏差未说明原因',
  'desk.refused': '无法读取',
  'desk.no-form': '未找到自评表',
  'desk.download': '下载汇总表',
  'desk.progress': '正在检查 {done}/{total}：{file}',
  'desk.summary-file': '绩效自评汇总.xlsx',
  'findings.filter': '按严重程度筛选',
  'findings.previous': '上一个问题',
  'findings.next': '下一个问题',
  'findings.form-heading': '{kind} · 错误 {errors} 个，共 {total} 个问题',
  'findings.row': '工作表“{sheet}”第 {row} 行（问题单元格 {address}）',
  'findings.row.table': '报告中的表 {table} 第 {row} 行（问题在第 {col} 列）',
  'place.cell': '{row}行{col}列',
  'fixes.no-undo': '填写后不能用 Ctrl+Z 撤销；如需恢复，请按下表中的原值手动改回。',
  'no-form': '工作表“{sheet}”中没有找到自评表。',
  'no-form.report': '查看了报告中的 {count} 张表格，其中没有自评表。',
  'fill-computed': '填写计算值',
  'build-here': '在当前工作簿中新建',
  'download-template': '下载空白模板',
  'template-file': '绩效自评模板.xlsx',
  'busy.check': '正在检查…',
  'busy.fill': '正在填写…',
  'busy.mark': '正在标记…',
  'busy.clear': '正在清除标记…',
  'busy.build': '正在生成模板…',
  'done.fill': '已填写 {count} 处计算值。',
  'done.download': '已下载“{file}”：填写 {fills} 处计算值，标记 {marks} 个问题单元格。下方仍是收到时的原表。',
  'busy.copy': '正在生成已检查的副本…',
  'fixes.in-copy': '已检查的副本中将填写：',
  'done.mark': '已在 {count} 个单元格上标记问题。',
  'done.clear': '已清除标记，单元格恢复原样。',
  'done.build': '已新建工作表：{sheets}。',
  'list.separator': '、',
  'findings.none': '未发现问题。',
  'findings.group': '{severity} {count} 个',
  'findings.jump': '{rule}：跳转到 {address}',
  'summary.sheet': '{kind} · 工作表“{sheet}”',
  'summary.table': '{kind} · 报告中的表 {table}',
  'summary.rate': '执行率',
  'summary.exec-score': '执行率得分',
  'summary.total': '总分（执行率得分 + 各指标得分）',
  'summary.grade': '等级',
  'summary.level': '{level}得分 {score}，满分 {weight}',
  'fixes.none': '计算值都已正确填写。',
  'fixes.empty': '（空）',
  'fixes.fill': '填写',
  'fixes.fill-cell': '填写 {address}',
  'fixes.fill-all': '全部填写（{count}）',
  'open.drop': '把自评表拖到这里（Excel、WPS、LibreOffice 表格或 Word 报告），或',
  'open.choose': '选择文件…',
  'open.choose-label': '选择 .xlsx 文件',
  'open.local': '文件只在本机浏览器中处理，不会上传。',
  'template.forms': '表格',
  'template.kind.project': '项目支出绩效自评表（每个项目一张）',
  'template.kind.overall': '整体支出绩效自评表',
  'template.kind.basic': '整体支出绩效评价基础数据表',
  'template.unit': '预算单位名称',
  'template.year': '年度',
  'template.year-hint': '请填写四位年份，如 2024',
  'template.projects': '项目名称（每行一个，每个项目一张表）',
  'template.rows': '每个二级指标的空行数',
  'template.special-rows': '区级专项资金的空行数（基础数据表）',
  'template.count-hint': '请填写 {min} 到 {max} 之间的整数',
  'template.issuer': '下发信息（财政部门填写，可不填）',
  'template.bureau': '下发单位',
  'template.notice': '通知文号',
  'template.deadline': '报送截止',
  'template.example': '生成填好示例数据的“填报示例”',
  'profile.label': '评分配置',
  'profile.hint': '模板自带的配置会自动采用；也可以选择内置配置或导入财政局的配置文件。',
  'profile.auto': '自动（模板配置，否则全国通用）',
  'profile.imported': '{name}（导入）',
  'profile.import': '导入配置文件（.json）',
  'profile.import-label': '导入配置文件',
  'profile.bad-file': '配置文件“{file}”有误：{errors}',
  'profile.current': '当前：{name}',
  language: '界面语言 / Language',
  'kind.project': '项目支出绩效自评表',
  'kind.overall': '整体支出绩效自评表',
  'kind.basic': '基础数据表',
  'kind.transfer': '转移支付（专项资金）绩效自评表',
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',
  'level.output': '产出指标',
  'level.effect': '效益指标',
  'level.satisfaction': '满意度指标',
} as const;

export type TextKey = keyof typeof ZH;

/** Every text the pane has (the Chinese catalogue is the list; TypeScript makes English hold each one). */
export const TEXT_KEYS = Object.keys(ZH) as readonly TextKey[];

const EN: Readonly<Record<TextKey, string>> = {
  title: 'Performance Self-Evaluation Assistant',
  mode: 'Running: {mode}',
  'mode.excel': 'in Excel',
  'mode.file': 'file mode (browser)',
  'note.validation': 'This Excel has no data validation: templates come without drop-down lists.',
  'note.conditional':
    'This Excel has no conditional formatting: a missing deviation cause does not turn red by itself.',
  'note.notes': 'This Excel has no notes: marks are fill colours only; read the explanations in this pane.',
  'note.live': 'This Excel reports no edits: click “Check” after changing the sheet.',
  'start.excel-old':
    'This version of Excel cannot run the add-in (it needs Microsoft 365 Version 2108 or later, Office LTSC 2021 or later, Excel for Mac 16.52 or later, or Excel on the web). The pane works in file mode instead: choose a self-evaluation file to check, or update Office.',
  'start.office-missing':
    'Office.js did not load (the network may block Microsoft’s Office script address), so the open workbook cannot be read. The pane works in file mode instead: choose a self-evaluation file to check; to use it inside Excel, ask the administrator to serve Office.js locally as the deployment guide describes.',
  'tab.check': 'Check',
  'tab.template': 'New template',
  'tab.settings': 'Settings',
  check: 'Check',
  mark: 'Mark',
  'clear-marks': 'Clear marks',
  'download-copy': 'Download checked copy',
  'copy-suffix': '-checked',
  summary: 'Forms: {forms}; errors: {errors}; warnings: {warnings}; notes: {infos}. Profile: {profile}',
  'file.current': 'File: {file}',
  'busy.open': 'Opening files…',
  'done.converted': 'The original is a .{format} file; the copy is saved as .xlsx.',
  'desk.title': '{count} files open, the forms with most problems first; click a row to see its problems.',
  'desk.rate': 'Execution rate',
  'desk.total': 'Total',
  'desk.errors': 'Errors',
  'desk.deviations': 'Deviations without cause',
  'desk.refused': 'Cannot be read',
  'desk.no-form': 'No form found',
  'desk.download': 'Download summary workbook',
  'desk.progress': 'Checking {done}/{total}: {file}',
  'desk.summary-file': 'self-evaluation-summary.xlsx',
  'findings.filter': 'Filter by severity',
  'findings.previous': 'Previous problem',
  'findings.next': 'Next problem',
  'findings.form-heading': '{kind} · {errors} errors, {total} findings',
  'findings.row': 'Sheet “{sheet}”, row {row} (the cell at {address})',
  'findings.row.table': 'Table {table} of the report, row {row} (the cell in column {col})',
  'place.cell': 'R{row} C{col}',
  'fixes.no-undo': 'Filled values cannot be undone with Ctrl+Z; to go back, type the old values shown below.',
  'no-form': 'No self-evaluation form found on sheet “{sheet}”.',
  'no-form.report': 'Looked at the report’s tables ({count}): none is a self-evaluation form.',
  'fill-computed': 'Fill in computed values',
  'build-here': 'Add to this workbook',
  'download-template': 'Download blank template',
  'template-file': 'self-evaluation-template.xlsx',
  'busy.check': 'Checking…',
  'busy.fill': 'Filling in…',
  'busy.mark': 'Marking…',
  'busy.clear': 'Clearing marks…',
  'busy.build': 'Building the template…',
  'done.fill': 'Computed values filled in: {count}.',
  'done.download':
    'Downloaded “{file}”: {fills} computed values filled in, {marks} cells marked. Below is still the form as received.',
  'busy.copy': 'Making the checked copy…',
  'fixes.in-copy': 'The checked copy fills in:',
  'done.mark': 'Cells marked with their findings: {count}.',
  'done.clear': 'Marks cleared; the cells are as they were.',
  'done.build': 'Added sheets: {sheets}.',
  'list.separator': ', ',
  'findings.none': 'No findings.',
  'findings.group': '{severity}: {count}',
  'findings.jump': '{rule}: go to {address}',
  'summary.sheet': '{kind} · sheet “{sheet}”',
  'summary.table': '{kind} · table {table} of the report',
  'summary.rate': 'Execution rate',
  'summary.exec-score': 'Execution score',
  'summary.total': 'Total (execution score + indicator scores)',
  'summary.grade': 'Grade',
  'summary.level': '{level}: {score} of {weight}',
  'fixes.none': 'All computed values are filled in correctly.',
  'fixes.empty': '(empty)',
  'fixes.fill': 'Fill in',
  'fixes.fill-cell': 'Fill in {address}',
  'fixes.fill-all': 'Fill in all ({count})',
  'open.drop':
    'Drop a self-evaluation form here (an Excel, WPS or LibreOffice workbook, or a Word report), or',
  'open.choose': 'Choose a file…',
  'open.choose-label': 'Choose an .xlsx file',
  'open.local': 'The file is processed in this browser only and never uploaded.',
  'template.forms': 'Forms',
  'template.kind.project': 'Project expenditure self-evaluation (one per project)',
  'template.kind.overall': 'Overall expenditure self-evaluation',
  'template.kind.basic': 'Overall expenditure basic data',
  'template.unit': 'Budget unit',
  'template.year': 'Year',
  'template.year-hint': 'Enter a four-digit year, such as 2024',
  'template.projects': 'Project names (one per line, one form each)',
  'template.rows': 'Blank rows per second-level indicator',
  'template.special-rows': 'Blank lines for district special funds (basic data form)',
  'template.count-hint': 'Enter a whole number from {min} to {max}',
  'template.issuer': 'Issued by (for finance bureaus, optional)',
  'template.bureau': 'Issuing bureau',
  'template.notice': 'Notice number',
  'template.deadline': 'Deadline',
  'template.example': 'Fill in example data (a worked example)',
  'profile.label': 'Scoring profile',
  'profile.hint':
    "A template's own profile is used automatically; you can also pick a built-in profile or import a finance bureau's profile file.",
  'profile.auto': "Automatic (the template's profile, else national)",
  'profile.imported': '{name} (imported)',
  'profile.import': 'Import a profile file (.json)',
  'profile.import-label': 'Import a profile file',
  'profile.bad-file': 'The profile file “{file}” has errors: {errors}',
  'profile.current': 'Current: {name}',
  language: '界面语言 / Language',
  'kind.project': 'Project expenditure self-evaluation',
  'kind.overall': 'Overall expenditure self-evaluation',
  'kind.basic': 'Basic data',
  'kind.transfer': 'Transfer-payment self-evaluation',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Note',
  'level.output': 'Output indicators',
  'level.effect': 'Effect indicators',
  'level.satisfaction': 'Satisfaction indicators',
};

const TEXTS: Readonly<Record<Locale, Readonly<Record<TextKey, string>>>> = { 'zh-CN': ZH, 'en-US': EN };

/** The languages the pane offers, each named in itself. */
export const LANGUAGES: readonly (readonly [Locale, string])[] = [
  ['zh-CN', '中文（简体）'],
  ['en-US', 'English'],
];

/** `{name}` placeholders filled from `data`; an unknown placeholder stays as it is. */
export function uiText(locale: Locale, key: TextKey, data: Readonly<Record<string, string | number>> = {}) {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = data[name];
    return value === undefined ? match : String(value);
  });
}

/** The pane's locale for an Office display language or a browser language: English for `en…`, else Chinese. */
export function localeFor(language: string | null | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en-US' : 'zh-CN';
}

/** The built-in profiles' names in English, by id. */
const PROFILE_NAMES_EN: Readonly<Record<string, string>> = {
  national: 'National (Ministry of Finance)',
  hunan: 'Hunan',
  'hebei-local': 'Hebei (local)',
  guangxi: 'Guangxi Zhuang Autonomous Region',
  sichuan: 'Sichuan',
};

/** A profile's name in the pane's language: a bureau's own profile keeps the name it was given. */
export function profileName(profile: Profile, locale: Locale): string {
  const builtin = BUILTIN_PROFILES.some((p) => p.id === profile.id && p.name === profile.name);
  return locale === 'en-US' && builtin ? (PROFILE_NAMES_EN[profile.id] ?? profile.name) : profile.name;
}

export const kindKey = (kind: FormKind): TextKey => `kind.${kind}`;
export const severityKey = (severity: Severity): TextKey => `severity.${severity}`;
export const levelKey = (level: Level1Category): TextKey => `level.${level}`;

export const LocaleContext = createContext<Locale>('zh-CN');

/** `t(key, data)`: the pane's words in one language. */
export type Translate = (key: TextKey, data?: Readonly<Record<string, string | number>>) => string;

/** A `t` for `locale` (memoise it per locale in components: it is a new function each call). */
export function translator(locale: Locale): Translate {
  return (key, data) => uiText(locale, key, data);
}

/** The current locale and its `t`, for components below the pane's LocaleContext. */
export function useText(): { locale: Locale; t: Translate } {
  const locale = useContext(LocaleContext);
  const t = useMemo(() => translator(locale), [locale]);
  return { locale, t };
}
