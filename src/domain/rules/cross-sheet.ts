import type { FormCell } from '../cells';
import type { Form } from '../form';
import { formatAmount, near } from '../numbers';
import { cellNumber } from '../read';
import { labelKey } from '../text';
import { workbookRule } from './types';

/** Figures that several forms state, by their label key. */
const SHARED_FIGURES = ['项目支出', '基本支出'];

interface Figure {
  readonly sheet: string;
  readonly cell: FormCell;
  readonly value: number;
}

function figureKey(label: string): string | null {
  const key = labelKey(label)
    .replace(/^(其中|[0-9]+[、.]|[一二三四五六七八九十]+[、.])[:：]?/, '')
    .replace(/[:：].*$/, '');
  return SHARED_FIGURES.find((name) => key === name) ?? null;
}

/** 基础数据表 states spending as 本年决算数; 整体支出 as a breakdown amount. */
function figuresOf(form: Form): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  const add = (label: string, cell: FormCell | undefined): void => {
    const key = figureKey(label);
    const value = cellNumber(cell);
    if (key && cell && value !== null && !figures.has(key))
      figures.set(key, { sheet: form.sheet, cell, value });
  };
  for (const line of form.basic?.expenses ?? []) add(line.label, line.actual);
  for (const breakdown of form.funds?.breakdowns ?? [])
    for (const line of breakdown.lines) add(line.label, line.amount ?? line.spent);
  return figures;
}

/** The same figure must not differ between forms (domain.md §7: 附件1 项目支出 vs 附件2 项目支出). */
export const crossSheet = workbookRule({
  id: 'cross-sheet',
  scope: 'workbook',
  severity: 'error',
  title: '表间数据不一致',
  titleEn: 'Figures differ between forms',
  rationale: '同一数据（如项目支出、基本支出）在基础数据表与整体支出自评表中应一致。',
  source: 'domain.md §7',
  messages: ['cross-sheet.mismatch'],
  check({ forms, report }) {
    const seen = new Map<string, Figure>();
    for (const { form } of forms) {
      for (const [key, figure] of figuresOf(form)) {
        const first = seen.get(key);
        if (!first) {
          seen.set(key, figure);
          continue;
        }
        if (first.sheet === figure.sheet || near(first.value, figure.value, 0.005)) continue;
        report({
          sheet: figure.sheet,
          cell: figure.cell,
          messageId: 'cross-sheet.mismatch',
          data: {
            label: key,
            sheet: figure.sheet,
            actual: formatAmount(figure.value),
            otherSheet: first.sheet,
            expected: formatAmount(first.value),
          },
          expected: first.value,
          actual: figure.value,
        });
      }
    }
  },
});
