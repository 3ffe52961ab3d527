/**
 * The profile written as Excel formulas, so that a template gives the engine's numbers in Excel, WPS and
 * LibreOffice with the add-in absent: 执行率得分, caps, grades, and totals over blocks that rows can be
 * inserted into anywhere.
 */
import { columnLetters } from '../../domain/cells';
import type { Profile } from '../../domain/profiles/types';
import { NO_CAUSE_WORDS } from '../../domain/text';

/** 执行率得分 as an Excel formula of the rate and weight cells, by the profile's method (domain.md §2). */
export function executionScoreFormula(rate: string, weight: string, profile: Profile): string {
  const capped = `MIN(${rate},1)`;
  switch (profile.executionScoring) {
    case 'linear':
      return `IF(${rate}="","",MIN(${weight},ROUND(${weight}*${capped},2)))`;
    case 'rounded':
      return `IF(${rate}="","",MIN(${weight},ROUND(${weight}*${capped},0)))`;
    case 'step10':
      return `IF(${rate}="","",MIN(${weight},ROUND(${weight}*INT(ROUND(${capped}*100,6)/10)/10,2)))`;
  }
}

/** The grade of a total cell by the profile's bands, as nested IFs (highest band first). */
export function gradeFormula(total: string, profile: Profile): string {
  const bands = [...profile.grades].sort((x, y) => y.min - x.min);
  let formula = `"${bands.at(-1)?.label ?? ''}"`;
  for (const band of bands.slice(0, -1).reverse())
    formula = `IF(${total}>=${String(band.min)},"${band.label}",${formula})`;
  return `IF(${total}="","",${formula})`;
}

/** `sum` held to the cap the 执行率 in `rate` brings under the profile (domain.md §4.7); `sum` itself without caps. */
export function cappedFormula(sum: string, rate: string, profile: Profile): string {
  const caps = [...profile.scoreCaps].sort((a, b) => a.rateBelow - b.rateBelow);
  if (caps.length === 0) return sum;
  let limit = '1E+307';
  for (const cap of [...caps].reverse())
    limit = `IF(${rate}<${String(cap.rateBelow)},${String(cap.maxTotal)},${limit})`;
  return `MIN(${sum},IF(ISNUMBER(${rate}),${limit},1E+307))`;
}

/**
 * The cells of column `col` between the row of `first` (a cell above the block, often its header) and the
 * row above the formula's own: rows inserted anywhere in the block, right above the formula too, are in it.
 */
export function blockAbove(col: number, firstRow: number): string {
  const letters = columnLetters(col);
  return `${letters}$${String(firstRow + 1)}:INDEX(${letters}:${letters},ROW()-1)`;
}

/** The cells of column `col` from the row below the formula's down to the row above `nextLabel` (a cell address). */
export function blockBelow(col: number, nextLabel: string): string {
  const letters = columnLetters(col);
  return `INDEX(${letters}:${letters},ROW()+1):INDEX(${letters}:${letters},ROW(${nextLabel})-1)`;
}

/** A sum that stays blank while none of its cells holds a number, so an empty form shows no 0.00. */
export function blankOrSum(range: string, less: readonly string[] = []): string {
  const minus = less.map((cell) => `-N(${cell})`).join('');
  return `IF(COUNT(${range})=0,"",SUM(${range})${minus})`;
}

/** True when a 偏差原因 cell states no cause: blank, or a placeholder word the rules do not take (domain.md §5). */
export function noCauseFormula(cell: string): string {
  const words = NO_CAUSE_WORDS.filter((word) => word !== '').map((word) => `TRIM(${cell})="${word}"`);
  return `OR(LEN(TRIM(${cell}))=0,${words.join(',')})`;
}
