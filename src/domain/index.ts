export * from './cells';
export * from './form';
export * from './findings';
export * from './numbers';
export { analyzeForm, type FormAnalysis, type IndicatorAnalysis, type LevelTotals } from './analysis';
export { level1Category, level2Info, LEVEL1_NAMES, LEVEL2_NAMES, isLowerIsBetterName } from './categories';
export { isRealCause, labelKey } from './text';
export { cellNumber, cellRate, cellValue, showsPercent } from './read';
export * from './profiles/types';
export * from './profiles/builtin';
export * from './profiles/schema';
export * from './scoring/execution';
export * from './scoring/grade';
export * from './scoring/indicator';
export * from './values';
export { formatMessage, CATALOGUES, type Locale, type MessageId } from '../messages';
export { RULES, ruleById } from './rules';
export type { Rule, FormRule, WorkbookRule, FormContext, WorkbookContext, Report } from './rules/types';
export {
  review,
  sortFindings,
  INTERNAL_ERROR,
  type ReviewResult,
  type FormReview,
  type ReviewOptions,
} from './review';
