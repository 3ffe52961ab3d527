/** Findings: what the rules say, and the names they refer to with `@id`; `{name}` takes the finding's data. */
import { area } from './area';

export const findings = area({
  'exec-rate.mismatch': {
    zh: '执行率填写为 {actual}，按全年执行数 {spent} 万元 ÷ 全年预算数 {budget} 万元应为 {expected}[[；请在 {at} 改为 {expected}]]。',
    en: 'Execution rate is {actual}; spent {spent} ÷ budget {budget} (10,000 yuan) gives {expected}[[: correct {at}]].',
  },
  'exec-rate.missing': {
    zh: '执行率未填写，按全年执行数 {spent} 万元 ÷ 全年预算数 {budget} 万元应为 {expected}[[；请在 {at} 填写]]。',
    en: 'Execution rate is empty; spent {spent} ÷ budget {budget} (10,000 yuan) gives {expected}[[: fill in {at}]].',
  },
  'exec-rate.unreadable': {
    zh: '执行率填写为“{actual}”，无法识别为百分比；按全年执行数 {spent} 万元 ÷ 全年预算数 {budget} 万元应为 {expected}[[，请在 {at} 改为百分数]]。',
    en: 'Execution rate "{actual}" is not a percentage; spent {spent} ÷ budget {budget} (10,000 yuan) gives {expected}[[: enter it as a percentage in {at}]].',
  },
  'exec-score.mismatch': {
    zh: '执行率得分填写为 {actual}，按执行率 {rate}（{method}）应为 {expected} 分[[；请在 {at} 改正]]。',
    en: 'Execution score is {actual}; rate {rate} ({method}) gives {expected}[[: correct {at}]].',
  },
  'exec-score.missing': {
    zh: '执行率得分未填写，按执行率 {rate}（{method}）应为 {expected} 分[[；请在 {at} 填写]]。',
    en: 'Execution score is empty; rate {rate} ({method}) gives {expected}[[: fill in {at}]].',
  },
  'budget-adjusted.adjusted': {
    zh: '全年预算数 {budget} 万元与年初预算数 {initial} 万元相差 {change}，属于预算调整，请在自评报告中说明调整原因。',
    en: 'Annual budget {budget} differs from the initial budget {initial} (10,000 yuan) by {change}: explain the adjustment in the report.',
  },
  'budget-adjusted.added': {
    zh: '年初预算数为 0，全年预算数为 {budget} 万元，属于年中追加预算，请在自评报告中说明原因。',
    en: 'No initial budget but an annual budget of {budget} (10,000 yuan): explain the mid-year allocation in the report.',
  },
  'budget-adjusted.over-spent': {
    zh: '执行率 {rate} 超过 100%，全年执行数大于全年预算数[[；请核对 {at} 所在行的金额，并在自评报告中说明原因]]。',
    en: 'Execution rate {rate} is above 100 %: spending exceeds the budget[[; check the amounts on the row of {at} and explain]].',
  },
  'budget-adjusted.low-rate': {
    zh: '执行率 {rate} 低于 {threshold}，{profile}要求说明原因，请在自评表或自评报告中写明。',
    en: 'Execution rate {rate} is below {threshold}: {profile} requires a stated reason.',
  },
  'fund-sum.mismatch': {
    zh: '“{group}”各项合计 {sum} 万元，与{column} {total} 万元不一致（相差 {diff} 万元）；请核对各项金额。',
    en: '"{group}" adds up to {sum}, not {total} as its {column} says (off by {diff}, 10,000 yuan): check the amounts.',
  },
  'fund-sum.partial-exceeds': {
    zh: '“{group}”的其中各项合计 {sum} 万元，超过了{column} {total} 万元；其中各项只是它的一部分，请核对金额。',
    en: 'The items listed under “{group}” add up to {sum}, more than {total} as its {column} says (10,000 yuan); they are only part of it: check the amounts.',
  },
  'weight-total.mismatch': {
    zh: '分值合计 {sum}（含执行率 {execution}），应为 100；请调整各指标的分值。',
    en: 'Weights add up to {sum} (execution {execution} included), not 100: adjust the weights.',
  },
  'weight-total.execution-typo': {
    zh: '执行率的分值填写为 {actual}，疑为 {expected} 的录入错误：已按 {expected} 分计算执行率得分[[，请在 {at} 改正]]。',
    en: 'The execution rate is weighted {actual}, most likely a typo for {expected}: it is scored out of {expected}[[; correct {at}]].',
  },
  'weight-total.stated': {
    zh: '总分行的分值填写为 {actual}，应为 100；请核对各指标的分值。',
    en: 'The total row states a weight of {actual}, not 100: check the weights.',
  },
  'weight-level.mismatch': {
    zh: '{level}分值合计 {actual}，{profile}规定为 {expected}；请调整该一级指标下各项的分值。',
    en: '{level} weights add up to {actual}; {profile} sets {expected}: adjust the weights under it.',
  },
  'weight-level.declared': {
    zh: '{level}标注为 {declared} 分，但其下各项分值合计 {actual}；请使二者一致。',
    en: '{level} is labelled {declared} points but its rows add up to {actual}: make them agree.',
  },
  'indicator-category.wrong-level': {
    zh: '二级指标“{level2}”应属于{expected}，却填在{actual}下。',
    en: 'Second-level "{level2}" belongs under {expected}, not {actual}.',
  },
  'indicator-category.unknown-level2': {
    zh: '二级指标“{level2}”不是标准二级指标。',
    en: '"{level2}" is not a standard second-level indicator.',
  },
  'indicator-category.unknown-level1': {
    zh: '一级指标“{level1}”不是标准一级指标（产出、效益、满意度）。',
    en: '"{level1}" is not a standard first-level indicator.',
  },
  'score-range.above': {
    zh: '得分 {score} 超过分值 {weight}[[；请在 {at} 改为不超过 {weight} 的得分]]。',
    en: 'Score {score} exceeds the weight {weight}[[: enter at most {weight} in {at}]].',
  },
  'score-range.below': {
    zh: '得分 {score} 小于 0[[；请在 {at} 改正]]。',
    en: 'Score {score} is below 0[[: correct {at}]].',
  },
  'score-formula.mismatch': {
    zh: '“{name}”：年度指标值 {target}，实际完成值 {result}，按计分规则应得 {expected} 分，填写 {actual} 分[[；请核对 {at} 的得分]]。',
    en: '"{name}": target {target}, result {result}: the rule gives {expected}, stated {actual}[[; check {at}]].',
  },
  'score-band.outside': {
    zh: '“{name}”完成情况为“{achievement}”，得分应在 {low}–{high} 分之间，填写 {actual} 分[[；请核对 {at}]]。',
    en: '"{name}" was {achievement}: the score must lie in {low}–{high}, stated {actual}[[; check {at}]].',
  },
  'score-total.mismatch': {
    zh: '总分填写为 {actual}，而填写的执行率得分与各指标得分合计为 {expected}[[；请核对 {at}]]。',
    en: 'Total stated as {actual}; the stated execution score and indicator scores add up to {expected}[[: check {at}]].',
  },
  'score-total.cap': {
    zh: '执行率 {rate} 低于 {threshold}，总分不应超过 {cap} 分，填写 {actual} 分[[；请在 {at} 改为不超过 {cap} 分]]。',
    en: 'Execution rate {rate} is below {threshold}: the total may not exceed {cap}, stated {actual}[[; correct {at}]].',
  },
  'grade.mismatch': {
    zh: '等级填写为“{actual}”，总分 {total} 对应的等级为“{expected}”[[；请在 {at} 改正]]。',
    en: 'Grade stated as "{actual}"; a total of {total} earns "{expected}"[[: correct {at}]].',
  },
  'deviation-cause.lost-points': {
    zh: '“{name}”得分 {score} 低于分值 {weight}，未说明原因[[；请在 {at} 写明偏差原因和改进措施]]。',
    en: '"{name}" scored {score} of {weight} with no cause stated[[: write the cause and the remedy in {at}]].',
  },
  'deviation-cause.shortfall': {
    zh: '“{name}”实际完成值 {result} 未达到年度指标值 {target}，未说明原因[[；请在 {at} 写明偏差原因和改进措施]]。',
    en: '"{name}" reached {result} of the target {target} with no cause stated[[: write the cause and the remedy in {at}]].',
  },
  'over-achievement.no-cause': {
    zh: '“{name}”实际完成值 {result} 达到年度指标值 {target} 的 {ratio}，超额较多，请说明原因（指标值是否设定偏低）。',
    en: '"{name}" reached {result}, {ratio} of the target {target}: explain (was it set too low?).',
  },
  'value-number.not-number': {
    zh: '“{name}”的年度指标值 {target} 是定量指标，实际完成值“{result}”应填写数值。',
    en: '"{name}" has a quantitative target {target}; the result "{result}" must be a number.',
  },
  'value-number.unparsed': {
    zh: '“{name}”的{field}“{text}”无法识别为一个数值（{reason}），未按计分规则核对这一行。',
    en: 'The {field} "{text}" of "{name}" cannot be read as one number ({reason}); the row was not scored against the rules.',
  },
  'value-comparator.in-result': {
    zh: '“{name}”的实际完成值“{result}”含有比较符号，应填写实际数值。',
    en: 'The result "{result}" of "{name}" contains a comparator; state the actual value.',
  },
  'value-unit.mismatch': {
    zh: '“{name}”的年度指标值单位“{targetUnit}”与实际完成值单位“{resultUnit}”不一致。',
    en: 'Target unit "{targetUnit}" and result unit "{resultUnit}" of "{name}" differ.',
  },
  'required.missing': {
    zh: '{field}未填写[[；请在 {at} 填写]]。',
    en: '{field} is empty[[: fill in {at}]].',
  },
  'reverse-target.reversed': {
    zh: '“{name}”是越低越好的指标，年度指标值却是“{target}”，请核实方向。',
    en: '"{name}" is lower-is-better but its target is "{target}": check the direction.',
  },
  'ctrl-rate.mismatch': {
    zh: '“{label}”控制率填写为 {actual}，按 {numerator} ÷ {denominator} 应为 {expected}。',
    en: 'Control rate of "{label}" is {actual}; {numerator} ÷ {denominator} gives {expected}.',
  },
  'cross-sheet.mismatch': {
    zh: '“{label}”在“{sheet}”中为 {actual}，在“{otherSheet}”中为 {expected}，应一致。',
    en: '"{label}" is {actual} in "{sheet}" but {expected} in "{otherSheet}".',
  },
  'typo.known': {
    zh: '“{wrong}”疑为“{right}”之误。',
    en: '"{wrong}" is probably a misspelling of "{right}".',
  },
  'report-consistency.total': {
    zh: '报告正文写“{quote}”，而自评表的总分为 {figure} 分；请核对报告与表格，使二者一致。',
    en: 'The report says “{quote}” but the table’s total is {figure} points: make the two agree.',
  },
  'report-consistency.rate': {
    zh: '报告正文写“{quote}”，而自评表的执行率为 {figure}；请核对报告与表格，使二者一致。',
    en: 'The report says “{quote}” but the table’s execution rate is {figure}: make the two agree.',
  },
  'report-consistency.grade': {
    zh: '报告正文写“{quote}”，而自评表的等级为“{figure}”；请核对报告与表格，使二者一致。',
    en: 'The report says “{quote}” but the table’s grade is “{figure}”: make the two agree.',
  },
  'report-consistency.budget': {
    zh: '报告正文写“{quote}”，而自评表的全年预算数为 {figure} 万元；请核对报告与表格，使二者一致。',
    en: 'The report says “{quote}” but the table’s annual budget is {figure} (10,000 yuan): make the two agree.',
  },
  'report-consistency.spent': {
    zh: '报告正文写“{quote}”，而自评表的全年执行数为 {figure} 万元；请核对报告与表格，使二者一致。',
    en: 'The report says “{quote}” but the table’s amount spent is {figure} (10,000 yuan): make the two agree.',
  },
  'goal-actual.missing': {
    zh: '年度总体目标的实际完成情况未填写[[；请在 {at} 概述全年目标的完成情况]]。',
    en: 'What the overall annual goal achieved is empty[[: summarise it in {at}]].',
  },
  'unread.fund-block': {
    zh: '未找到预算执行情况（年度资金总额一行），未计算执行率和执行率得分。',
    en: 'No budget execution block (no annual total row) was found: the execution rate and its score were not worked out.',
  },
  'unread.fund-amounts': {
    zh: '找到了资金表头，但未找到年度资金总额一行，未计算执行率和执行率得分。',
    en: 'The fund block has headings but no annual total row: the execution rate and its score were not worked out.',
  },
  'unread.indicator-table': {
    zh: '未找到绩效指标表（一级、二级、三级指标），未检查指标、得分和偏差原因。',
    en: 'No indicator table (first-, second-, third-level indicators) was found: indicators, scores and causes were not checked.',
  },
  'unread.target-column': {
    zh: '未找到“年度指标值”列，未检查指标是否完成。',
    en: 'No “target” column was found: whether indicators were met was not checked.',
  },
  'unread.result-column': {
    zh: '未找到“实际完成值”列，未检查指标是否完成。',
    en: 'No “result” column was found: whether indicators were met was not checked.',
  },
  'unread.weight-column': {
    zh: '未找到“分值”列，未检查分值合计和扣分。',
    en: 'No “weight” column was found: the weights and lost points were not checked.',
  },
  'unread.score-column': {
    zh: '未找到“得分”列，未检查得分和总分。',
    en: 'No “score” column was found: the scores and the total were not checked.',
  },
  'unread.cause-column': {
    zh: '未找到“偏差原因分析及改进措施”列，有偏差的行改标在其得分单元格上。',
    en: 'No “cause of deviation” column was found: a row that deviates is marked on its score cell instead.',
  },
  'internal-error.thrown': {
    zh: '规则 {rule} 检查时出错：{error}。其余检查不受影响，请将此表反馈给开发者。',
    en: 'Rule {rule} failed: {error}. Other checks are unaffected; please report this form.',
  },
  'value.several-numbers': {
    zh: '含有多个数值',
    en: 'it holds several numbers',
  },
  'value.bad-number': {
    zh: '数字写法有误',
    en: 'the number is malformed',
  },
  'value.conflicting-comparators': {
    zh: '前后比较符号相互矛盾',
    en: 'its comparators contradict each other',
  },
  'value.boolean': {
    zh: '是逻辑值（TRUE/FALSE），不是数值',
    en: 'it is TRUE/FALSE, not a number',
  },
  'value.not-finite': {
    zh: '不是有限的数值',
    en: 'it is not a finite number',
  },
  'value.unreadable': {
    zh: '无法识别',
    en: 'it cannot be read',
  },
  'field.unit': {
    zh: '预算单位名称',
    en: 'Budget unit name',
  },
  'field.project': {
    zh: '项目名称',
    en: 'Project name',
  },
  'field.department': {
    zh: '主管部门',
    en: 'Supervising department',
  },
  'field.implementer': {
    zh: '实施单位',
    en: 'Implementing unit',
  },
  'field.budget': {
    zh: '全年预算数',
    en: 'Annual budget',
  },
  'field.spent': {
    zh: '全年执行数',
    en: 'Annual spending',
  },
  'field.target': {
    zh: '年度指标值',
    en: 'Target',
  },
  'field.result': {
    zh: '实际完成值',
    en: 'Result',
  },
  'field.weight': {
    zh: '分值',
    en: 'Weight',
  },
  'field.score': {
    zh: '得分',
    en: 'Score',
  },
  'column.initial': {
    zh: '年初预算数',
    en: 'initial budget',
  },
  'column.budget': {
    zh: '全年预算数',
    en: 'annual budget',
  },
  'column.spent': {
    zh: '全年执行数',
    en: 'annual spending',
  },
  'column.previous': {
    zh: '上年决算数',
    en: 'last year’s final accounts',
  },
  'column.actual': {
    zh: '本年决算数',
    en: 'this year’s final accounts',
  },
  'method.linear': {
    zh: '按比例计分',
    en: 'proportional',
  },
  'method.step10': {
    zh: '按档计分',
    en: 'in steps of 10 %',
  },
  'method.rounded': {
    zh: '按比例取整计分',
    en: 'proportional, whole points',
  },
  'achievement.achieved': {
    zh: '达成',
    en: 'achieved',
  },
  'achievement.partial': {
    zh: '部分达成',
    en: 'partly achieved',
  },
  'achievement.not-achieved': {
    zh: '未达成',
    en: 'not achieved',
  },
  'level.output': {
    zh: '产出指标',
    en: 'Output indicators',
  },
  'level.output-with-cost': {
    zh: '产出指标与成本指标',
    en: 'Output and cost indicators',
  },
  'level.effect': {
    zh: '效益指标',
    en: 'Effect indicators',
  },
  'level.satisfaction': {
    zh: '满意度指标',
    en: 'Satisfaction indicators',
  },
  'rule.internal-error': {
    zh: '检查出错',
    en: 'Check failed',
  },
  'cell.in-table': {
    zh: '第 {row} 行第 {col} 列',
    en: 'row {row}, column {col}',
  },
});
