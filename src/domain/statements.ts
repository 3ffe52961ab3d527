/**
 * What a self-evaluation report says of its own numbers, read from its text (DOMAIN §7, report-consistency):
 * “部门整体绩效自评得分：97.5分”, “资金执行率为100%”, “绩效评价等级为‘优秀’”. Conservative on purpose:
 * a figure about a part (其中、基本支出、项目支出 …) is not taken for the whole.
 */
import { normalizeText } from './values/normalize';

export type StatementKind = 'total' | 'rate' | 'grade';

export interface Statement {
  readonly kind: StatementKind;
  /** 总分 in points, 执行率 as a fraction, or the grade's word. */
  readonly value: number | string;
  /** The words that state it, as the report writes them (for the message). */
  readonly quote: string;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const TOTAL = new RegExp(
  String.raw`(?:自评得分|自评总分|综合得分|最终得分|总得分)[^。；;，,\d]{0,8}?[“"']?${NUMBER}[”"']?\s*分`,
  'g',
);
const RATE = new RegExp(String.raw`(?:预算|资金)执行率[^。；;，,\d%]{0,6}?${NUMBER}\s*%`, 'g');
const GRADE = /(?:评价|自评|绩效)等级[^。；;，,]{0,6}?[“"']?(优秀|良好|不合格|合格|优|良|中|差)[”"']?/g;
/** A clause about a part of the budget, whose figures are not the whole form's. */
const PART = /其中|基本支出|项目支出|人员经费|公用经费|政府采购|专项|指标/;

/** The sentence a match stands in, up to the match: from the last full stop or semicolon before it. */
function sentenceBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(...['。', '；', ';'].map((mark) => before.lastIndexOf(mark))) + 1;
  return text.slice(start, index);
}

export function statementsOf(source: string): Statement[] {
  const text = normalizeText(source).replace(/(\d),(?=\d{3})/g, '$1');
  const found: Statement[] = [];
  for (const match of text.matchAll(TOTAL))
    found.push({ kind: 'total', value: Number(match[1]), quote: match[0] });
  for (const match of text.matchAll(RATE))
    if (!PART.test(sentenceBefore(text, match.index)))
      found.push({ kind: 'rate', value: Number(match[1]) / 100, quote: match[0] });
  for (const match of text.matchAll(GRADE))
    found.push({ kind: 'grade', value: match[1] ?? '', quote: match[0] });
  return found;
}
