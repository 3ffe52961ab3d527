import type { Severity } from '../findings';

/** How the 10 points of 执行率 are scored (domain.md §2). */
export type ExecutionScoring = 'linear' | 'step10' | 'rounded';

/** What a lower-is-better row scores once B exceeds A (domain.md §4). */
export type LowerIsBetterFormula = 'ratio' | 'linear';

/** The three first-level indicator groups (domain.md §1.1). */
export type Level1Category = 'output' | 'effect' | 'satisfaction';

export interface GradeBand {
  /** Lowest 总分 that earns this grade. */
  readonly min: number;
  readonly label: string;
}

/** One province's cap of 总分 tied to 执行率 (domain.md §4.7): below `rateBelow`, 总分 ≤ `maxTotal`. */
export interface ScoreCap {
  readonly rateBelow: number;
  readonly maxTotal: number;
}

/** A finance bureau's choices (domain.md §8): data, not code. */
export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  /** 分值 of 执行率. */
  readonly executionWeight: number;
  /** First-level split; null when only the sum is fixed (sichuan: 10 + 90). */
  readonly levelWeights: Readonly<Record<Level1Category, number>> | null;
  readonly executionScoring: ExecutionScoring;
  /** B ≥ k·A on a higher-is-better row is over-achievement. */
  readonly overAchievementFactor: number;
  readonly lowerIsBetter: LowerIsBetterFormula;
  /** Highest band first. */
  readonly grades: readonly GradeBand[];
  /** 执行率 below this needs a stated reason (sichuan 0.9); null when not required. */
  readonly reasonRequiredBelowRate: number | null;
  /** |全年预算数 − 年初预算数| / 年初预算数 above this is a budget adjustment to explain. [I] */
  readonly budgetAdjustmentThreshold: number;
  /** An entered score agrees with the formula within this many points. */
  readonly scoreTolerance: number;
  readonly scoreCaps: readonly ScoreCap[];
  /** Per-rule severity overrides; 'off' disables the rule. */
  readonly severities: Readonly<Record<string, Severity | 'off'>>;
}
