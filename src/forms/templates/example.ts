/**
 * The example-filled pack (`--example`): a form as a unit would fill it, consistent with the profile, so that
 * a bureau can send it along as 填报示例. The amounts of the 基础数据表 are seed 004's, a real unit's.
 */
import { LEVEL2_NAMES } from '../../domain/categories';
import type { Level1Category, Profile } from '../../domain/profiles/types';
import { round } from '../../domain/numbers';
import { templateText } from './shared';

export interface IndicatorExample {
  readonly name: string;
  readonly target: string;
  readonly result: string;
  readonly weight: number;
  readonly score: number;
  readonly cause?: string;
}

interface AmountLine {
  readonly initial: number;
  readonly budget: number;
  readonly spent: number;
}

export interface EvaluationExample {
  readonly funds: AmountLine & {
    /** 其中：当年财政拨款, 上年结转资金, 其他资金 (项目支出). */
    readonly lines: readonly AmountLine[];
    /** 按收入性质分 (整体支出): 一般公共预算, 政府性基金拨款, 纳入专户管理的非税收入拨款, 其他资金. */
    readonly income: readonly number[];
    /** 按支出性质分 (整体支出): 基本支出, 项目支出. */
    readonly spending: readonly number[];
  };
  readonly goal: string;
  readonly achieved: string;
  /** The example row of each 二级指标 that has one. */
  readonly indicators: ReadonlyMap<string, IndicatorExample>;
}

/** One example indicator per 二级指标 (the national list), with each row's share of its 一级's weight. */
const ROWS: Readonly<Record<string, Omit<IndicatorExample, 'weight' | 'score'> & { share: number }>> = {
  数量指标: { name: '开展业务培训人次', target: '≥1200人次', result: '1260人次', share: 2 },
  质量指标: {
    name: '培训考核合格率',
    target: '≥95%',
    result: '92%',
    share: 1,
    cause: templateText('templates.example.cause'),
  },
  时效指标: { name: '培训按期完成率', target: '100%', result: '100%', share: 1 },
  成本指标: { name: '人均培训成本', target: '≤800元/人', result: '760元/人', share: 1 },
  社会效益指标: { name: '基层服务能力', target: '明显提升', result: '明显提升', share: 1 },
  可持续影响指标: { name: '培训成果长效应用机制', target: '建立', result: '已建立', share: 1 },
  服务对象满意度指标: { name: '参训人员满意度', target: '≥90%', result: '95%', share: 1 },
};

/** The points each 一级 carries: the profile's split, else the rest after 执行率 as 5 : 3 : 1. */
function levelPoints(profile: Profile): Record<Level1Category, number> {
  if (profile.levelWeights) return { ...profile.levelWeights };
  const rest = 100 - profile.executionWeight;
  const output = Math.round((rest * 5) / 9);
  const effect = Math.round((rest * 3) / 9);
  return { output, effect, satisfaction: rest - output - effect };
}

/** 得分 of the row whose result fell short (a rate): 分值 × 实际 ÷ 目标, as the rules compute it. */
function shortfallScore(weight: number, target: string, result: string): number {
  const wanted = Number(/[\d.]+/.exec(target)?.[0]);
  const reached = Number(/[\d.]+/.exec(result)?.[0]);
  return reached < wanted ? round((weight * reached) / wanted, 2) : weight;
}

export function evaluationExample(profile: Profile): EvaluationExample {
  const indicators = new Map<string, IndicatorExample>();
  const points = levelPoints(profile);
  for (const category of ['output', 'effect', 'satisfaction'] as const) {
    const names = LEVEL2_NAMES[category].filter((name) => ROWS[name]);
    const shares = names.reduce((sum, name) => sum + (ROWS[name]?.share ?? 0), 0);
    let left = points[category];
    names.forEach((name, i) => {
      const row = ROWS[name];
      if (!row) return;
      const weight = i === names.length - 1 ? left : Math.round((points[category] * row.share) / shares);
      left -= weight;
      const { share: _share, ...shown } = row;
      const score = row.cause ? shortfallScore(weight, row.target, row.result) : weight;
      indicators.set(name, { ...shown, weight, score });
    });
  }
  return {
    funds: {
      initial: 1000,
      budget: 1200,
      spent: 1140,
      lines: [
        { initial: 1000, budget: 1100, spent: 1050 },
        { initial: 0, budget: 100, spent: 90 },
        { initial: 0, budget: 0, spent: 0 },
      ],
      income: [1100, 0, 0, 100],
      spending: [640, 500],
    },
    goal: templateText('templates.example.goal'),
    achieved: templateText('templates.example.achieved'),
    indicators,
  };
}

/** One line of the 基础数据表: 上年决算数, 本年预算数, 本年决算数 (null where the real unit left it blank). */
export type BasicAmounts = readonly [number | null, number | null, number | null];

/** Seed 004's 基础数据表 (岳阳楼区望岳街道办事处, 2023): the amounts a real unit filed. */
export const BASIC_EXAMPLE = {
  staffing: { approved: 69, actual: 69 },
  vehicles: { purchase: [null, null, null], running: [null, null, null] } as Record<string, BasicAmounts>,
  abroad: [null, null, null] as BasicAmounts,
  reception: [1.86, null, null] as BasicAmounts,
  operations: [null, 5.83, null] as BasicAmounts,
  maintenance: [null, null, null] as BasicAmounts,
  special: [
    ['残联专项支出', [5.58, null, 4.28]],
    ['环境整治专项支出', [47.79, null, 996.05]],
    ['环卫专项支出', [320.24, null, 288.3]],
    ['计生专项支出', [10.69, null, 0.6]],
    ['民政专项支出', [6.35, null, 9.98]],
    ['人社专项支出', [18.33, null, null]],
    ['社区建设支出', [269.88, null, 38.78]],
    ['退役服务专项支出', [87.96, null, 42.37]],
    ['疫情防控专项支出', [101.35, null, null]],
    ['应急专项支出', [12.83, null, 41.3]],
    ['就业创业服务', [null, null, 1.05]],
    ['食品安全', [null, null, 2.58]],
    ['医保专项', [null, null, 1.27]],
    ['专场招聘会', [null, null, 4.81]],
  ] as readonly (readonly [string, BasicAmounts])[],
  // The table left it blank; the report states 公用经费 of 211.39 for the year (all 一般商品和服务支出).
  publicFunds: [null, null, 211.39] as BasicAmounts,
  publicLines: [
    [25.19, 15, 41.58],
    [6.77, 5, 9.68],
    [2.81, null, 3.19],
  ] as readonly BasicAmounts[],
  procurement: [null, 100.4, 574.81] as BasicAmounts,
  adjustment: [null, null, null] as BasicAmounts,
  thrift: templateText('templates.example.thrift'),
} as const;
