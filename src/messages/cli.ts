/** The command line `jixiao`: help, usage errors, the check report, --fix, review's progress and totals. */
import { area } from './area';

export const cli = area({
  'cli.help.title': {
    zh: '绩效自评助手命令行 jixiao',
    en: 'jixiao, the command line of the Performance Self-Evaluation Assistant',
  },
  'cli.help.usage': {
    zh: '用法：',
    en: 'Usage:',
  },
  'cli.help.template': {
    zh: `  jixiao template [--kind project|overall|basic|all] [--profile 名称|配置.json] [--unit 单位名称]
                  [--year 年度] [--project 项目名称 …] [--rows 每个二级指标行数] [--special-rows 专项行数]
                  [--bureau 下发单位] [--notice 通知文号] [--deadline 报送截止] [--example]
                  [--out 文件或文件夹] [--force]
      生成可直接下发的标准模板：填报说明、基础数据表（附件1）、整体支出绩效自评表（附件2）、项目支出绩效
      自评表（附件3），与官方表格同样的用语和合并单元格，带公式（执行率、得分、总分、等级，含配置的限分
      规则）、数据校验和中文提示、偏差原因提示和 A4 横向打印设置；合计公式包含在表中任意位置插入的行。
      --rows 每个二级指标的空行数（默认 3）；--special-rows 区级专项资金的空行数（默认 15）；
      --example 生成填好示例数据的“填报示例”。不加任何选项时在当前文件夹生成全国通用模板。
`,
    en: `  jixiao template [--kind project|overall|basic|all] [--profile NAME|PROFILE.json] [--unit UNIT]
                  [--year YEAR] [--project PROJECT …] [--rows ROWS] [--special-rows ROWS]
                  [--bureau BUREAU] [--notice NOTICE] [--deadline DEADLINE] [--example]
                  [--out FILE-OR-FOLDER] [--force]
      Builds a standard template pack ready to send out: instructions, the basic data form (attachment 1),
      the overall expenditure self-evaluation form (attachment 2) and the project expenditure self-evaluation
      form (attachment 3), worded and merged as the official forms, with formulas (execution rate, scores,
      total and grade, including the profile's score caps), data validation with prompts, hints for the
      causes of deviations and A4 landscape print setup; the totals include rows inserted anywhere.
      --rows sets the empty rows per second-level indicator (default 3); --special-rows the empty rows for
      district special funds (default 15); --example fills in a worked example. With no options at all, the
      national template is written into the current folder.
`,
  },
  'cli.help.check': {
    zh: `  jixiao check 文件或文件夹… [--profile 名称|配置.json] [--json] [--fix 输出文件夹] [--jobs N] [--force]
      检查自评表：识别工作簿中的项目支出/整体支出绩效自评表和基础数据表，计算执行率、得分、总分和等级，
      按规则逐项检查，列出每个问题所在的单元格。给出文件夹时逐一检查其中（含子文件夹）的每个电子表格。
      --fix 把每个文件另存一份到输出文件夹：填写空白或错误的执行率、执行率得分、总分和等级（绿色底色，
      批注写明原值），并在每个问题单元格上标色、加批注；副本只改动这些单元格，图表、图片、宏等其余内容
      原样保留；原文件不会被改动。
`,
    en: `  jixiao check FILE-OR-FOLDER… [--profile NAME|PROFILE.json] [--json] [--fix OUTPUT-FOLDER] [--jobs N] [--force]
      Checks self-evaluation forms: recognises the project and overall expenditure forms and the basic data
      form in a workbook, computes the execution rate, scores, total and grade, checks every rule and lists
      the cell of each problem. Given a folder, checks every spreadsheet in it (and in its sub-folders).
      --fix saves a copy of each file into the output folder: empty or wrong execution rates, execution
      scores, totals and grades are filled in (green fill, with a note of the old value), and every cell with
      a problem is coloured and given a note; the copy changes only those cells and keeps charts, pictures,
      macros and everything else as they were. The original file is never changed.
`,
  },
  'cli.help.review': {
    zh: `  jixiao review 文件夹 --out 汇总.xlsx [--profile 名称|配置.json] [--jobs N] [--force]
      批量审核：检查文件夹（含子文件夹）中的每个电子表格，生成汇总表：每张表一行（主管部门、单位、项目、
      预算数、执行数、执行率、执行率得分、总分、等级、问题数），问题最多的排在最前，带筛选、冻结表头和打印
      设置；“统计”按等级汇总并列出最常见的问题；“问题清单”逐条列出问题并链接到文件；“文件清单”逐一
      列出每个文件：已检查、未找到自评表（列出其中的工作表）、无法读取（说明原因）或未检查的其他文件。
      个别文件损坏不影响其余文件。
`,
    en: `  jixiao review FOLDER --out SUMMARY.xlsx [--profile NAME|PROFILE.json] [--jobs N] [--force]
      Reviews a batch: checks every spreadsheet in the folder (and its sub-folders) and writes a summary
      workbook: one line per form (department, unit, project, budget, spending, execution rate, execution
      score, total, grade, problems), the most problems first, with filters, a frozen header and print setup;
      "Statistics" counts the forms by grade and lists the most frequent problems; "Findings" lists every
      problem with a link to its file; "Files" accounts for every file: checked, no form found (with its
      sheets), unreadable (with why), or another file not checked. A broken file does not stop the others.
`,
  },
  'cli.help.common': {
    zh: `--jobs N：同时检查 N 个文件（多线程），结果顺序不变；check 默认 1，review 在 4 核及以上的电脑上默认
      用多个线程（最多 4 个），2 核电脑上默认 1 个（多线程在那里并不更快）。加 --fix 时逐个文件处理。
--force：输出文件（模板、汇总表、--fix 的副本）已存在时覆盖它；不加时不会覆盖任何已有文件。
--lang zh|en：输出的语言，zh 为中文，en 为英文；不加时按环境变量 LC_ALL、LC_MESSAGES、LANG 选择：
      以 en 开头为英文，否则为中文。
--help、-h：显示该命令的说明。

配置（--profile）：national（默认，财政部）、hunan、hebei-local、guangxi、sichuan，或财政局提供的 .json 配置文件。

退出码：0 没有错误；1 至少一个错误级问题；2 文件无法读取、没有可检查的文件或用法有误。
`,
    en: `--jobs N: checks N files at once (on threads), the results in the same order; check defaults to 1,
      review to several threads (at most 4) on computers with 4 cores or more and to 1 on 2 cores (where
      threads are no faster). With --fix, files are handled one at a time.
--force: overwrites an output (template, summary, --fix copy) that already exists; without it, no
      existing file is ever overwritten.
--lang zh|en: the language of the output, zh for Chinese and en for English; by default taken from
      LC_ALL, LC_MESSAGES or LANG: English when it starts with "en", Chinese otherwise.
--help, -h: shows the help of the command.

Profiles (--profile): national (default, Ministry of Finance), hunan, hebei-local, guangxi, sichuan, or a
      .json profile file from a finance bureau.

Exit codes: 0 no error; 1 at least one error-level problem; 2 a file could not be read, there was nothing
      to check, or the usage was wrong.
`,
  },
  'cli.args.unknown-option': {
    zh: '不认识的选项 {option}。',
    en: 'Unknown option {option}.',
  },
  'cli.args.needs-value': {
    zh: '选项 {option} 需要一个值。',
    en: 'Option {option} needs a value.',
  },
  'cli.args.invalid': {
    zh: '参数有误：{detail}',
    en: 'Invalid arguments: {detail}',
  },
  'cli.args.extra': {
    zh: '多余的参数：{arguments}',
    en: 'Unexpected arguments: {arguments}',
  },
  'cli.args.lang': {
    zh: '选项 --lang 应为 zh 或 en，而不是“{value}”。',
    en: 'Option --lang takes zh or en, not "{value}".',
  },
  'cli.args.jobs': {
    zh: '选项 --jobs 需要一个正整数（同时检查的文件数），而不是“{value}”。',
    en: 'Option --jobs takes a whole number from 1 up (the files checked at once), not "{value}".',
  },
  'cli.unknown-command': {
    zh: '不认识的命令“{command}”。',
    en: 'Unknown command "{command}".',
  },
  'cli.unexpected': {
    zh: '出错了：{detail}',
    en: 'Something went wrong: {detail}',
  },
  'cli.profile.unknown': {
    zh: '没有名为“{name}”的内置配置（可选：{names}），也不是 .json 配置文件。',
    en: 'There is no built-in profile named "{name}" (choose from: {names}), and it is not a .json profile file.',
  },
  'cli.profile.unreadable': {
    zh: '无法读取配置文件“{file}”。',
    en: 'Could not read the profile file "{file}".',
  },
  'cli.profile.invalid': {
    zh: `配置文件“{file}”有误：
  {errors}`,
    en: `The profile file "{file}" is not valid:
  {errors}`,
  },
  'cli.check.no-files': {
    zh: '请给出要检查的 .xlsx 文件。',
    en: 'Name the .xlsx files to check.',
  },
  'cli.check.empty-folder': {
    zh: '文件夹“{folder}”中没有可检查的电子表格文件（.xlsx 等）。',
    en: 'The folder "{folder}" holds no spreadsheet to check (.xlsx and the like).',
  },
  'cli.check.cannot-check': {
    zh: '无法检查“{file}”：{reason}',
    en: 'Could not check "{file}": {reason}',
  },
  'cli.pool.worker-died': {
    zh: '处理时意外退出（{detail}）。',
    en: 'the checking thread stopped unexpectedly ({detail}).',
  },
  'cli.pool.cannot-start': {
    zh: '无法启动检查线程（{detail}），请先运行 npm run build:cli。',
    en: 'Could not start the checking threads ({detail}): run npm run build:cli first.',
  },
  'cli.location.sheet': {
    zh: '工作表“{sheet}”',
    en: 'sheet "{sheet}"',
  },
  'cli.location.sheet-cell': {
    zh: '工作表“{sheet}”{cell}',
    en: 'sheet "{sheet}", {cell}',
  },
  'cli.location.table': {
    zh: '表 {table}',
    en: 'table {table}',
  },
  'cli.location.table-cell': {
    zh: '表 {table}，第 {row} 行第 {col} 列',
    en: 'table {table}, row {row}, column {col}',
  },
  'cli.location.row-col': {
    zh: '第 {row} 行第 {col} 列',
    en: 'row {row}, column {col}',
  },
  'cli.kind.project': {
    zh: '项目支出绩效自评表',
    en: 'project expenditure self-evaluation form',
  },
  'cli.kind.overall': {
    zh: '整体支出绩效自评表',
    en: 'overall expenditure self-evaluation form',
  },
  'cli.kind.basic': {
    zh: '整体支出绩效评价基础数据表',
    en: 'basic data form for the overall expenditure evaluation',
  },
  'cli.kind.transfer': {
    zh: '转移支付（专项资金）绩效自评表',
    en: 'transfer payment (special funds) self-evaluation form',
  },
  'cli.report.file': {
    zh: '文件：{file}',
    en: 'File: {file}',
  },
  'cli.report.form-in-sheet': {
    zh: '工作表“{sheet}”— {kind}[[：{name}]]',
    en: 'Sheet "{sheet}" — {kind}[[: {name}]]',
  },
  'cli.report.form-in-report': {
    zh: '报告中的表 {table}— {kind}[[：{name}]]',
    en: 'Table {table} of the report — {kind}[[: {name}]]',
  },
  'cli.report.figures': {
    zh: '执行率 {rate}  执行率得分 {score}  总分 {total}  等级 {grade}',
    en: 'Execution rate {rate}  execution score {score}  total {total}  grade {grade}',
  },
  'cli.report.unscored': {
    zh: '（{count} 行指标有分值而未填得分，未计算总分和等级）',
    en: ' ({count} indicator rows have a weight but no score yet: no total or grade)',
  },
  'cli.report.no-findings': {
    zh: '未发现问题。',
    en: 'No problems found.',
  },
  'cli.report.error': {
    zh: '错误（{count}）',
    en: 'Errors ({count})',
  },
  'cli.report.warning': {
    zh: '警告（{count}）',
    en: 'Warnings ({count})',
  },
  'cli.report.info': {
    zh: '提示（{count}）',
    en: 'Notes ({count})',
  },
  'cli.report.sheet-without-form': {
    zh: '工作表“{sheet}”中没有找到自评表。',
    en: 'No self-evaluation form found on sheet "{sheet}".',
  },
  'cli.report.totals': {
    zh: '共检查 {files} 个文件、{forms} 张表：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个[[；{unread} 个文件无法读取或没有自评表]]。',
    en: 'Files checked: {files}, forms: {forms}. Errors: {errors}, warnings: {warnings}, notes: {infos}[[; files unreadable or without a form: {unread}]].',
  },
  'cli.no-form.report-empty': {
    zh: '未找到自评表：报告中没有表格。',
    en: 'No self-evaluation form found: the report has no tables.',
  },
  'cli.no-form.report-tables': {
    zh: '未找到自评表：查看了报告中的 {count} 张表格，其中没有可识别的项目支出、整体支出绩效自评表或基础数据表。',
    en: 'No self-evaluation form found: none of the tables in the report ({count}) is a project or overall expenditure self-evaluation form or a basic data form.',
  },
  'cli.no-form.workbook-empty': {
    zh: '未找到自评表：工作簿中没有可见的工作表。',
    en: 'No self-evaluation form found: the workbook has no visible sheet.',
  },
  'cli.no-form.sheets': {
    zh: '未找到自评表：查看了工作表{sheets}，其中没有可识别的项目支出、整体支出绩效自评表或基础数据表。',
    en: 'No self-evaluation form found: none of the sheets {sheets} is a project or overall expenditure self-evaluation form or a basic data form.',
  },
  'cli.fix.same-folder': {
    zh: '--fix 的输出文件夹不能是原文件所在的文件夹：原文件不会被覆盖。',
    en: 'The --fix output folder cannot be the folder of the original files: an original is never overwritten.',
  },
  'cli.fix.saved': {
    zh: '已另存：{path}（填写 {filled} 处，标记 {marked} 处）',
    en: 'Saved: {path} (cells filled in: {filled}, marked: {marked})',
  },
  'cli.fix.converted': {
    zh: '原文件为 .{format}，副本存为 .xlsx，保留了内容和合并单元格，未保留原有格式。',
    en: 'The original is a .{format} file: the copy is an .xlsx that keeps its content and merged cells but not its formatting.',
  },
  'cli.fix.rate': {
    zh: '{place} 执行率：{before} → {after}',
    en: '{place} execution rate: {before} → {after}',
  },
  'cli.fix.exec-score': {
    zh: '{place} 执行率得分：{before} → {after}',
    en: '{place} execution score: {before} → {after}',
  },
  'cli.fix.total': {
    zh: '{place} 总分：{before} → {after}',
    en: '{place} total score: {before} → {after}',
  },
  'cli.fix.grade': {
    zh: '{place} 等级：{before} → {after}',
    en: '{place} grade: {before} → {after}',
  },
  'cli.fix.empty': {
    zh: '（空）',
    en: '(empty)',
  },
  'cli.fix.threaded-comment': {
    zh: '{place} 有会话式批注，未加说明，只标了底色。',
    en: '{place} has a threaded comment: no note was added, only the fill.',
  },
  'cli.template.count': {
    zh: '{option} 应为 {min} 到 {max} 之间的整数，而不是“{value}”。',
    en: '{option} takes a whole number from {min} to {max}, not "{value}".',
  },
  'cli.template.kind': {
    zh: '--kind 应为 project、overall、basic 或 all，而不是“{value}”。',
    en: '--kind takes project, overall, basic or all, not "{value}".',
  },
  'cli.template.year': {
    zh: '--year 应为四位年份，如 2024。',
    en: '--year takes a four-digit year, such as 2024.',
  },
  'cli.template.out': {
    zh: '--out 应为 .xlsx 文件名或已存在的文件夹：{out}',
    en: '--out takes an .xlsx file name or an existing folder: {out}',
  },
  'cli.template.file-name': {
    zh: '绩效自评模板-[[{unit}-]]{year}-{profile}.xlsx',
    en: 'self-evaluation-template-[[{unit}-]]{year}-{profile}.xlsx',
  },
  'cli.template.example-file-name': {
    zh: '绩效自评填报示例-[[{unit}-]]{year}-{profile}.xlsx',
    en: 'self-evaluation-example-[[{unit}-]]{year}-{profile}.xlsx',
  },
  'cli.template.creator': {
    zh: '绩效自评助手',
    en: 'Performance Self-Evaluation Assistant',
  },
  'cli.template.done': {
    zh: `已生成模板：{path}
  配置：{profile}（{id}）
  工作表：{sheets}`,
    en: `Template written: {path}
  Profile: {profile} ({id})
  Sheets: {sheets}`,
  },
  'cli.review.no-folder': {
    zh: '请给出一个文件夹：jixiao review 文件夹 --out 汇总.xlsx',
    en: 'Name one folder: jixiao review FOLDER --out SUMMARY.xlsx',
  },
  'cli.review.no-out': {
    zh: '请用 --out 给出汇总表的 .xlsx 文件名。',
    en: 'Name the summary workbook with --out, as an .xlsx file.',
  },
  'cli.review.not-folder': {
    zh: '“{folder}”不是文件夹。',
    en: '"{folder}" is not a folder.',
  },
  'cli.review.nothing': {
    zh: '“{folder}”中没有可检查的电子表格文件（.xlsx 等）[[，只有 {others} 个其他文件]]。',
    en: '"{folder}" holds no spreadsheet to check (.xlsx and the like)[[, only other files ({others})]].',
  },
  'cli.review.done': {
    zh: `已检查 {files} 个文件、{forms} 张表；错误 {errors} 个；未找到自评表 {withoutForms} 个；无法读取 {unreadable} 个[[；其他文件 {others} 个未检查]]。
汇总表：{out}（“文件清单”列出每个文件）`,
    en: `Files checked: {files}, forms: {forms}; errors: {errors}; no form found: {withoutForms}; unreadable: {unreadable}[[; other files not checked: {others}]].
Summary: {out} (the "Files" sheet accounts for every file)`,
  },
  'cli.skip.lock-file': {
    zh: 'Excel 打开文件时留下的临时锁定文件，不是自评表。',
    en: 'A temporary lock file Excel leaves while a workbook is open, not a form.',
  },
  'cli.skip.not-spreadsheet': {
    zh: '不是电子表格文件，未检查。',
    en: 'Not a spreadsheet: not checked.',
  },
  'cli.skip.not-regular': {
    zh: '不是普通文件（链接或设备），未检查。',
    en: 'Not a regular file (a link or a device): not checked.',
  },
});
