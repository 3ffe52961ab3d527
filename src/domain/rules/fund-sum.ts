import { ref } from '../findings';
import type { FormCell } from '../cells';
import type { ExpenseLine, FundLine } from '../form';
import { formatAmount, near, round } from '../numbers';
import { cellNumber } from '../read';
import { formRule, type FormContext } from './types';

type Context = FormContext<'fund-sum.mismatch' | 'fund-sum.partial-exceeds'>;
type FundColumn = 'initial' | 'budget' | 'spent';
type ExpenseColumn = 'previous' | 'budget' | 'actual';

/** Off by no more than this many 万元 is a rounding slip: a warning, not an error (domain.md §9, S-004). */
const ROUNDING_SLIP = 0.01;

/** One column of a breakdown that does not add up. */
interface Mismatch {
  readonly column: FundColumn | ExpenseColumn;
  readonly totalCell: FormCell;
  readonly total: number;
  readonly sum: number;
}

/** The mismatch of one column, or null when its parts add up (to the total or an accepted alternative). */
function mismatch(
  column: FundColumn | ExpenseColumn,
  totalCell: FormCell,
  total: number,
  parts: readonly (number | null)[],
  alternatives: readonly number[] = [],
): Mismatch | null {
  const present = parts.filter((part): part is number => part !== null);
  if (present.length === 0) return null;
  const sum = round(
    present.reduce((s, v) => s + v, 0),
    6,
  );
  if ([total, ...alternatives].some((t) => near(sum, t, 1e-6))) return null;
  return { column, totalCell, total, sum };
}

/** One finding per breakdown, on the column that matters most; an error if any column is off by more than a slip. */
function reportGroup(context: Context, group: string, mismatches: readonly (Mismatch | null)[]): void {
  const found = mismatches.filter((m): m is Mismatch => m !== null);
  const first = found[0];
  if (!first) return;
  const diff = round(Math.abs(first.sum - first.total), 6);
  const slip = found.every((m) => Math.abs(m.sum - m.total) <= ROUNDING_SLIP + 1e-9);
  context.report({
    cell: first.totalCell,
    messageId: 'fund-sum.mismatch',
    data: {
      group,
      sum: formatAmount(first.sum),
      column: ref(`column.${first.column}`),
      total: formatAmount(first.total),
      diff: formatAmount(diff),
    },
    severity: slip ? 'warning' : 'error',
    expected: first.total,
    actual: first.sum,
  });
}

function checkFunds(context: Context): void {
  const funds = context.form.funds;
  if (!funds) return;
  const { total } = funds;
  for (const breakdown of funds.breakdowns) {
    // 全年预算数 first: it is what 执行率 is worked out from.
    reportGroup(
      context,
      breakdown.label,
      (['budget', 'spent', 'initial'] as const satisfies readonly FundColumn[]).map((column) => {
        const totalCell = total[column];
        const totalValue = cellNumber(totalCell);
        if (!totalCell || totalValue === null) return null;
        return mismatch(
          column,
          totalCell,
          totalValue,
          breakdown.lines.map((line: FundLine) => cellNumber(line[column])),
        );
      }),
    );
    // Single amounts (整体支出: `一般公共预算：2502.06`) break down the annual budget, or its spending.
    const amounts = breakdown.lines.map((line) => cellNumber(line.amount));
    const spent = cellNumber(total.spent);
    // Against 全年预算数 when it holds a number, else against 全年执行数.
    const useBudget = cellNumber(total.budget) !== null;
    const againstCell = useBudget ? total.budget : total.spent;
    const against = cellNumber(againstCell);
    if (againstCell && against !== null)
      reportGroup(context, breakdown.label, [
        mismatch(
          useBudget ? 'budget' : 'spent',
          againstCell,
          against,
          amounts,
          useBudget && spent !== null ? [spent] : [],
        ),
      ]);
  }
}

/** 公用经费 is all 一般商品和服务支出 of 基本支出: its 其中 rows are a partial list, never its whole (domain.md §1.3). */
const PARTIAL_GROUP = /^公用经费/;

function checkExpense(context: Context, line: ExpenseLine): void {
  const children = line.children ?? [];
  if (children.length === 0) return;
  const partial = PARTIAL_GROUP.test(line.label);
  const columns = ['actual', 'budget', 'previous'] as const satisfies readonly ExpenseColumn[];
  const found = columns.map((column) => {
    const totalCell = line[column];
    const totalValue = cellNumber(totalCell);
    if (!totalCell || totalValue === null) return null;
    const parts = children.map((child) => cellNumber(child[column]));
    const found = mismatch(column, totalCell, totalValue, parts);
    // A partial list may fall short of its group; it can never exceed it.
    return found && (!partial || found.sum > found.total + 1e-6) ? found : null;
  });
  if (partial) {
    const first = found.find((m): m is Mismatch => m !== null);
    if (first)
      context.report({
        cell: first.totalCell,
        messageId: 'fund-sum.partial-exceeds',
        data: {
          group: line.label,
          sum: formatAmount(first.sum),
          column: ref(`column.${first.column}`),
          total: formatAmount(first.total),
        },
        expected: first.total,
        actual: first.sum,
      });
  } else reportGroup(context, line.label, found);
  for (const child of children) checkExpense(context, child);
}

/** Every breakdown of 年度资金总额 and every 基础数据表 group total must add up (domain.md §1.2, §1.3). */
export const fundSum = formRule({
  id: 'fund-sum',
  scope: 'form',
  severity: 'error',
  title: '资金构成合计不符',
  titleEn: 'Fund breakdown does not add up',
  rationale: '资金来源、支出性质等分项之和应等于年度资金总额；基础数据表各组合计应等于其明细之和。',
  source: 'domain.md §1.2, §1.3, §7（相差不超过 0.01 为警告）',
  messages: ['fund-sum.mismatch', 'fund-sum.partial-exceeds'],
  check(context) {
    checkFunds(context);
    for (const line of context.form.basic?.expenses ?? []) checkExpense(context, line);
  },
});
