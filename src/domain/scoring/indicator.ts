import { isLowerIsBetterName } from '../categories';
import { clamp, round } from '../numbers';
import type { Profile } from '../profiles/types';
import { toBase } from '../values/units';
import type { Achievement, DateValue, NumericValue, ParsedValue } from '../values/types';

/** Which way a quantitative row is better (domain.md §4). */
export type Direction = 'higher' | 'lower' | 'equal' | 'zero';

export type Assessment =
  | {
      readonly kind: 'quantitative';
      readonly direction: Direction;
      /** A and B in the same base unit. */
      readonly target: number;
      readonly result: number;
      /** The §4 score for the row's 分值. */
      readonly expected: number;
      /** §5.2: the result falls short of the target. */
      readonly shortfall: boolean;
      /** §4: B ≥ k·A on a higher-is-better row. */
      readonly overAchieved: boolean;
    }
  | {
      readonly kind: 'qualitative';
      readonly achievement: Achievement | null;
      /** [low, high] the score must fall in, high inclusive only for 达成; null when unknown. */
      readonly band: readonly [number, number] | null;
      readonly shortfall: boolean;
    }
  | {
      /** A date target (`9月前`, `2023年12月`): met when the result is no later, or says it was done on time. */
      readonly kind: 'deadline';
      readonly met: boolean | null;
      readonly shortfall: boolean;
    }
  | { readonly kind: 'not-applicable' }
  | {
      readonly kind: 'unknown';
      /** Why no score can be computed: a side is missing, unreadable, not a number, or units differ. */
      readonly reason: 'missing' | 'unparsed' | 'result-not-number' | 'unit-mismatch';
      readonly shortfall: boolean;
    };

/** Budget figures a `不超过年初预算投入` target refers to, in 万元. */
export interface BudgetFigures {
  readonly initial: number | null;
  readonly annual: number | null;
}

export interface IndicatorInput {
  readonly name: string;
  readonly target: ParsedValue;
  readonly result: ParsedValue;
  readonly weight: number;
  readonly budgets: BudgetFigures;
}

const WAN = 1e4;

function directionOf(target: NumericValue, name: string): Direction {
  const lowerWord = target.comparator === '<=' || target.comparator === '<';
  if (target.amount === 0 && (target.comparator === null || target.comparator === '=' || lowerWord))
    return 'zero';
  if (target.comparator === '=') return 'equal';
  if (lowerWord) return 'lower';
  if (target.comparator === '>=' || target.comparator === '>') return 'higher';
  return isLowerIsBetterName(name) ? 'lower' : 'higher';
}

/**
 * A bare number beside a percentage is in points (98) or a fraction (0.98): read it the way that lies nearer
 * the other side, since the other reading (98 against 95 %, as 9 800 %) is never what the unit meant.
 */
function bareAsPercent(bare: number, other: number): number {
  const points = bare / 100;
  if (other <= 0 || bare <= 0) return points;
  const distance = (x: number): number => Math.abs(Math.log(x / other));
  return distance(bare) < distance(points) ? bare : points;
}

const isBare = (value: NumericValue): boolean => value.family === null || value.unit === null;

/** A and B in one base unit: a bare number takes the other side's unit; null when the units cannot meet. */
function inOneUnit(target: NumericValue, result: NumericValue): { a: number; b: number } | null {
  if (isBare(result) && isBare(target)) return { a: target.amount, b: result.amount };
  if (isBare(result))
    return {
      a: target.base,
      b:
        target.family === 'percent'
          ? bareAsPercent(result.amount, target.base)
          : toBase(result.amount, target.unit),
    };
  if (isBare(target))
    return {
      a:
        result.family === 'percent'
          ? bareAsPercent(target.amount, result.base)
          : toBase(target.amount, result.unit),
      b: result.base,
    };
  return result.family === target.family ? { a: target.base, b: result.base } : null;
}

function quantitativeScore(direction: Direction, a: number, b: number, w: number, profile: Profile): number {
  switch (direction) {
    case 'zero':
      return b <= 0 ? w : 0;
    case 'lower':
      if (b <= a) return w;
      if (a <= 0) return 0;
      return profile.lowerIsBetter === 'ratio' ? (w * a) / b : w * clamp(1 - (b - a) / a, 0, 1);
    case 'higher':
    case 'equal':
      if (b >= a) return w;
      return a > 0 ? w * clamp(b / a, 0, 1) : 0;
  }
}

function isShortfall(direction: Direction, a: number, b: number): boolean {
  switch (direction) {
    case 'zero':
      return b > 0;
    case 'lower':
      return b > a + 1e-9;
    case 'equal':
      return Math.abs(b - a) > 1e-9;
    case 'higher':
      return b < a - 1e-9;
  }
}

const ACHIEVEMENT_BANDS: Readonly<Record<Achievement, readonly [number, number]>> = {
  achieved: [0.8, 1],
  partial: [0.6, 0.8],
  'not-achieved': [0, 0.6],
};

function qualitative(input: IndicatorInput): Assessment {
  const { target, result, weight } = input;
  let achievement = result.kind === 'qualitative' ? result.achievement : null;
  // A result that restates its target reached it (domain.md §4: never guess a shortfall from free text).
  if (achievement === null && result.kind !== 'empty' && result.text === target.text)
    achievement = 'achieved';
  const factors = achievement ? ACHIEVEMENT_BANDS[achievement] : null;
  return {
    kind: 'qualitative',
    achievement,
    band: factors ? [round(factors[0] * weight, 2), round(factors[1] * weight, 2)] : null,
    shortfall: achievement === 'partial' || achievement === 'not-achieved',
  };
}

/** Whether a result date falls after its target; a missing year is the other date's (the form's year). */
function later(result: DateValue, target: DateValue): boolean {
  const years = result.year !== null && target.year !== null;
  const key = (d: DateValue): number => (years ? (d.year ?? 0) * 10_000 : 0) + d.month * 100 + d.day;
  return key(result) > key(target);
}

function deadline(target: DateValue, result: ParsedValue): Assessment {
  if (result.kind === 'date') {
    const late = later(result, target);
    return { kind: 'deadline', met: !late, shortfall: late };
  }
  const said = result.kind === 'qualitative' ? result.achievement : null;
  return {
    kind: 'deadline',
    met: said === null ? null : said === 'achieved',
    shortfall: said === 'partial' || said === 'not-achieved',
  };
}

/** Scores one indicator row by domain.md §4 and tells whether it deviates (§5). */
export function assessIndicator(input: IndicatorInput, profile: Profile): Assessment {
  const { target, result, weight, budgets } = input;
  if (target.kind === 'not-applicable' || result.kind === 'not-applicable') return { kind: 'not-applicable' };
  if (target.kind === 'empty' || result.kind === 'empty')
    return { kind: 'unknown', reason: 'missing', shortfall: false };
  if (target.kind === 'unparsed' || result.kind === 'unparsed')
    return { kind: 'unknown', reason: 'unparsed', shortfall: false };
  if (target.kind === 'date') return deadline(target, result);
  if (target.kind === 'qualitative') return qualitative(input);
  if (result.kind !== 'number' || (target.kind !== 'number' && target.kind !== 'budget-ref')) {
    const said = result.kind === 'qualitative' ? result.achievement : null;
    return {
      kind: 'unknown',
      reason: 'result-not-number',
      shortfall: said === 'partial' || said === 'not-achieved',
    };
  }

  let a: number;
  let b: number | null;
  let direction: Direction;
  if (target.kind === 'budget-ref') {
    const budget = target.budget === 'initial' ? budgets.initial : budgets.annual;
    if (budget === null) return { kind: 'unknown', reason: 'missing', shortfall: false };
    a = budget * WAN;
    // A bare amount beside a budget reference is in 万元, as the fund block is.
    b = result.family === null ? result.amount * WAN : result.family === 'money' ? result.base : null;
    direction = 'lower';
  } else {
    const both = inOneUnit(target, result);
    a = both?.a ?? target.base;
    b = both?.b ?? null;
    direction = directionOf(target, input.name);
  }
  if (b === null) return { kind: 'unknown', reason: 'unit-mismatch', shortfall: false };

  // Capped again after rounding: 0.035 rounds to 0.04, above a weight typed as 0.035.
  const expected = Math.min(
    weight,
    round(clamp(quantitativeScore(direction, a, b, weight, profile), 0, weight), 2),
  );
  return {
    kind: 'quantitative',
    direction,
    target: a,
    result: b,
    expected,
    shortfall: isShortfall(direction, a, b),
    overAchieved: direction === 'higher' && a > 0 && b >= profile.overAchievementFactor * a - 1e-9,
  };
}
