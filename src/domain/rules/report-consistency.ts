import type { FormAnalysis } from '../analysis';
import type { CellPosition } from '../cells';
import { cellText } from '../cells';
import type { Form } from '../form';
import { formatNumber, formatPercent } from '../numbers';
import { statementsOf, type Statement } from '../statements';
import type { WorkbookRule } from './types';

const MESSAGES = {
  total: 'report-consistency.total',
  rate: 'report-consistency.rate',
  grade: 'report-consistency.grade',
} as const;

/** A grade as compared: 优秀 and 优 alike, as provinces name the same bands. */
const gradeKey = (grade: string): string => grade.replace(/^(优|良)(秀|好)$/, '$1').trim();

interface Scored {
  readonly form: Form;
  readonly analysis: FormAnalysis;
}

/** Whether the table shows this figure anywhere: computed or stated, on any of the scored forms. */
function shown(statement: Statement, scored: readonly Scored[]): boolean {
  return scored.some(({ form, analysis }) => {
    switch (statement.kind) {
      case 'total':
        return [analysis.total, analysis.enteredTotal].some(
          (total) => total !== null && Math.abs(total - Number(statement.value)) < 0.005,
        );
      case 'rate':
        return [analysis.execution.rate, analysis.execution.enteredRate].some(
          (rate) => rate !== null && Math.abs(rate - Number(statement.value)) < 0.005,
        );
      case 'grade':
        return [analysis.grade, cellText(form.total?.grade)].some(
          (grade) => grade && gradeKey(grade) === gradeKey(String(statement.value)),
        );
    }
  });
}

/** The figure the table states, for the message, and the cell it stands in. */
function tableFigure(
  statement: Statement,
  { form, analysis }: Scored,
): { figure: string; cell: CellPosition | null } {
  switch (statement.kind) {
    case 'total':
      return {
        figure: analysis.total === null ? '—' : `${formatNumber(analysis.total)} 分`,
        cell: form.total?.score ?? null,
      };
    case 'rate':
      return {
        figure: analysis.execution.rate === null ? '—' : formatPercent(analysis.execution.rate),
        cell: form.funds?.total.rate ?? form.funds?.total.spent ?? null,
      };
    case 'grade':
      return { figure: analysis.grade ?? '—', cell: form.total?.grade ?? form.total?.score ?? null };
  }
}

/** What a Word report says of its score, rate and grade agrees with its table (DOMAIN §7). */
export const reportConsistency: WorkbookRule = {
  id: 'report-consistency',
  scope: 'workbook',
  severity: 'warning',
  title: '报告正文与自评表不一致',
  titleEn: 'Report text differs from its table',
  rationale: '自评报告正文写的自评得分、执行率和评价等级应与所附自评表一致，否则至少有一处填错。',
  source: 'domain.md §自评报告',
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
      report({
        cell,
        sheet: main.form.sheet,
        messageId: MESSAGES[statement.kind],
        data: { quote: statement.quote, figure },
      });
    }
  },
};
