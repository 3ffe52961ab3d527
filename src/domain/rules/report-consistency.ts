import type { FormAnalysis } from '../analysis';
import type { CellPosition } from '../cells';
import { cellText } from '../cells';
import type { Form, FundLine } from '../form';
import { formatAmount, formatNumber, formatPercent } from '../numbers';
import { cellNumber } from '../read';
import { gradeKey } from '../scoring/grade';
import { statementsOf, type Statement } from '../statements';
import { workbookRule } from './types';

const MESSAGES = {
  total: 'report-consistency.total',
  rate: 'report-consistency.rate',
  grade: 'report-consistency.grade',
  budget: 'report-consistency.budget',
  spent: 'report-consistency.spent',
} as const;

interface Scored {
  readonly form: Form;
  readonly analysis: FormAnalysis;
}

/** Every amount of a form's fund block, the total's and its breakdowns'. */
function amounts(form: Form): number[] {
  const funds = form.funds;
  if (!funds) return [];
  const lines: FundLine[] = [funds.total, ...funds.breakdowns.flatMap((b) => b.lines)];
  return lines
    .flatMap((line) => [line.initial, line.budget, line.spent, line.amount])
    .map(cellNumber)
    .filter((n): n is number => n !== null);
}

/** Whether the table shows this figure anywhere: computed or stated, on any of the scored forms. */
function shown(statement: Statement, scored: readonly Scored[]): boolean {
  const near = (figure: number | null): boolean =>
    figure !== null && Math.abs(figure - Number(statement.value)) <= statement.tolerance + 1e-9;
  return scored.some(({ form, analysis }) => {
    switch (statement.kind) {
      case 'total':
        return [analysis.total, analysis.enteredTotal].some(near);
      case 'rate':
        return [analysis.execution.rate, analysis.execution.enteredRate].some(near);
      case 'budget':
      case 'spent':
        // Any amount of the block will do (年初 or 全年, a breakdown), in 万元 or in a table kept in 元.
        return amounts(form).some((amount) => near(amount) || near(amount / 10_000));
      case 'grade':
        return [analysis.grade, cellText(form.total?.grade)].some(
          (grade) => grade && gradeKey(grade) === gradeKey(String(statement.value)),
        );
    }
  });
}

/** The figure the table gives, for the message (none: nothing to hold the statement to), and its cell. */
function tableFigure(
  statement: Statement,
  { form, analysis }: Scored,
): { figure: string | null; cell: CellPosition | null } {
  switch (statement.kind) {
    case 'total': {
      const total = analysis.total ?? analysis.enteredTotal;
      return { figure: total === null ? null : formatNumber(total), cell: form.total?.score ?? null };
    }
    case 'rate':
      return {
        figure: analysis.execution.rate === null ? null : formatPercent(analysis.execution.rate),
        cell: form.funds?.total.rate ?? form.funds?.total.spent ?? null,
      };
    case 'grade':
      return {
        figure: analysis.grade ?? (cellText(form.total?.grade).trim() || null),
        cell: form.total?.grade ?? form.total?.score ?? null,
      };
    case 'budget':
    case 'spent': {
      const figure = analysis.execution[statement.kind];
      return {
        figure: figure === null ? null : formatAmount(figure),
        cell: form.funds?.total[statement.kind] ?? null,
      };
    }
  }
}

/** What a Word report says of its score, rate, grade and amounts agrees with its table (domain.md §7). */
export const reportConsistency = workbookRule({
  id: 'report-consistency',
  scope: 'workbook',
  severity: 'warning',
  title: '报告正文与自评表不一致',
  titleEn: 'Report text differs from its table',
  rationale:
    '自评报告正文写的自评得分、执行率、评价等级和预算数、执行数应与所附自评表一致，否则至少有一处填错。',
  source: 'domain.md §自评报告',
  messages: Object.values(MESSAGES),
  check({ forms, profile, document, report }) {
    if (!document) return;
    const scored = forms.filter(({ form }) => form.kind !== 'basic');
    // The whole unit's form speaks for the report when there is one; else the first scored form.
    const main = scored.find(({ form }) => form.kind === 'overall') ?? scored[0];
    if (!main) return;
    const grades = new Set(profile.grades.map((g) => gradeKey(g.label)));
    const seen = new Set<string>();
    for (const statement of statementsOf(document)) {
      if (statement.kind === 'grade' && !grades.has(gradeKey(String(statement.value)))) continue;
      if (shown(statement, scored) || seen.has(statement.quote)) continue;
      seen.add(statement.quote);
      const { figure, cell } = tableFigure(statement, main);
      if (figure === null) continue;
      report({
        cell,
        sheet: main.form.sheet,
        messageId: MESSAGES[statement.kind],
        data: { quote: statement.quote, figure },
      });
    }
  },
});
