/**
 * The official tables the templates reproduce, transcribed label by label, in reading order, from a real
 * unit's filing: the 2023 整体支出绩效自评报告 of 岳阳市岳阳楼区望岳街道办事处 (Hunan), its 附件1 基础数据表,
 * 附件2 整体支出绩效自评表 and 附件3 项目支出绩效自评表 (the rule book's seed 004). Only labels are kept,
 * never the unit's figures; `{Y}` stands for the year evaluated, `{Y-1}` for the year before. Brackets and
 * colons are compared half-width, spaces and line breaks ignored, as the Word tables vary in both.
 */

export const OFFICIAL_BASIC = [
  '附件1',
  '{Y}年度预算单位整体支出绩效评价基础数据表',
  '预算单位名称',
  '财政供养人员情况(人)',
  '编制数',
  '{Y}年实际在职人数',
  '控制率',
  '经费控制情况(万元)',
  '{Y-1}年决算数',
  '{Y}年预算数',
  '{Y}年决算数',
  '三公经费',
  '1、公务用车购置和维护经费',
  '其中:公车购置',
  '公车运行维护',
  '2、出国经费',
  '3、公务接待',
  '项目支出:',
  '1、业务工作经费',
  '2、运行维护经费',
  '3、区级专项资金(一个专项一行)',
  '4、上级转移支付(一个专项一行)',
  '公用经费',
  '其中:办公经费',
  '水费、电费、差旅费',
  '会议费、培训费',
  '政府采购金额',
  '部门基本支出预算调整',
  '楼堂馆所控制情况({Y}年完工项目)',
  '批复规模(m²)',
  '实际规模(m²)',
  '规模控制率',
  '预算投资(万元)',
  '实际投资(万元)',
  '投资概算控制率',
  '厉行节约保障措施',
  '说明:“项目支出”需要填报基本支出以外的所有项目支出情况,“公用经费”填报基本支出中的一般商品和服务支出。',
  '单位负责人签字:填表人:联系电话:填报日期:',
] as const;

/** 绩效指标 of both forms: the header and the first- and second-level labels of the blank 附件3. */
const INDICATORS = [
  '绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '自评得分',
  '偏差原因分析及改进措施',
  '产出指标(50分)',
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '效益指标(30分)',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '满意度指标(10分)',
  '服务对象满意度指标',
  '总分',
] as const;

const FUND_HEADER = [
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '自评得分',
  '年度资金总额',
] as const;
const GOALS = ['年度总体目标', '预期目标', '实际完成情况'] as const;

export const OFFICIAL_OVERALL = [
  '附件2',
  '{Y}年度预算单位整体支出绩效自评表',
  '预算单位名称',
  '年度预算申请(万元)',
  ...FUND_HEADER,
  '按收入性质分:',
  '按支出性质分:',
  '其中:一般公共预算:',
  '其中:基本支出:',
  '政府性基金拨款:',
  '项目支出:',
  '纳入专户管理的非税收入拨款:',
  '其他资金:',
  ...GOALS,
  ...INDICATORS,
  '单位负责人签字:填表人:联系电话:填报日期:',
] as const;

export const OFFICIAL_PROJECT = [
  '附件3',
  '{Y}年度项目支出绩效自评表',
  '项目支出名称',
  '主管部门',
  '实施单位',
  '项目资金(万元)',
  ...FUND_HEADER,
  '其中:当年财政拨款',
  '上年结转资金',
  '其他资金',
  ...GOALS,
  ...INDICATORS,
  '备注:每个一级项目支出一张表。如,业务工作经费,运行维护经费,其他事业发展类资金…各一张表。',
  '单位负责人签字:填表人:联系电话:填报日期:',
] as const;

/** A label as compared: half-width brackets and colons, no spaces or line breaks, one ellipsis. */
export function comparable(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/，/g, ',')
    .replace(/[…]+|\.{3,}/g, '…');
}
