export type {
  Achievement,
  BudgetReferenceValue,
  Comparator,
  EmptyValue,
  NotApplicableValue,
  NumericValue,
  ParsedValue,
  QualitativeValue,
  UnitFamily,
  UnparsedValue,
  ValueReason,
} from './types';
export { isComparatorText } from './bounds';
export { normalizeText, toHalfWidth } from './normalize';
export { KNOWN_UNITS, sameFamily, tidy, toBase, unitFactor, unitFamily } from './units';
export { achievementOf, describeValue, hasComparator, isNumeric, parseValue } from './parse';
export type { ParseOptions } from './parse';
