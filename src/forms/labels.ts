import { labelKey } from '../domain/text';

/** Header labels of the indicator table (DOMAIN §1.1), by the column they name. */
export const INDICATOR_HEADERS = {
  level1: /^一级(指标)?$/,
  level2: /^二级(指标)?$/,
  level3: /^三级(指标)?$/,
  target: /^(年度)?(指标值|目标值)$|^年度指标值|^预期指标值$/,
  result: /^(实际)?完成值$|^实际值$|^实际完成(值|情况)$/,
  weight: /^(分值|权重|权重分值)$/,
  score: /^(自评)?得分$|^评分$/,
  cause: /偏差原因|原因分析|改进措施/,
} as const;

/** Header labels of the fund block (DOMAIN §1.1, §2). */
export const FUND_HEADERS = {
  initial: /^年初预算(数)?$/,
  budget: /^全年预算(数)?$|^调整后预算(数)?$/,
  spent: /^全年执行(数)?$|^实际执行(数)?$/,
  weight: /^分值$/,
  rate: /^(预算)?执行率$/,
  score: /^(自评)?得分$/,
} as const;

export const TITLE = /绩效自评表|基础数据表/;
export const TOTAL_ROW = /^(总分|合计|总计|综合得分)$/;
export const NAME_LABEL = /^(项目名称|项目支出名称|预算单位名称|单位名称|部门名称|预算单位)$/;
export const FUND_TOTAL = /资金总额$/;
export const GOALS = /总体目标$/;
export const EXECUTION_ROW = /预算执行/;
export const GRADE_LABEL = /^(评价)?等级$|^绩效等级$|^自评等级$/;
/** Placeholder text left in blank templates (`……`). */
export const PLACEHOLDER = /^[.…。·]+$/;

export { labelKey };
