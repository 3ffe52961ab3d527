/**
 * What a self-evaluation report says of its own numbers, read from its text (domain.md §7, report-consistency):
 * “部门整体绩效自评得分：97.5分”, “资金执行率为100%”, “绩效评价等级为‘优秀’”, “总预算为5,431.28万元，实际执行
 * 金额为5,431.28万元”. Conservative on purpose: a figure about a part (其中、基本支出、项目支出 …) is not taken
 * for the whole, and a figure written with fewer decimals is compared to that precision.
 */
import { normalizeText } from './values/normalize';

export type StatementKind = 'total' | 'rate' | 'grade' | 'budget' | 'spent';

export interface Statement {
  readonly kind: StatementKind;
  /** 总分 in points, 执行率 as a fraction, an amount in 万元, or the grade's word. */
  readonly value: number | string;
  /** How far a figure may be from the value and still be what was written (half its last written digit). */
  readonly tolerance: number;
  /** The words that state it, as the report writes them (for the message). */
  readonly quote: string;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** Marks that end a clause: a figure stated after one belongs to another clause than its words. */
const CLAUSE_ENDS = '。；;，,';
const TOTAL = new RegExp(
  String.raw`(?:自评得分|自评总分|综合得分|最终得分|总得分)[^${CLAUSE_ENDS}\d]{0,8}?[“"']?${NUMBER}[”"']?\s*分`,
  'g',
);
const RATE = new RegExp(String.raw`(?:预算|资金)执行率[^${CLAUSE_ENDS}\d%]{0,6}?${NUMBER}\s*%`, 'g');
const GRADE = /(?:评价|自评|绩效)等级[^。；;，,]{0,6}?[“"']?(优秀|良好|不合格|合格|优|良|中|差)[”"']?/g;
const AMOUNT = String.raw`[为是:]?\s*${NUMBER}\s*(万元|元)`;
const BUDGET = new RegExp(
  String.raw`(?:全年预算数|总预算|预算总额|预算数|预算资金总额|年度预算)${AMOUNT}`,
  'g',
);
const SPENT = new RegExp(
  String.raw`(?:实际执行金额|实际执行总额|实际执行总金额|实际执行数|全年执行数|执行数|执行金额|实际支出)${AMOUNT}`,
  'g',
);
/** A clause about a part of the budget, whose figures are not the whole form's. */
const PART = /其中|基本支出|项目支出|人员经费|公用经费|政府采购|专项|指标/;

/** The sentence a match stands in, up to the match: from the last full stop or semicolon before it. */
function sentenceBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(...['。', '；', ';'].map((mark) => before.lastIndexOf(mark))) + 1;
  return text.slice(start, index);
}

/** Half the last written digit of a number as written: `97.5` → 0.05, `100` → 0.5. */
function halfDigit(written: string): number {
  const decimals = written.split('.')[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

export function statementsOf(source: string): Statement[] {
  const text = normalizeText(source).replace(/(\d),(?=\d{3})/g, '$1');
  const found: Statement[] = [];
  const whole = (index: number): boolean => !PART.test(sentenceBefore(text, index));
  for (const match of text.matchAll(TOTAL)) {
    const written = match[1] ?? '';
    found.push({ kind: 'total', value: Number(written), tolerance: halfDigit(written), quote: match[0] });
  }
  for (const match of text.matchAll(RATE)) {
    const written = match[1] ?? '';
    if (whole(match.index))
      found.push({
        kind: 'rate',
        value: Number(written) / 100,
        tolerance: halfDigit(written) / 100,
        quote: match[0],
      });
  }
  for (const match of text.matchAll(GRADE))
    found.push({ kind: 'grade', value: match[1] ?? '', tolerance: 0, quote: match[0] });
  for (const [kind, pattern] of [
    ['budget', BUDGET],
    ['spent', SPENT],
  ] as const)
    for (const match of text.matchAll(pattern)) {
      const written = match[1] ?? '';
      const scale = match[2] === '元' ? 1 / 10_000 : 1;
      if (whole(match.index))
        found.push({
          kind,
          value: Number(written) * scale,
          // Never finer than the table's own 2 decimals of 万元.
          tolerance: Math.max(halfDigit(written) * scale, 0.005),
          quote: match[0],
        });
    }
  return found;
}
