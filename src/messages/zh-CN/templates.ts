/** templates: what the template packs say to the unit filling them in, in Chinese (the official forms' language). */
export const templates = {
  'templates.guide.title': '填报说明',
  'templates.guide.section.about': '一、本模板',
  'templates.guide.section.how-to': '二、如何填写',
  'templates.guide.section.scoring': '三、评分规则',
  'templates.guide.section.cause': '四、偏差原因',
  'templates.guide.about':
    '本模板由绩效自评助手生成，模板第 {version} 版；评分规则：{profile}（{profileId}，第 {profileVersion} 版）。',
  'templates.guide.contains': '包含：{forms}。',
  'templates.guide.how-to.cells':
    '白色单元格由单位填写；灰色单元格为公式，自动计算执行率、执行率得分、总分和等级，请勿改写。',
  'templates.guide.how-to.amounts': '金额单位为万元，保留两位小数；人数填整数。',
  'templates.guide.how-to.rows':
    '每个一级项目支出填一张“项目支出绩效自评表”；行数不够时，选中指标行或专项行，右键“插入”整行即可，合计公式会自动包含新行；多余的空行可以删除。',
  'templates.guide.how-to.units':
    '三级指标、年度指标值、实际完成值请写明数量和计量单位，如“≥1200人次”“1260人次”“≥95%”。',
  'templates.guide.how-to.weights':
    '分值为 0 到 100 之间的数，各指标分值与执行率分值合计应为 100 分（不是 100 时总分的分值格显示为红色）；自评得分不超过本行分值。',
  'templates.guide.execution': '执行率：分值 {weight} 分。执行率 = 全年执行数 ÷ 全年预算数。{scoring}',
  'templates.guide.scoring.linear':
    '执行率得分 = 分值 × 执行率（执行率超过 100% 的按 100% 计），保留两位小数，最高不超过分值。',
  'templates.guide.scoring.rounded':
    '执行率得分 = 分值 × 执行率（执行率超过 100% 的按 100% 计），四舍五入取整，最高不超过分值。',
  'templates.guide.scoring.step10':
    '执行率得分按执行率每满 10 个百分点计分值的十分之一（如执行率 95% 得分值的 90%），执行率超过 100% 的按 100% 计。',
  'templates.guide.weights.fixed': '指标权重：{output}、{effect}、{satisfaction}，与执行率合计 100 分。',
  'templates.guide.weights.free':
    '指标权重：各一级指标合计 {points} 分，由单位按项目实际设定，与执行率合计 100 分。',
  'templates.guide.grades': '评价等级：{bands}{lowest}。',
  'templates.guide.grades.band': '{min} 分（含）以上为“{label}”，',
  'templates.guide.grades.lowest': '{below} 分以下为“{label}”',
  'templates.guide.cap': '执行率低于 {rate} 的，总分不超过 {cap} 分（表中总分公式已按此计算）。',
  'templates.guide.reason': '执行率低于 {rate} 的，须在“执行率低于…的原因说明”一栏写明原因。',
  'templates.guide.over-achievement':
    '超额完成：实际完成值达到年度指标值的 {factor} 倍及以上的，应说明原因（目标是否定得过低）。',
  'templates.guide.adjustment': '预算调整：全年预算数与年初预算数相差超过 {threshold} 的，应说明调整原因。',
  'templates.guide.cause':
    '偏差原因：凡自评得分低于分值的指标，须在“偏差原因分析及改进措施”中写明未完成的原因和改进措施；只写“无”“/”“同上”“暂无”等不算说明，该单元格会显示为红色。',
  'templates.basic.note':
    '说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。',
  'templates.project.note':
    '备注：每个一级项目支出一张表。如，业务工作经费，运行维护经费，其他事业发展类资金……各一张表。',
  'templates.amount.prompt': '填写金额（万元）：不小于 0，最多两位小数。',
  'templates.amount.error': '金额应为不小于 0 的数，单位万元，最多两位小数。',
  'templates.staff.prompt': '填写人数：不小于 0 的整数。',
  'templates.staff.error': '人数应为不小于 0 的整数。',
  'templates.area.prompt': '填写面积（m²）：不小于 0。',
  'templates.area.error': '面积应为不小于 0 的数，最多两位小数。',
  'templates.weight.prompt': '填写本指标的分值：0 到 100 之间的数。',
  'templates.weight.error': '分值应为 0 到 100 之间的数。',
  'templates.score.prompt': '填写自评得分：不小于 0，不超过本行的分值。',
  'templates.score.error': '自评得分应在 0 与本行分值之间。请先填写分值，再填写得分。',
  'templates.example.cause': '部分学员因工作调动未参加结业考核，下年度增设补考场次并跟踪落实。',
  'templates.example.goal':
    '1. 全年开展业务培训不少于1200人次，考核合格率不低于95%；\n2. 人均培训成本控制在800元以内；\n3. 参训人员满意度不低于90%。',
  'templates.example.achieved':
    '1. 全年开展业务培训1260人次，考核合格率92%；\n2. 人均培训成本760元；\n3. 参训人员满意度95%。合格率未达目标，原因及措施见偏差分析。',
  'templates.example.thrift':
    '一是严格控制一般性支出，降低行政运行成本，提高公用经费使用效率；二是严控楼堂馆所建设；三是推进节能减排。',
} as const satisfies Readonly<Record<string, string>>;
