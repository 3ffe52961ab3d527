import { cellText, isBlank } from './cells';
import { declaredLevelWeight, level1Category, level2Info, type Level2Info } from './categories';
import type { Form, IndicatorRow } from './form';
import { round } from './numbers';
import type { Level1Category, Profile } from './profiles/types';
import { cellNumber, cellRate, cellValue } from './read';
import { cappedTotal } from './scoring/cap';
import { executionRate, executionScore } from './scoring/execution';
import { gradeFor } from './scoring/grade';
import { assessIndicator, type Assessment } from './scoring/indicator';
import { isRealCause } from './text';
import type { ParsedValue } from './values/types';

/** One indicator row with everything rules need, computed once. */
export interface IndicatorAnalysis {
  readonly row: IndicatorRow;
  /** The 一级 group, from this row's label or the one above it (merged label columns). */
  readonly category: Level1Category | null;
  readonly level1Text: string;
  readonly level2Text: string;
  readonly level2: Level2Info | null;
  readonly name: string;
  readonly target: ParsedValue;
  readonly result: ParsedValue;
  readonly weight: number | null;
  readonly score: number | null;
  /** False for a 不适用 row: it carries no weight and no score. */
  readonly applicable: boolean;
  readonly assessment: Assessment;
  /** §5 (1): 得分 below 分值. */
  readonly lostPoints: boolean;
  /** The 偏差原因 cell states a real cause. */
  readonly causeStated: boolean;
}

export interface LevelTotals {
  readonly weight: number;
  readonly score: number;
  /** The weight the 一级 label declares (`产出指标(50 分)`), if any. */
  readonly declared: number | null;
  /** How many applicable rows state a 分值 (0 on an untouched template). */
  readonly weighted: number;
}

/** The values the engine computes for a form (DOMAIN §2–§5). */
export interface FormAnalysis {
  readonly execution: {
    readonly initial: number | null;
    readonly budget: number | null;
    readonly spent: number | null;
    /** Computed 执行率 as a fraction. */
    readonly rate: number | null;
    /** Computed 执行率得分 under the profile's method. */
    readonly score: number | null;
    /** 分值 of 执行率: as stated, else the profile's (also when the stated one is a typo). */
    readonly weight: number;
    /** A stated 分值 too large for 执行率 (100 typed for 10): flagged, and the profile's used instead. */
    readonly weightTypo: number | null;
    readonly enteredRate: number | null;
    readonly enteredScore: number | null;
  };
  readonly indicators: readonly IndicatorAnalysis[];
  readonly levels: Readonly<Partial<Record<Level1Category, LevelTotals>>>;
  /** Computed 执行率得分 (or the stated one, when it cannot be computed) + Σ stated indicator scores, held to the profile's cap. */
  readonly total: number | null;
  readonly grade: string | null;
  readonly enteredTotal: number | null;
}

function isNotApplicableRow(row: IndicatorRow, target: ParsedValue, result: ParsedValue): boolean {
  if (target.kind === 'not-applicable' || result.kind === 'not-applicable') return true;
  return /^不适用$/.test(cellText(row.level3).trim());
}

/** Computes what rules need about a form, once. */
export function analyzeForm(form: Form, profile: Profile): FormAnalysis {
  const total = form.funds?.total;
  const initial = cellNumber(total?.initial);
  const budget = cellNumber(total?.budget);
  const spent = cellNumber(total?.spent);
  const statedWeight = cellNumber(total?.weight);
  // No form gives 执行率 half the points or more: such a 分值 is a slip of the keyboard (100 for 10).
  const weightTypo = statedWeight !== null && statedWeight >= 50 ? statedWeight : null;
  const weight = statedWeight !== null && weightTypo === null ? statedWeight : profile.executionWeight;
  const rate = executionRate(budget, spent);
  const score = rate === null ? null : executionScore(rate, weight, profile.executionScoring);
  const enteredScore = cellNumber(total?.score);

  let level1Text = '';
  let level2Text = '';
  const levels: Partial<
    Record<Level1Category, { weight: number; score: number; declared: number | null; weighted: number }>
  > = {};
  const indicators = form.indicators.map((row): IndicatorAnalysis => {
    // Merged label cells hold text only in their first row: carry the label down.
    if (!isBlank(row.level1)) {
      level1Text = cellText(row.level1);
      level2Text = '';
    }
    if (!isBlank(row.level2)) level2Text = cellText(row.level2);
    const category = level1Category(level1Text);
    const target = cellValue(row.target);
    const result = cellValue(row.result);
    const rowWeight = cellNumber(row.weight);
    const rowScore = cellNumber(row.score);
    const applicable = !isNotApplicableRow(row, target, result);
    const name = cellText(row.level3).trim();
    const assessment: Assessment = applicable
      ? assessIndicator(
          { name, target, result, weight: rowWeight ?? 0, budgets: { initial, annual: budget } },
          profile,
        )
      : { kind: 'not-applicable' };
    if (category && applicable) {
      const level = (levels[category] ??= { weight: 0, score: 0, declared: null, weighted: 0 });
      level.weight += rowWeight ?? 0;
      if (rowWeight !== null) level.weighted++;
      level.score += rowScore ?? 0;
      level.declared ??= declaredLevelWeight(level1Text);
    }
    return {
      row,
      category,
      level1Text,
      level2Text,
      level2: level2Text ? level2Info(level2Text) : null,
      name,
      target,
      result,
      weight: rowWeight,
      score: rowScore,
      applicable,
      assessment,
      lostPoints: applicable && rowWeight !== null && rowScore !== null && rowScore < rowWeight - 1e-9,
      // Without a cause column, a cause written for the whole form below the table answers for its rows.
      causeStated:
        isRealCause(cellText(row.cause)) ||
        (row.cause === undefined && isRealCause(cellText(form.causeNote))),
    };
  });

  const stated = indicators.filter((i) => i.applicable && i.score !== null).map((i) => i.score ?? 0);
  const executionPart = score ?? enteredScore;
  const hasAnything = executionPart !== null || stated.length > 0;
  const computedTotal = hasAnything
    ? cappedTotal(round((executionPart ?? 0) + stated.reduce((s, v) => s + v, 0), 2), rate, profile)
    : null;

  return {
    execution: {
      initial,
      budget,
      spent,
      rate,
      score,
      weight,
      weightTypo,
      enteredRate: cellRate(total?.rate),
      enteredScore,
    },
    indicators,
    levels,
    total: computedTotal,
    grade: gradeFor(computedTotal, profile.grades),
    enteredTotal: cellNumber(form.total?.score),
  };
}
