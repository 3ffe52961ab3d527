/**
 * The vocabulary of the self-evaluation forms: every block a form has, each block's columns with every
 * heading budget units really write for them, and the labels that mark titles, totals, footers and rows
 * that are not indicators. Recognition matches any variant of it; templates write the first heading of
 * each column (the national form's). A province's variant is a heading or a label added here, with the
 * corpus forms that show it (test/corpus), not new code.
 *
 * Headings are matched as label keys (`labelKey`: half-width, no spaces, no bracketed notes), so
 * `年初预算数(A)`, `年初\n预算数` and `年初预算数（万元）` all read `年初预算数`. Each heading beyond the
 * national form's names the real forms that show it (test/corpus/forms); a test keeps those names true.
 */

/** A heading units write for a column: a label key, or a pattern for a family of them, and where it is seen. */
export interface Heading {
  readonly key: string | RegExp;
  /** Corpus tables (test/corpus/forms) that show it, for the headings beyond the national form's. */
  readonly seenIn?: readonly string[];
}

/** One column of a block: the standard heading (templates write it), and every heading that means it. */
export interface ColumnSpec {
  readonly heading: string;
  readonly headings: readonly Heading[];
}

/** Whether a label key names the column. */
export function namesColumn(spec: ColumnSpec, key: string): boolean {
  return spec.headings.some((h) => (typeof h.key === 'string' ? h.key === key : h.key.test(key)));
}

const national = (...keys: string[]): Heading[] => keys.map((key) => ({ key }));

/** The fund block (项目资金 / 预算执行情况 / 资金情况). */
export const FUND_COLUMNS = {
  // 年初 first: `年初预算数` must not be taken for the adjusted budget.
  initial: {
    heading: '年初预算数',
    headings: [
      ...national('年初预算数'),
      { key: '年初预算', seenIn: ['sichuan-2023-qingshen-gongzi', 'sichuan-2023-daying-anke'] },
    ],
  },
  // 年度预算数 heads the label column of Sichuan's block, so it is none of these.
  budget: {
    heading: '全年预算数',
    headings: [
      ...national('全年预算数'),
      { key: '调整后预算数', seenIn: ['sichuan-2023-qingshen-gongzi'] },
      { key: '调整预算数', seenIn: ['hebei-2021-laoting-shuangsuiji'] },
      { key: '预算数', seenIn: ['yunnan-2022-baoshan-weiwen', 'hubei-2022-huangshi-gongxiang'] },
      // The special-bond form's 总体支出进度: 实际支出金额 ÷ 下达额度.
      { key: '下达额度', seenIn: ['guangdong-2022-luohu-pinggaiguan'] },
      // The 区域绩效目标自评表 of central transfer payments, its labels down a column.
      { key: '转移支付预算数', seenIn: ['sichuan-2021-suining-jingkai-liangpin-transfer'] },
    ],
  },
  spent: {
    heading: '全年执行数',
    headings: [
      ...national('全年执行数'),
      { key: '预算执行数', seenIn: ['sichuan-2023-qingshen-gongzi'] },
      { key: '执行数', seenIn: ['yunnan-2022-baoshan-weiwen'] },
      { key: '实际执行数' },
      { key: '实际支出金额', seenIn: ['guangdong-2022-luohu-pinggaiguan'] },
      { key: '转移支付执行数', seenIn: ['sichuan-2021-suining-jingkai-liangpin-transfer'] },
      // The 2024 transfer-payment 绩效评价表: 全年执行资金(E), its rate 预算执行(E/C×100%).
      { key: '全年执行资金', seenIn: ['sichuan-2024-mingshan-linye-transfer'] },
    ],
  },
  weight: {
    heading: '分值',
    headings: [
      ...national('分值'),
      { key: '权重', seenIn: ['sichuan-2023-qingshen-gongzi'] },
      { key: '分值权重', seenIn: ['xinjiang-2023-fukang-tongji'] },
      { key: '执行率权重', seenIn: ['chongqing-2021-kexuecheng-rongmeiti-zhengti'] },
    ],
  },
  rate: {
    heading: '执行率',
    headings: [
      ...national('执行率'),
      { key: '预算执行率', seenIn: ['tianjin-2020-baodi-gongre-transfer'] },
      { key: '预算执行', seenIn: ['sichuan-2024-mingshan-linye-transfer'] },
    ],
  },
  score: {
    heading: '自评得分',
    headings: [
      ...national('得分', '自评得分'),
      { key: '执行率得分', seenIn: ['chongqing-2021-kexuecheng-rongmeiti-zhengti'] },
    ],
  },
} as const satisfies Record<string, ColumnSpec>;

/** The indicator table (绩效指标), and the scored rubric's columns. */
export const INDICATOR_COLUMNS = {
  level1: {
    heading: '一级指标',
    headings: [
      ...national('一级指标', '一级'),
      // Jiangxi's whole-unit form: 分解目标 | 自评权重 | 二级指标 | 三级指标.
      { key: '分解目标', seenIn: ['jiangxi-2021-nanchang-cancha-zhengti'] },
    ],
  },
  level2: { heading: '二级指标', headings: national('二级指标', '二级') },
  level3: {
    heading: '三级指标',
    headings: [
      ...national('三级指标', '三级'),
      { key: '指标名称', seenIn: ['hebei-2019-ningjin-wenlian'] },
      { key: '具体指标' },
    ],
  },
  /** 指标性质 of a target split over three columns (≥ | 735 | 人次). */
  nature: {
    heading: '指标性质',
    headings: [
      { key: '指标性质', seenIn: ['yunnan-2022-yongde-yingyang', 'sichuan-2023-qingshen-gongzi'] },
      { key: '指标方向' },
    ],
  },
  target: {
    heading: '年度指标值',
    headings: [
      ...national('年度指标值'),
      { key: '指标值', seenIn: ['sichuan-2023-chaotian-jianshen-transfer', 'yunnan-2022-yongde-yingyang'] },
      { key: '年初目标值', seenIn: ['yunnan-2022-baoshan-weiwen'] },
      { key: '预期指标值', seenIn: ['shandong-2019-licheng-wenhuaguan'] },
      { key: /^(年度|年初|预期|全年)?(指标值|目标值)$|^年度绩效指标值$/ },
    ],
  },
  /** A target adjusted during the year, beside the initial one; when filled in, it is the row's target. */
  adjustedTarget: {
    heading: '调整指标值',
    headings: [
      { key: '调整指标值', seenIn: ['chongqing-2021-kexuecheng-rongmeiti-zhengti'] },
      { key: /^(全年)?调整(后)?(的)?(指标值|目标值)$/ },
    ],
  },
  /** 度量单位 of a split target. */
  unit: {
    heading: '度量单位',
    headings: [{ key: '度量单位', seenIn: ['yunnan-2022-yongde-yingyang'] }, { key: '计量单位' }],
  },
  result: {
    heading: '实际完成值',
    headings: [
      ...national('实际完成值'),
      { key: '全年实际值', seenIn: ['anhui-2019-suixi-linshijiuzhu', 'anhui-2023-xiaoxian-hexicun'] },
      { key: '完成值', seenIn: ['sichuan-2023-qingshen-gongzi'] },
      { key: '全年完成值', seenIn: ['hunan-2020-hengshan-chubeiliang-transfer'] },
      { key: '全年实际完成值', seenIn: ['anhui-2024-huoshan-yiliaojiuzhu-transfer'] },
      { key: '指标实际完成值', seenIn: ['xinjiang-2023-fukang-tongji'] },
      { key: '实际完成指标值', seenIn: ['shandong-2019-licheng-wenhuaguan'] },
      { key: '单项指标实际完成值', seenIn: ['hebei-2020-chengan-gaoling'] },
      { key: '实际值' },
      { key: '实际完成情况' },
      { key: '记录' },
    ],
  },
  weight: {
    heading: '分值',
    headings: [
      ...national('分值'),
      { key: '权重', seenIn: ['sichuan-2023-qingshen-gongzi'] },
      { key: '指标分值', seenIn: ['anhui-2023-shouxian-zhengti-pingfen', 'sichuan-2020-daying-zonggonghui'] },
      { key: '指标分值权重', seenIn: ['xinjiang-2023-fukang-tongji'] },
      { key: '指标权重', seenIn: ['chongqing-2021-kexuecheng-rongmeiti-zhengti'] },
      { key: '权重分值' },
      { key: '分值权重' },
      { key: '参考分值' },
    ],
  },
  score: {
    heading: '自评得分',
    headings: [
      ...national('得分', '自评得分'),
      { key: '指标得分', seenIn: ['xinjiang-2023-fukang-tongji'] },
      { key: '评分' },
      { key: '自评分' },
    ],
  },
  cause: {
    heading: '偏差原因分析及改进措施',
    headings: [
      ...national('偏差原因分析及改进措施'),
      {
        key: /偏差原因|原因分析|改进措施|未完成原因|扣分原因/,
        seenIn: [
          'anhui-2019-suixi-linshijiuzhu',
          'sichuan-2023-qingshen-gongzi',
          'hunan-2020-hengshan-chubeiliang-transfer',
        ],
      },
    ],
  },
  /** A scored rubric's 评分标准: a table with it and without targets is scored by the rubric. */
  criterion: {
    heading: '评分标准',
    headings: [
      {
        key: /评分标准|计分标准|评分办法|评价标准/,
        seenIn: [
          'hebei-2019-ningjin-wenlian',
          'sichuan-2020-daying-zonggonghui',
          'anhui-2023-shouxian-zhengti-pingfen',
        ],
      },
    ],
  },
} as const satisfies Record<string, ColumnSpec>;

export type FundColumn = keyof typeof FUND_COLUMNS;
export type IndicatorColumn = keyof typeof INDICATOR_COLUMNS;

/** Labels of the form's own cells, matched against label keys. */
export const LABELS = {
  /** A form's title row. */
  title: /绩效(目标)?自评(表|结果)|自评表$|绩效评价(指标体系)?(评分|得分)表?$|绩效评价得分$|基础数据表/,
  /** The cell naming the project or unit; its value stands to the right (or after a colon in the same cell). */
  name: /^(项目|项目支出|转移支付(项目)?|专项资金|预算单位|预算部门|部门|单位|预算部门、单位)名称$|^预算单位$|^部门$|^单位$/,
  /** A project's own name, preferred to the unit's on a project form. */
  projectName: /^(项目|项目支出|转移支付(项目)?|专项资金)名称$/,
  /** Labels only a transfer-payment self-evaluation has. */
  transfer: /^(中央主管部门|资金使用单位|转移支付(项目)?名称|专项资金名称|市县财政部门|自治区主管部门)$/,
  /** Labels only the 整体支出 form has. */
  overall: /^(预算单位名称|部门名称|预算部门、单位名称|部门|按(收入|支出)性质分.*)$|整体支出/,
  // Beijing's forms write 主管部门及代码 and 实施单位及代码; Hebei's system form 实施(主管)单位 (its brackets fall away).
  department: /^(地方|县级|市县|自治区)?主管部门(及代码)?$/,
  implementer: /^(项目)?实施单位(及代码)?$|^资金使用单位$|^实施单位\/项目负责人$/,
  /** The fund block's total row. */
  fundTotal: /^(年度)?(财政)?资金总额[:：]?$|^总额$|^年度财政资金总额$/,
  /** The fund block's breakdowns of the overall form. */
  fundGroup: /^按(收入|支出)性质分/,
  goals: /总体目标$|^年度目标$|^项目年度目标$|^总体目标完成情况$/,
  /** The indicator table's total row. */
  total: /^(总分|合计|总计|综合得分|自评总分|总得分)$/,
  grade: /^(评价|自评|绩效)?等级$/,
  /** 预算执行率 as a group of its own in a scored table (seed 003), not an indicator under 产出指标. */
  executionGroup: /预算执行/,
  /** Rows after the indicator table: nothing below them is an indicator. */
  footer:
    /^(其他需要说明(的)?事项|说明|备注|注[:：.]|注$|评价结论|存在问题|改进措施|单位负责人|填表人|联系电话|填报日期|项目负责人|财务负责人|偏差大或目标未完成原因分析|改进措施及结果应用方案|资金管理情况)/,
  /** Anchors of the 基础数据表. */
  basic: /^财政供养人员|^经费控制情况|基础数据表/,
} as const;

/** What a template line holds where an indicator's name would be: `指标1`, `指标2：`, `……`, `-`. */
export const PLACEHOLDER_NAME =
  /^(指标\s*[0-9一二三四五六七八九十lLIi]*\s*[:：]?|[.…。·]+|[-—－_/\\]+|无|空)$/;
/** A value cell a blank template leaves: `……`, `-`, `—`, `/`. */
export const PLACEHOLDER_VALUE = /^([.…。·]+|[-—－_]+)$/;
/** A numbering prefix before an indicator's name: `指标1：`, `指标2`. */
export const NAME_PREFIX = /^指标\s*\d+\s*[:：、.．]?\s*/;
/** A breakdown row: it details the indicator above it and carries no 分值 of its own. */
export const BREAKDOWN_NAME = /^[★☆*]*\s*其中/;
/** The mark of an indicator whose breakdown rows follow it (★ 农村低保发放人数). */
export const STARRED = /^[★☆]/;
