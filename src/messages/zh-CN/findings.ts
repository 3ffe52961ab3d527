/** Findings: what the rules say, and the names they refer to with `@id`; `{name}` takes the finding's data. */
export const findings = {
  'exec-rate.mismatch':
    '执行率填写为 {actual}，按全年执行数 {spent} 万元 ÷ 全年预算数 {budget} 万元应为 {expected}[[；请在 {at} 改为 {expected}]]。',
  'exec-rate.missing':
    '执行率未填写，按全年执行数 {spent} 万元 ÷ 全年预算数 {budget} 万元应为 {expected}[[；请在 {at} 填写]]。',
  'exec-rate.unreadable':
    '执行率填写为“{actual}”，无法识别为百分比；按全年执行数 {spent} 万元 ÷ 全年预算数 {budget} 万元应为 {expected}[[，请在 {at} 改为百分数]]。',
  'exec-score.mismatch':
    '执行率得分填写为 {actual}，按执行率 {rate}（{method}）应为 {expected} 分[[；请在 {at} 改正]]。',
  'exec-score.missing':
    '执行率得分未填写，按执行率 {rate}（{method}）应为 {expected} 分[[；请在 {at} 填写]]。',
  'budget-adjusted.adjusted':
    '全年预算数 {budget} 万元与年初预算数 {initial} 万元相差 {change}，属于预算调整，请在自评报告中说明调整原因。',
  'budget-adjusted.added':
    '年初预算数为 0，全年预算数为 {budget} 万元，属于年中追加预算，请在自评报告中说明原因。',
  'budget-adjusted.over-spent':
    '执行率 {rate} 超过 100%，全年执行数大于全年预算数[[；请核对 {at} 所在行的金额，并在自评报告中说明原因]]。',
  'budget-adjusted.low-rate':
    '执行率 {rate} 低于 {threshold}，{profile}要求说明原因，请在自评表或自评报告中写明。',
  'fund-sum.mismatch':
    '“{group}”各项合计 {sum} 万元，与{column} {total} 万元不一致（相差 {diff} 万元）；请核对各项金额。',
  'fund-sum.partial-exceeds':
    '“{group}”的其中各项合计 {sum} 万元，超过了{column} {total} 万元；其中各项只是它的一部分，请核对金额。',
  'weight-total.mismatch': '分值合计 {sum}（含执行率 {execution}），应为 100；请调整各指标的分值。',
  'weight-total.execution-typo':
    '执行率的分值填写为 {actual}，疑为 {expected} 的录入错误：已按 {expected} 分计算执行率得分[[，请在 {at} 改正]]。',
  'weight-total.stated': '总分行的分值填写为 {actual}，应为 100；请核对各指标的分值。',
  'weight-level.mismatch':
    '{level}分值合计 {actual}，{profile}规定为 {expected}；请调整该一级指标下各项的分值。',
  'weight-level.declared': '{level}标注为 {declared} 分，但其下各项分值合计 {actual}；请使二者一致。',
  'indicator-category.wrong-level': '二级指标“{level2}”应属于{expected}，却填在{actual}下。',
  'indicator-category.unknown-level2': '二级指标“{level2}”不是标准二级指标。',
  'indicator-category.unknown-level1': '一级指标“{level1}”不是标准一级指标（产出、效益、满意度）。',
  'score-range.above': '得分 {score} 超过分值 {weight}[[；请在 {at} 改为不超过 {weight} 的得分]]。',
  'score-range.below': '得分 {score} 小于 0[[；请在 {at} 改正]]。',
  'score-formula.mismatch':
    '“{name}”：年度指标值 {target}，实际完成值 {result}，按计分规则应得 {expected} 分，填写 {actual} 分[[；请核对 {at} 的得分]]。',
  'score-band.outside':
    '“{name}”完成情况为“{achievement}”，得分应在 {low}–{high} 分之间，填写 {actual} 分[[；请核对 {at}]]。',
  'score-total.mismatch':
    '总分填写为 {actual}，而填写的执行率得分与各指标得分合计为 {expected}[[；请核对 {at}]]。',
  'score-total.cap':
    '执行率 {rate} 低于 {threshold}，总分不应超过 {cap} 分，填写 {actual} 分[[；请在 {at} 改为不超过 {cap} 分]]。',
  'grade.mismatch': '等级填写为“{actual}”，总分 {total} 对应的等级为“{expected}”[[；请在 {at} 改正]]。',
  'deviation-cause.lost-points':
    '“{name}”得分 {score} 低于分值 {weight}，未说明原因[[；请在 {at} 写明偏差原因和改进措施]]。',
  'deviation-cause.shortfall':
    '“{name}”实际完成值 {result} 未达到年度指标值 {target}，未说明原因[[；请在 {at} 写明偏差原因和改进措施]]。',
  'over-achievement.no-cause':
    '“{name}”实际完成值 {result} 达到年度指标值 {target} 的 {ratio}，超额较多，请说明原因（指标值是否设定偏低）。',
  'value-number.not-number': '“{name}”的年度指标值 {target} 是定量指标，实际完成值“{result}”应填写数值。',
  'value-number.unparsed':
    '“{name}”的{field}“{text}”无法识别为一个数值（{reason}），未按计分规则核对这一行。',
  'value-comparator.in-result': '“{name}”的实际完成值“{result}”含有比较符号，应填写实际数值。',
  'value-unit.mismatch': '“{name}”的年度指标值单位“{targetUnit}”与实际完成值单位“{resultUnit}”不一致。',
  'required.missing': '{field}未填写[[；请在 {at} 填写]]。',
  'reverse-target.reversed': '“{name}”是越低越好的指标，年度指标值却是“{target}”，请核实方向。',
  'ctrl-rate.mismatch': '“{label}”控制率填写为 {actual}，按 {numerator} ÷ {denominator} 应为 {expected}。',
  'cross-sheet.mismatch': '“{label}”在“{sheet}”中为 {actual}，在“{otherSheet}”中为 {expected}，应一致。',
  'typo.known': '“{wrong}”疑为“{right}”之误。',
  'report-consistency.total':
    '报告正文写“{quote}”，而自评表的总分为 {figure} 分；请核对报告与表格，使二者一致。',
  'report-consistency.rate':
    '报告正文写“{quote}”，而自评表的执行率为 {figure}；请核对报告与表格，使二者一致。',
  'report-consistency.grade':
    '报告正文写“{quote}”，而自评表的等级为“{figure}”；请核对报告与表格，使二者一致。',
  'report-consistency.budget':
    '报告正文写“{quote}”，而自评表的全年预算数为 {figure} 万元；请核对报告与表格，使二者一致。',
  'report-consistency.spent':
    '报告正文写“{quote}”，而自评表的全年执行数为 {figure} 万元；请核对报告与表格，使二者一致。',
  'unread.fund-block': '未找到预算执行情况（年度资金总额一行），未计算执行率和执行率得分。',
  'unread.fund-amounts': '找到了资金表头，但未找到年度资金总额一行，未计算执行率和执行率得分。',
  'unread.indicator-table': '未找到绩效指标表（一级、二级、三级指标），未检查指标、得分和偏差原因。',
  'unread.target-column': '未找到“年度指标值”列，未检查指标是否完成。',
  'unread.result-column': '未找到“实际完成值”列，未检查指标是否完成。',
  'unread.weight-column': '未找到“分值”列，未检查分值合计和扣分。',
  'unread.score-column': '未找到“得分”列，未检查得分和总分。',
  'unread.cause-column': '未找到“偏差原因分析及改进措施”列，未检查偏差原因。',
  'internal-error.thrown': '规则 {rule} 检查时出错：{error}。其余检查不受影响，请将此表反馈给开发者。',
  'value.several-numbers': '含有多个数值',
  'value.bad-number': '数字写法有误',
  'value.conflicting-comparators': '前后比较符号相互矛盾',
  'value.boolean': '是逻辑值（TRUE/FALSE），不是数值',
  'value.not-finite': '不是有限的数值',
  'value.unreadable': '无法识别',
  'field.unit': '预算单位名称',
  'field.project': '项目名称',
  'field.department': '主管部门',
  'field.implementer': '实施单位',
  'field.budget': '全年预算数',
  'field.spent': '全年执行数',
  'field.target': '年度指标值',
  'field.result': '实际完成值',
  'field.weight': '分值',
  'field.score': '得分',
  'column.initial': '年初预算数',
  'column.budget': '全年预算数',
  'column.spent': '全年执行数',
  'column.previous': '上年决算数',
  'column.actual': '本年决算数',
  'method.linear': '按比例计分',
  'method.step10': '按档计分',
  'method.rounded': '按比例取整计分',
  'achievement.achieved': '达成',
  'achievement.partial': '部分达成',
  'achievement.not-achieved': '未达成',
  'level.output': '产出指标',
  'level.effect': '效益指标',
  'level.satisfaction': '满意度指标',
  'rule.internal-error': '检查出错',
  'cell.in-table': '第 {row} 行第 {col} 列',
} as const satisfies Readonly<Record<string, string>>;
