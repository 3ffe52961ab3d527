import type { FormCell } from '../cells';
import type { ExpenseLine, FundLine } from '../form';
import { formatAmount, near, round } from '../numbers';
import { cellNumber } from '../read';
import type { FormContext, FormRule } from './types';

type FundColumn = 'initial' | 'budget' | 'spent';
type ExpenseColumn = 'previous' | 'budget' | 'actual';

/** Off by no more than this many 万元 is a rounding slip: a warning, not an error (DOMAIN §9, S-004). */
const ROUNDING_SLIP = 0.01;

function compare(
  context: FormContext,
  group: string,
  column: string,
  totalCell: FormCell,
  total: number,
  parts: readonly (number | null)[],
  alternatives: readonly number[] = [],
): void {
  const present = parts.filter((part): part is number => part !== null);
  if (present.length === 0) return;
  const sum = round(
    present.reduce((s, v) => s + v, 0),
    6,
  );
  if ([total, ...alternatives].some((t) => near(sum, t, 1e-6))) return;
  const diff = round(Math.abs(sum - total), 6);
  context.report({
    cell: totalCell,
    messageId: 'fund-sum.mismatch',
    data: {
      group,
      sum: formatAmount(sum),
      column: `@column.${column}`,
      total: formatAmount(total),
      diff: formatAmount(diff),
    },
    severity: diff <= ROUNDING_SLIP + 1e-9 ? 'warning' : 'error',
    expected: total,
    actual: sum,
  });
}

function checkFunds(context: FormContext): void {
  const funds = context.form.funds;
  if (!funds) return;
  const { total } = funds;
  for (const breakdown of funds.breakdowns) {
    for (const column of ['initial', 'budget', 'spent'] as const satisfies readonly FundColumn[]) {
      const totalCell = total[column];
      const totalValue = cellNumber(totalCell);
      if (!totalCell || totalValue === null) continue;
      compare(
        context,
        breakdown.label,
        column,
        totalCell,
        totalValue,
        breakdown.lines.map((line: FundLine) => cellNumber(line[column])),
      );
    }
    // Single amounts (整体支出: `一般公共预算：2502.06`) break down the annual budget, or its spending.
    const amounts = breakdown.lines.map((line) => cellNumber(line.amount));
    const spent = cellNumber(total.spent);
    // Against 全年预算数 when it holds a number, else against 全年执行数.
    const useBudget = cellNumber(total.budget) !== null;
    const againstCell = useBudget ? total.budget : total.spent;
    const against = cellNumber(againstCell);
    if (againstCell && against !== null)
      compare(
        context,
        breakdown.label,
        useBudget ? 'budget' : 'spent',
        againstCell,
        against,
        amounts,
        useBudget && spent !== null ? [spent] : [],
      );
  }
}

function checkExpense(context: FormContext, line: ExpenseLine): void {
  const children = line.children ?? [];
  if (children.length === 0) return;
  for (const column of ['previous', 'budget', 'actual'] as const satisfies readonly ExpenseColumn[]) {
    const totalCell = line[column];
    const totalValue = cellNumber(totalCell);
    if (!totalCell || totalValue === null) continue;
    compare(
      context,
      line.label,
      column,
      totalCell,
      totalValue,
      children.map((child) => cellNumber(child[column])),
    );
  }
  for (const child of children) checkExpense(context, child);
}

/** Every breakdown of 年度资金总额 and every 基础数据表 group total must add up (DOMAIN §1.2, §1.3). */
export const fundSum: FormRule = {
  id: 'fund-sum',
  scope: 'form',
  severity: 'error',
  title: '资金构成合计不符',
  titleEn: 'Fund breakdown does not add up',
  rationale: '资金来源、支出性质等分项之和应等于年度资金总额；基础数据表各组合计应等于其明细之和。',
  source: 'DOMAIN §1.2, §1.3, §7（相差不超过 0.01 为警告）',
  check(context) {
    checkFunds(context);
    for (const line of context.form.basic?.expenses ?? []) checkExpense(context, line);
  },
};
