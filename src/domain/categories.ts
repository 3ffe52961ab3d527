import type { Level1Category } from './profiles/types';
import { labelKey } from './text';

/** 一级指标 labels as forms write them (domain.md §1.1). */
const LEVEL1: readonly (readonly [Level1Category, RegExp])[] = [
  ['output', /^产出(指标)?$/],
  ['effect', /^效益(指标)?$/],
  ['satisfaction', /^(服务对象)?满意度(指标)?$/],
];

/** 二级指标 with the 一级 they belong to, and the spellings seen in real forms. */
const LEVEL2: readonly (readonly [string, Level1Category, RegExp])[] = [
  ['数量指标', 'output', /^数量(指标)?$/],
  ['质量指标', 'output', /^质量(指标)?$/],
  ['时效指标', 'output', /^时效(性)?(指标)?$/],
  ['成本指标', 'output', /^成本(指标)?$/],
  // Under a first-level 成本指标 (§1.1): counted with 产出, where 财预〔2020〕10号 puts 成本指标.
  ['经济成本指标', 'output', /^经济成本(指标)?$/],
  ['社会成本指标', 'output', /^社会成本(指标)?$/],
  ['生态环境成本指标', 'output', /^生态(环境)?成本(指标)?$/],
  ['经济效益指标', 'effect', /^经济效益(指标)?$/],
  ['社会效益指标', 'effect', /^社会效益(指标)?$/],
  ['生态效益指标', 'effect', /^生态效益(指标)?$/],
  ['可持续影响指标', 'effect', /^可持续(性)?影响(指标)?$/],
  ['服务对象满意度指标', 'satisfaction', /^(服务对象)?满意度(指标)?$/],
];

/**
 * S-003 writes weights without brackets (`满意度指标 10 分`), and a line break can cut a bracket in two
 * (`效益指标\n30分)`): drop the weight either way, and the `等` some units add (`服务对象满意度指标等`).
 */
function withoutWeight(key: string): string {
  return key
    .replace(/[(（]?\d+(\.\d+)?分[)）]?$/, '')
    .replace(/[(（]$/, '')
    .replace(/等$/, '');
}

/** The first-level group a 一级 label names, or null (`产出指标\n(50 分)` → output). */
export function level1Category(text: string): Level1Category | null {
  const key = withoutWeight(labelKey(text));
  for (const [category, pattern] of LEVEL1) if (pattern.test(key)) return category;
  return null;
}

/**
 * A first-level 成本指标, as the 2021 framework and some provinces' forms have it: a known group, weighed
 * together with 产出 (domain.md §1.1, §3), not one of the profile's three.
 */
export function isCostLevel1(text: string): boolean {
  return /^成本(指标)?$/.test(withoutWeight(labelKey(text)));
}

export interface Level2Info {
  /** The standard name (`经济效益指标`). */
  readonly name: string;
  readonly category: Level1Category;
}

/** The standard 二级 a label names, or null when it is none of them. */
export function level2Info(text: string): Level2Info | null {
  const key = withoutWeight(labelKey(text));
  for (const [name, category, pattern] of LEVEL2) if (pattern.test(key)) return { name, category };
  return null;
}

/** The weight a 一级 label declares, e.g. `产出指标(50 分)` → 50. */
export function declaredLevelWeight(text: string): number | null {
  const match = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]|(\d+(?:\.\d+)?)\s*分\s*$/.exec(text.trim());
  const weight = match?.[1] ?? match?.[2];
  return weight ? Number(weight) : null;
}

export const LEVEL1_NAMES: Readonly<Record<Level1Category, string>> = {
  output: '产出指标',
  effect: '效益指标',
  satisfaction: '满意度指标',
};

export const LEVEL2_NAMES: Readonly<Record<Level1Category, readonly string[]>> = {
  output: ['数量指标', '质量指标', '时效指标', '成本指标'],
  effect: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  satisfaction: ['服务对象满意度指标'],
};

/** Indicator names whose smaller values are better (domain.md §4). */
const LOWER_IS_BETTER_NAME =
  /发生率|事故|投诉率|重访率|差错率|结余率|成本|费用|控制率|超支|失误率|违规率|返工率|调整率|变动率|闲置率|损失率|流失率|故障率|逾期率/;
/**
 * A rate of doing something well is higher-is-better whatever it measures: `利息费用保障率`,
 * `库存成本核算率`, `成本控制达标率` (a 控制率 of the 基础数据表 stays lower-is-better).
 */
const HIGHER_IS_BETTER_RATE =
  /(保障|核算|执行|到位|完成|合格|覆盖|达标|及时|兑现|使用|利用|拨付|支付|落实|审核|公开|知晓|参与|满意)(率|度)$/;

export function isLowerIsBetterName(name: string): boolean {
  const key = name.replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, '');
  return LOWER_IS_BETTER_NAME.test(key) && !HIGHER_IS_BETTER_RATE.test(key);
}
