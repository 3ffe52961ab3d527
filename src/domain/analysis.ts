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

/** The values the engine computes for a form (domain.md §2–§5). */
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
  /** Applicable rows with a 分值 and no 得分: while there are any, no total and no grade. */
  readonly unscoredRows: number;
}

function isNotApplicableRow(row: IndicatorRow, target: ParsedValue, result: ParsedValue): boolean {
  if (target.kind === 'not-applicable' || result.kind === 'not-applicable') return true;
  return /^不适用$/.test(cellText(row.level3).trim());
}

type Execution = FormAnalysis['execution'];

/** 执行率 and its score from the fund block's total row (domain.md §2). */
function executionOf(form: Form, profile: Profile): Execution {
  const total = form.funds?.total;
  const budget = cellNumber(total?.budget);
  const spent = cellNumber(total?.spent);
  const statedWeight = cellNumber(total?.weight);
  // No form gives 执行率 half the points or more: such a 分值 is a slip of the keyboard (100 for 10).
  const weightTypo = statedWeight !== null && statedWeight >= 50 ? statedWeight : null;
  const weight = statedWeight !== null && weightTypo === null ? statedWeight : profile.executionWeight;
  const rate = executionRate(budget, spent);
  return {
    initial: cellNumber(total?.initial),
    budget,
    spent,
    rate,
    score: rate === null ? null : executionScore(rate, weight, profile.executionScoring),
    weight,
    weightTypo,
    enteredRate: cellRate(total?.rate),
    enteredScore: cellNumber(total?.score),
  };
}

/** One indicator row, its 一级 and 二级 labels carried down from the rows above. */
function analyzeRow(
  row: IndicatorRow,
  labels: { readonly level1Text: string; readonly level2Text: string },
  form: Form,
  context: { readonly profile: Profile; readonly execution: Execution },
): IndicatorAnalysis {
  const { level1Text, level2Text } = labels;
  const { initial, budget } = context.execution;
  const target = cellValue(row.target);
  const result = cellValue(row.result);
  const weight = cellNumber(row.weight);
  const score = cellNumber(row.score);
  const applicable = !isNotApplicableRow(row, target, result);
  const name = cellText(row.level3).trim();
  const assessment: Assessment = applicable
    ? assessIndicator(
        { name, target, result, weight: weight ?? 0, budgets: { initial, annual: budget } },
        context.profile,
      )
    : { kind: 'not-applicable' };
  return {
    row,
    category: level1Category(level1Text),
    level1Text,
    level2Text,
    level2: level2Text ? level2Info(level2Text) : null,
    name,
    target,
    result,
    weight,
    score,
    applicable,
    assessment,
    lostPoints: applicable && weight !== null && score !== null && score < weight - 1e-9,
    // Without a cause column, a cause written for the whole form below the table answers for its rows.
    causeStated:
      isRealCause(cellText(row.cause)) || (row.cause === undefined && isRealCause(cellText(form.causeNote))),
  };
}

/** Every indicator row; merged label cells hold text only in their first row, so labels are carried down. */
function analyzeIndicators(
  form: Form,
  context: { readonly profile: Profile; readonly execution: Execution },
): IndicatorAnalysis[] {
  let level1Text = '';
  let level2Text = '';
  return form.indicators.map((row) => {
    if (!isBlank(row.level1)) {
      level1Text = cellText(row.level1);
      level2Text = '';
    }
    if (!isBlank(row.level2)) level2Text = cellText(row.level2);
    return analyzeRow(row, { level1Text, level2Text }, form, context);
  });
}

/** The weights and scores of each 一级, and the weight its label declares (first row that declares one). */
function levelTotals(indicators: readonly IndicatorAnalysis[]): FormAnalysis['levels'] {
  const levels: Partial<Record<Level1Category, { -readonly [K in keyof LevelTotals]: LevelTotals[K] }>> = {};
  for (const { category, applicable, weight, score, level1Text } of indicators) {
    if (!category || !applicable) continue;
    const level = (levels[category] ??= { weight: 0, score: 0, declared: null, weighted: 0 });
    level.weight += weight ?? 0;
    if (weight !== null) level.weighted++;
    level.score += score ?? 0;
    level.declared ??= declaredLevelWeight(level1Text);
  }
  return levels;
}

/** Computes what rules need about a form, once. */
export function analyzeForm(form: Form, profile: Profile): FormAnalysis {
  const execution = executionOf(form, profile);
  const indicators = analyzeIndicators(form, { profile, execution });
  const stated = indicators.filter((i) => i.applicable && i.score !== null).map((i) => i.score ?? 0);
  const executionPart = execution.score ?? execution.enteredScore;
  // A total (and so a grade) only of a scored form whose every weighted row has its score: a sum with rows
  // left blank, or of the fund part alone, would grade what the unit has not scored.
  const unscoredRows = indicators.filter((i) => i.applicable && i.weight !== null && i.score === null).length;
  const complete = stated.length > 0 && unscoredRows === 0;
  const total = complete
    ? cappedTotal(round((executionPart ?? 0) + stated.reduce((s, v) => s + v, 0), 2), execution.rate, profile)
    : null;
  return {
    execution,
    indicators,
    levels: levelTotals(indicators),
    total,
    grade: gradeFor(total, profile.grades),
    enteredTotal: cellNumber(form.total?.score),
    unscoredRows,
  };
}
