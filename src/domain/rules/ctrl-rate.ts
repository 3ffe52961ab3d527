import { cellText, isBlank, type FormCell } from '../cells';
import type { ControlRate, ExpenseLine } from '../form';
import { formatNumber, formatPercent, round } from '../numbers';
import { cellNumber, cellRate, shownPercentDecimals } from '../read';
import { formRule, type FormContext } from './types';

type Context = FormContext<'ctrl-rate.mismatch'>;

function checkRate(
  { report }: Context,
  label: string,
  rateCell: FormCell | undefined,
  actual: number | null,
  approved: number | null,
): void {
  if (!rateCell || isBlank(rateCell) || actual === null || approved === null || approved <= 0) return;
  const stated = cellRate(rateCell);
  if (stated === null) return;
  const expected = actual / approved;
  const decimals = shownPercentDecimals(rateCell);
  if (round(stated * 100, decimals) === round(expected * 100, decimals)) return;
  report({
    cell: rateCell,
    messageId: 'ctrl-rate.mismatch',
    data: {
      label,
      actual: formatPercent(stated),
      numerator: formatNumber(actual),
      denominator: formatNumber(approved),
      expected: formatPercent(expected),
    },
    expected: round(expected, 6),
    actual: stated,
  });
}

function checkControl(context: Context, control: ControlRate): void {
  checkRate(context, control.label, control.rate, cellNumber(control.actual), cellNumber(control.approved));
}

function checkExpense(context: Context, line: ExpenseLine): void {
  checkRate(
    context,
    line.label || cellText(line.labelCell),
    line.rate,
    cellNumber(line.actual),
    cellNumber(line.budget),
  );
  for (const child of line.children ?? []) checkExpense(context, child);
}

/** Every 控制率 = actual ÷ approved (domain.md §1.3; S-000 writes 100 % for 3.09 ÷ 15.9). */
export const ctrlRate = formRule({
  id: 'ctrl-rate',
  scope: 'form',
  severity: 'error',
  title: '控制率计算有误',
  titleEn: 'Control rate is wrong',
  rationale:
    '人员控制率 = 在职 ÷ 编制，规模控制率 = 实际 ÷ 批复，投资控制率 = 实际 ÷ 预算，经费控制率 = 决算 ÷ 预算。',
  source: 'domain.md §1.3, §9（S-000）；财预〔2013〕53号',
  kinds: ['basic'],
  messages: ['ctrl-rate.mismatch'],
  check(context) {
    const basic = context.form.basic;
    if (!basic) return;
    if (basic.staffing) checkControl(context, basic.staffing);
    for (const building of basic.buildings) checkControl(context, building);
    for (const line of basic.expenses) checkExpense(context, line);
  },
});
