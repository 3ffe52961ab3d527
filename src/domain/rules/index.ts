import { budgetAdjusted } from './budget-adjusted';
import { crossSheet } from './cross-sheet';
import { ctrlRate } from './ctrl-rate';
import { deviationCause } from './deviation-cause';
import { execRate } from './exec-rate';
import { execScore } from './exec-score';
import { fundSum } from './fund-sum';
import { goalActual } from './goal-actual';
import { grade } from './grade';
import { indicatorCategory } from './indicator-category';
import { overAchievement } from './over-achievement';
import { reportConsistency } from './report-consistency';
import { required } from './required';
import { reverseTarget } from './reverse-target';
import { scoreBand } from './score-band';
import { scoreFormula } from './score-formula';
import { scoreRange } from './score-range';
import { scoreTotal } from './score-total';
import { typo } from './typo';
import { unread } from './unread';
import { valueComparator } from './value-comparator';
import { valueNumber } from './value-number';
import { valueUnit } from './value-unit';
import { weightLevel } from './weight-level';
import { weightTotal } from './weight-total';
import type { Rule } from './types';

/** Every rule, in the order of domain.md §7; the engine never branches on a rule id. */
export const RULES: readonly Rule[] = [
  execRate,
  execScore,
  budgetAdjusted,
  fundSum,
  weightTotal,
  weightLevel,
  indicatorCategory,
  scoreRange,
  scoreFormula,
  scoreBand,
  scoreTotal,
  grade,
  deviationCause,
  overAchievement,
  valueNumber,
  valueComparator,
  valueUnit,
  required,
  reverseTarget,
  ctrlRate,
  crossSheet,
  typo,
  unread,
  reportConsistency,
  goalActual,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
