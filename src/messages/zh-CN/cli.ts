/** The command line `jixiao`: help, usage errors, the check report, --fix, review's progress and totals. */
export const cli = {
  'cli.help.title': '绩效自评助手命令行 jixiao',
  'cli.help.usage': '用法：',
  'cli.help.template': `  jixiao template [--kind project|overall|basic|all] [--profile 名称|配置.json] [--unit 单位名称]
                  [--year 年度] [--project 项目名称 …] [--rows 每个二级指标行数] [--special-rows 专项行数]
                  [--bureau 下发单位] [--notice 通知文号] [--deadline 报送截止] [--example]
                  [--out 文件或文件夹] [--force]
      生成可直接下发的标准模板：填报说明、基础数据表（附件1）、整体支出绩效自评表（附件2）、项目支出绩效
      自评表（附件3），与官方表格同样的用语和合并单元格，带公式（执行率、得分、总分、等级，含配置的限分
      规则）、数据校验和中文提示、偏差原因提示和 A4 横向打印设置；合计公式包含在表中任意位置插入的行。
      --rows 每个二级指标的空行数（默认 3）；--special-rows 区级专项资金的空行数（默认 15）；
      --example 生成填好示例数据的“填报示例”。不加任何选项时在当前文件夹生成全国通用模板。
`,
  'cli.help.check': `  jixiao check 文件或文件夹… [--profile 名称|配置.json] [--json] [--fix 输出文件夹] [--jobs N] [--force]
      检查自评表：识别工作簿中的项目支出/整体支出绩效自评表和基础数据表，计算执行率、得分、总分和等级，
      按规则逐项检查，列出每个问题所在的单元格。给出文件夹时逐一检查其中（含子文件夹）的每个电子表格。
      --fix 把每个文件另存一份到输出文件夹：填写空白或错误的执行率、执行率得分、总分和等级（绿色底色，
      批注写明原值），并在每个问题单元格上标色、加批注；副本只改动这些单元格，图表、图片、宏等其余内容
      原样保留；原文件不会被改动。
`,
  'cli.help.review': `  jixiao review 文件夹 --out 汇总.xlsx [--profile 名称|配置.json] [--jobs N] [--force]
      批量审核：检查文件夹（含子文件夹）中的每个电子表格，生成汇总表：每张表一行（主管部门、单位、项目、
      预算数、执行数、执行率、执行率得分、总分、等级、问题数），问题最多的排在最前，带筛选、冻结表头和打印
      设置；“统计”按等级汇总并列出最常见的问题；“问题清单”逐条列出问题并链接到文件；“文件清单”逐一
      列出每个文件：已检查、未找到自评表（列出其中的工作表）、无法读取（说明原因）或未检查的其他文件。
      个别文件损坏不影响其余文件。
`,
  'cli.help.common': `--jobs N：同时检查 N 个文件（多线程），结果顺序不变；check 默认 1，review 在 4 核及以上的电脑上默认
      用多个线程（最多 4 个），2 核电脑上默认 1 个（多线程在那里并不更快）。加 --fix 时逐个文件处理。
--force：输出文件（模板、汇总表、--fix 的副本）已存在时覆盖它；不加时不会覆盖任何已有文件。
--lang zh|en：输出的语言，zh 为中文，en 为英文；不加时按环境变量 LC_ALL、LC_MESSAGES、LANG 选择：
      以 en 开头为英文，否则为中文。
--help、-h：显示该命令的说明。

配置（--profile）：national（默认，财政部）、hunan、hebei-local、guangxi、sichuan，或财政局提供的 .json 配置文件。

退出码：0 没有错误；1 至少一个错误级问题；2 文件无法读取、没有可检查的文件或用法有误。
`,

  'cli.args.unknown-option': '不认识的选项 {option}。',
  'cli.args.needs-value': '选项 {option} 需要一个值。',
  'cli.args.invalid': '参数有误：{detail}',
  'cli.args.extra': '多余的参数：{arguments}',
  'cli.args.lang': '选项 --lang 应为 zh 或 en，而不是“{value}”。',
  'cli.args.jobs': '选项 --jobs 需要一个正整数（同时检查的文件数），而不是“{value}”。',
  'cli.unknown-command': '不认识的命令“{command}”。',
  'cli.unexpected': '出错了：{detail}',

  'cli.profile.unknown': '没有名为“{name}”的内置配置（可选：{names}），也不是 .json 配置文件。',
  'cli.profile.unreadable': '无法读取配置文件“{file}”。',
  'cli.profile.invalid': '配置文件“{file}”有误：\n  {errors}',

  'cli.check.no-files': '请给出要检查的 .xlsx 文件。',
  'cli.check.empty-folder': '文件夹“{folder}”中没有可检查的电子表格文件（.xlsx 等）。',
  'cli.check.cannot-check': '无法检查“{file}”：{reason}',
  'cli.pool.worker-died': '处理时意外退出（{detail}）。',
  'cli.pool.cannot-start': '无法启动检查线程（{detail}），请先运行 npm run build:cli。',

  'cli.location.sheet': '工作表“{sheet}”',
  'cli.location.sheet-cell': '工作表“{sheet}”{cell}',
  'cli.location.table': '表 {table}',
  'cli.location.table-cell': '表 {table}，第 {row} 行第 {col} 列',
  'cli.location.row-col': '第 {row} 行第 {col} 列',

  'cli.kind.project': '项目支出绩效自评表',
  'cli.kind.overall': '整体支出绩效自评表',
  'cli.kind.basic': '整体支出绩效评价基础数据表',
  'cli.kind.transfer': '转移支付（专项资金）绩效自评表',

  'cli.report.file': '文件：{file}',
  'cli.report.form-in-sheet': '工作表“{sheet}”— {kind}[[：{name}]]',
  'cli.report.form-in-report': '报告中的表 {table}— {kind}[[：{name}]]',
  'cli.report.figures': '执行率 {rate}  执行率得分 {score}  总分 {total}  等级 {grade}',
  'cli.report.no-findings': '未发现问题。',
  'cli.report.error': '错误（{count}）',
  'cli.report.warning': '警告（{count}）',
  'cli.report.info': '提示（{count}）',
  'cli.report.sheet-without-form': '工作表“{sheet}”中没有找到自评表。',
  'cli.report.totals':
    '共检查 {files} 个文件、{forms} 张表：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个[[；{unread} 个文件无法读取或没有自评表]]。',

  'cli.no-form.report-empty': '未找到自评表：报告中没有表格。',
  'cli.no-form.report-tables':
    '未找到自评表：查看了报告中的 {count} 张表格，其中没有可识别的项目支出、整体支出绩效自评表或基础数据表。',
  'cli.no-form.workbook-empty': '未找到自评表：工作簿中没有可见的工作表。',
  'cli.no-form.sheets':
    '未找到自评表：查看了工作表{sheets}，其中没有可识别的项目支出、整体支出绩效自评表或基础数据表。',

  'cli.fix.same-folder': '--fix 的输出文件夹不能是原文件所在的文件夹：原文件不会被覆盖。',
  'cli.fix.saved': '已另存：{path}（填写 {filled} 处，标记 {marked} 处）',
  'cli.fix.converted': '原文件为 .{format}，副本存为 .xlsx，保留了内容和合并单元格，未保留原有格式。',
  'cli.fix.rate': '{place} 执行率：{before} → {after}',
  'cli.fix.exec-score': '{place} 执行率得分：{before} → {after}',
  'cli.fix.total': '{place} 总分：{before} → {after}',
  'cli.fix.grade': '{place} 等级：{before} → {after}',
  'cli.fix.empty': '（空）',
  'cli.fix.threaded-comment': '{place} 有会话式批注，未加说明，只标了底色。',

  'cli.template.count': '{option} 应为 {min} 到 {max} 之间的整数，而不是“{value}”。',
  'cli.template.kind': '--kind 应为 project、overall、basic 或 all，而不是“{value}”。',
  'cli.template.year': '--year 应为四位年份，如 2024。',
  'cli.template.out': '--out 应为 .xlsx 文件名或已存在的文件夹：{out}',
  'cli.template.file-name': '绩效自评模板-[[{unit}-]]{year}-{profile}.xlsx',
  'cli.template.example-file-name': '绩效自评填报示例-[[{unit}-]]{year}-{profile}.xlsx',
  'cli.template.creator': '绩效自评助手',
  'cli.template.done': '已生成模板：{path}\n  配置：{profile}（{id}）\n  工作表：{sheets}',

  'cli.review.no-folder': '请给出一个文件夹：jixiao review 文件夹 --out 汇总.xlsx',
  'cli.review.no-out': '请用 --out 给出汇总表的 .xlsx 文件名。',
  'cli.review.not-folder': '“{folder}”不是文件夹。',
  'cli.review.nothing': '“{folder}”中没有可检查的电子表格文件（.xlsx 等）[[，只有 {others} 个其他文件]]。',
  'cli.review.done':
    '已检查 {files} 个文件、{forms} 张表；错误 {errors} 个；未找到自评表 {withoutForms} 个；无法读取 {unreadable} 个[[；其他文件 {others} 个未检查]]。\n汇总表：{out}（“文件清单”列出每个文件）',
  'cli.skip.lock-file': 'Excel 打开文件时留下的临时锁定文件，不是自评表。',
  'cli.skip.not-spreadsheet': '不是电子表格文件，未检查。',
  'cli.skip.not-regular': '不是普通文件（链接或设备），未检查。',
} as const satisfies Readonly<Record<string, string>>;
