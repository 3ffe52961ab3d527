import type { CellPosition, FormCell } from './cells';

/** The forms units file (domain.md §1): the three standard ones, and the transfer-payment self-evaluation. */
export type FormKind = 'project' | 'overall' | 'basic' | 'transfer';

/** The kinds scored like the project form: a fund block, indicators, a total. */
export const SCORED_KINDS: readonly FormKind[] = ['project', 'overall', 'transfer'];

/** A part of a form recognition could not find, so what depends on it was not checked. */
export type UnreadPart =
  | 'fund-block'
  | 'fund-amounts'
  | 'indicator-table'
  | 'target-column'
  | 'result-column'
  | 'weight-column'
  | 'score-column'
  | 'cause-column';

/** A row of the fund block: 年度资金总额 or one of its breakdown items. */
export interface FundLine {
  readonly label: string;
  readonly labelCell?: FormCell;
  /** 年初预算数 */
  readonly initial?: FormCell;
  /** 全年预算数 (the adjusted budget) */
  readonly budget?: FormCell;
  /** 全年执行数 */
  readonly spent?: FormCell;
  /** A single amount, as in 整体支出 breakdowns typed as `其中：一般公共预算：2502.06`. */
  readonly amount?: FormCell;
}

/** The 年度资金总额 row with its execution cells. */
export interface FundTotal extends FundLine {
  /** 分值 of 执行率 (10 by default). */
  readonly weight?: FormCell;
  /** 执行率 as entered. */
  readonly rate?: FormCell;
  /** 执行率得分 as entered. */
  readonly score?: FormCell;
}

/** A breakdown of the total (其中：当年财政拨款/上年结转/其他; 按收入性质分; 按支出性质分). */
export interface FundBreakdown {
  readonly label: string;
  readonly lines: readonly FundLine[];
}

export interface FundBlock {
  readonly total: FundTotal;
  readonly breakdowns: readonly FundBreakdown[];
}

/** One 三级指标 row of the indicator table (domain.md §1.1). */
export interface IndicatorRow {
  /** 0-based sheet row of the indicator. */
  readonly row: number;
  readonly level1?: FormCell;
  readonly level2?: FormCell;
  readonly level3?: FormCell;
  /** 年度指标值 */
  readonly target?: FormCell;
  /** 实际完成值 */
  readonly result?: FormCell;
  /** 分值 */
  readonly weight?: FormCell;
  /** 得分 / 自评得分 */
  readonly score?: FormCell;
  /** 偏差原因分析及改进措施 */
  readonly cause?: FormCell;
}

export interface FormTotal {
  /** 总分 row's 分值 (100). */
  readonly weight?: FormCell;
  /** 总分 as entered. */
  readonly score?: FormCell;
  /** 等级 / 评价等级 as entered. */
  readonly grade?: FormCell;
}

/** One line of a 基础数据表 expense group (上年决算数 / 本年预算数 / 本年决算数 [/ 控制率]). */
export interface ExpenseLine {
  readonly label: string;
  readonly labelCell?: FormCell;
  readonly previous?: FormCell;
  readonly budget?: FormCell;
  readonly actual?: FormCell;
  /** 控制率 when the form states one for this line. */
  readonly rate?: FormCell;
  /** Sub-lines whose sum must equal this line, per column. */
  readonly children?: readonly ExpenseLine[];
}

/** A 控制率 with the two figures it is computed from (actual / approved). */
export interface ControlRate {
  readonly label: string;
  readonly approved?: FormCell;
  readonly actual?: FormCell;
  readonly rate?: FormCell;
}

export interface BasicData {
  /** 财政供养人员: 编制数 / 实际在职人数 / 控制率. */
  readonly staffing?: ControlRate;
  /** 经费控制情况: top-level lines (三公经费, 项目支出, 公用经费, …) with their children. */
  readonly expenses: readonly ExpenseLine[];
  /** 楼堂馆所: 规模 (批复/实际) and 投资 (预算/实际) control rates. */
  readonly buildings: readonly ControlRate[];
  /** 厉行节约保障措施 */
  readonly measures?: FormCell;
}

/** A self-evaluation form, independent of any sheet layout. */
export interface Form {
  readonly kind: FormKind;
  readonly sheet: string;
  readonly title?: string;
  /** 项目名称 (project) or 预算单位名称 (overall, basic). */
  readonly name?: FormCell;
  /** 主管部门 */
  readonly department?: FormCell;
  /** 实施单位 */
  readonly implementer?: FormCell;
  readonly funds?: FundBlock;
  readonly goals?: { readonly expected?: FormCell; readonly actual?: FormCell };
  readonly indicators: readonly IndicatorRow[];
  readonly total?: FormTotal;
  readonly basic?: BasicData;
  /**
   * Lines of the indicator table left blank (a template's empty rows, `指标2`, `……`): never checked as
   * indicators, kept so that a template can be filled in where its lines stand.
   */
  readonly blankRows?: readonly IndicatorRow[];
  /** A cause written for the whole form below its table (`偏差大或目标未完成原因分析`), when the rows have no cause column. */
  readonly causeNote?: FormCell;
  /** True when the indicators are scored by a rubric (评分标准) rather than against targets. */
  readonly rubric?: boolean;
  /** What could not be read, once each, with the cell nearest to where it was looked for. */
  readonly unread?: readonly { readonly part: UnreadPart; readonly cell: CellPosition | null }[];
}
