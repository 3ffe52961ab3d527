/** templates: what the template packs say to the unit filling them in, in Chinese (the official forms' language). */
import { area } from './area';

export const templates = area({
  'templates.guide.title': {
    zh: '填报说明',
    en: 'Instructions',
  },
  'templates.guide.section.about': {
    zh: '一、本模板',
    en: '1. This template',
  },
  'templates.guide.section.how-to': {
    zh: '二、如何填写',
    en: '2. How to fill it in',
  },
  'templates.guide.section.scoring': {
    zh: '三、评分规则',
    en: '3. Scoring rules',
  },
  'templates.guide.section.cause': {
    zh: '四、偏差原因',
    en: '4. Causes of deviation',
  },
  'templates.guide.about': {
    zh: '本模板由绩效自评助手生成，模板第 {version} 版；评分规则：{profile}（{profileId}，第 {profileVersion} 版）。',
    en: 'Built by Performance Self-Evaluation Assistant, template version {version}; scoring rules: {profile} ({profileId}, version {profileVersion}).',
  },
  'templates.guide.contains': {
    zh: '包含：{forms}。',
    en: 'Contains: {forms}.',
  },
  'templates.guide.how-to.cells': {
    zh: '白色单元格由单位填写；灰色单元格为公式，自动计算执行率、执行率得分、总分和等级，请勿改写。',
    en: 'The unit fills in the white cells; the grey cells hold formulas that work out the execution rate, its score, the total and the grade: do not overwrite them.',
  },
  'templates.guide.how-to.amounts': {
    zh: '金额单位为万元，保留两位小数；人数填整数。',
    en: 'Amounts are in 10,000 yuan with two decimals; head counts are whole numbers.',
  },
  'templates.guide.how-to.rows': {
    zh: '每个一级项目支出填一张“项目支出绩效自评表”；行数不够时，选中指标行或专项行，右键“插入”整行即可，合计公式会自动包含新行；多余的空行可以删除。',
    en: 'Fill in one project expenditure self-evaluation form for each first-level project. When rows run short, select an indicator or special-fund row and insert whole rows with a right click: the totals take in the new rows. Spare empty rows may be deleted.',
  },
  'templates.guide.how-to.units': {
    zh: '三级指标、年度指标值、实际完成值请写明数量和计量单位，如“≥1200人次”“1260人次”“≥95%”。',
    en: 'Give quantities with their units in third-level indicators, targets and results, e.g. "≥1200 person-times", "1260 person-times", "≥95%".',
  },
  'templates.guide.how-to.weights': {
    zh: '分值为 0 到 100 之间的数，各指标分值与执行率分值合计应为 100 分（不是 100 时总分的分值格显示为红色）；自评得分不超过本行分值。',
    en: 'Weights are numbers from 0 to 100; the indicator weights and the execution rate weight must add up to 100 (the weight cell of the total row turns red when they do not). A score may not exceed the weight of its row.',
  },
  'templates.guide.execution': {
    zh: '执行率：分值 {weight} 分。执行率 = 全年执行数 ÷ 全年预算数。{scoring}',
    en: 'Execution rate: worth {weight} points. Execution rate = annual spending ÷ annual budget. {scoring}',
  },
  'templates.guide.scoring.linear': {
    zh: '执行率得分 = 分值 × 执行率（执行率超过 100% 的按 100% 计），保留两位小数，最高不超过分值。',
    en: 'Execution score = weight × execution rate (a rate above 100% counts as 100%), to two decimals and at most the weight.',
  },
  'templates.guide.scoring.rounded': {
    zh: '执行率得分 = 分值 × 执行率（执行率超过 100% 的按 100% 计），四舍五入取整，最高不超过分值。',
    en: 'Execution score = weight × execution rate (a rate above 100% counts as 100%), rounded to whole points and at most the weight.',
  },
  'templates.guide.scoring.step10': {
    zh: '执行率得分按执行率每满 10 个百分点计分值的十分之一（如执行率 95% 得分值的 90%），执行率超过 100% 的按 100% 计。',
    en: 'The execution score earns a tenth of the weight for every full 10 percentage points of the rate (a rate of 95% earns 90% of the weight); a rate above 100% counts as 100%.',
  },
  'templates.guide.weights.fixed': {
    zh: '指标权重：{output}、{effect}、{satisfaction}，与执行率合计 100 分。',
    en: 'Indicator weights: {output}, {effect}, {satisfaction}; with the execution rate they add up to 100 points.',
  },
  'templates.guide.weights.free': {
    zh: '指标权重：各一级指标合计 {points} 分，由单位按项目实际设定，与执行率合计 100 分。',
    en: 'Indicator weights: the first-level indicators share {points} points, set by the unit to suit the project; with the execution rate they add up to 100 points.',
  },
  'templates.guide.grades': {
    zh: '评价等级：{bands}{lowest}。',
    en: 'Grades: {bands}{lowest}.',
  },
  'templates.guide.grades.band': {
    zh: '{min} 分（含）以上为“{label}”，',
    en: '"{label}" from {min} points, ',
  },
  'templates.guide.grades.lowest': {
    zh: '{below} 分以下为“{label}”',
    en: '"{label}" below {below} points',
  },
  'templates.guide.cap': {
    zh: '执行率低于 {rate} 的，总分不超过 {cap} 分（表中总分公式已按此计算）。',
    en: 'With an execution rate below {rate}, the total may not exceed {cap} points (the total formula already applies this).',
  },
  'templates.guide.reason': {
    zh: '执行率低于 {rate} 的，须在“执行率低于…的原因说明”一栏写明原因。',
    en: 'With an execution rate below {rate}, state the reason in the row for the reason of a low execution rate.',
  },
  'templates.guide.over-achievement': {
    zh: '超额完成：实际完成值达到年度指标值的 {factor} 倍及以上的，应说明原因（目标是否定得过低）。',
    en: 'Over-achievement: a result of {factor} times the target or more needs a stated reason (was the target set too low?).',
  },
  'templates.guide.adjustment': {
    zh: '预算调整：全年预算数与年初预算数相差超过 {threshold} 的，应说明调整原因。',
    en: 'Budget adjustment: an annual budget that differs from the initial budget by more than {threshold} needs a stated reason.',
  },
  'templates.guide.cause': {
    zh: '偏差原因：凡自评得分低于分值的指标，须在“偏差原因分析及改进措施”中写明未完成的原因和改进措施；只写“无”“/”“同上”“暂无”等不算说明，该单元格会显示为红色。',
    en: 'Causes of deviation: for every indicator scored below its weight, write why it fell short and how it will be remedied in the column for the analysis of deviation and remedies. "None", "/", "as above" or "not yet" do not count as a cause, and the cell turns red.',
  },
  'templates.basic.note': {
    zh: '说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。',
    en: 'Note: "project expenditure" covers all project spending outside basic expenditure; "public funds" covers the goods-and-services spending within basic expenditure.',
  },
  'templates.project.note': {
    zh: '备注：每个一级项目支出一张表。如，业务工作经费，运行维护经费，其他事业发展类资金……各一张表。',
    en: 'Note: one form per first-level project, e.g. one each for operating funds, maintenance funds, other development funds and so on.',
  },
  'templates.amount.prompt': {
    zh: '填写金额（万元）：不小于 0，最多两位小数。',
    en: 'Enter an amount in 10,000 yuan: 0 or more, with at most two decimals.',
  },
  'templates.amount.error': {
    zh: '金额应为不小于 0 的数，单位万元，最多两位小数。',
    en: 'The amount must be a number of 0 or more, in 10,000 yuan, with at most two decimals.',
  },
  'templates.staff.prompt': {
    zh: '填写人数：不小于 0 的整数。',
    en: 'Enter a head count: a whole number of 0 or more.',
  },
  'templates.staff.error': {
    zh: '人数应为不小于 0 的整数。',
    en: 'The head count must be a whole number of 0 or more.',
  },
  'templates.area.prompt': {
    zh: '填写面积（m²）：不小于 0。',
    en: 'Enter an area in m²: 0 or more.',
  },
  'templates.area.error': {
    zh: '面积应为不小于 0 的数，最多两位小数。',
    en: 'The area must be a number of 0 or more, with at most two decimals.',
  },
  'templates.weight.prompt': {
    zh: '填写本指标的分值：0 到 100 之间的数。',
    en: 'Enter the weight of this indicator: a number from 0 to 100.',
  },
  'templates.weight.error': {
    zh: '分值应为 0 到 100 之间的数。',
    en: 'The weight must be a number from 0 to 100.',
  },
  'templates.score.prompt': {
    zh: '填写自评得分：不小于 0，不超过本行的分值。',
    en: 'Enter the self-assessed score: 0 or more, and no more than the weight of this row.',
  },
  'templates.score.error': {
    zh: '自评得分应在 0 与本行分值之间。请先填写分值，再填写得分。',
    en: 'The score must lie between 0 and the weight of this row. Enter the weight first, then the score.',
  },
  'templates.example.cause': {
    zh: '部分学员因工作调动未参加结业考核，下年度增设补考场次并跟踪落实。',
    en: 'Some trainees missed the final assessment after being transferred; next year adds make-up sessions and follows them up.',
  },
  'templates.example.goal': {
    zh: `1. 全年开展业务培训不少于1200人次，考核合格率不低于95%；
2. 人均培训成本控制在800元以内；
3. 参训人员满意度不低于90%。`,
    en: `1. At least 1,200 person-times of training in the year, with a pass rate of at least 95%;
2. Training cost per person within 800 yuan;
3. Trainee satisfaction of at least 90%.`,
  },
  'templates.example.achieved': {
    zh: `1. 全年开展业务培训1260人次，考核合格率92%；
2. 人均培训成本760元；
3. 参训人员满意度95%。合格率未达目标，原因及措施见偏差分析。`,
    en: `1. 1,260 person-times of training in the year, with a pass rate of 92%;
2. Training cost per person of 760 yuan;
3. Trainee satisfaction of 95%. The pass rate fell short of its target: the analysis of deviation gives the cause and the remedy.`,
  },
  'templates.example.thrift': {
    zh: '一是严格控制一般性支出，降低行政运行成本，提高公用经费使用效率；二是严控楼堂馆所建设；三是推进节能减排。',
    en: 'First, general spending is held down strictly, lowering administrative running costs and using public funds more efficiently; second, the building of offices and halls is tightly controlled; third, energy saving and emission cuts are pursued.',
  },
});
