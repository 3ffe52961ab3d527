import { isBlank, type FormCell } from '../cells';
import { ref } from '../findings';
import { formRule } from './types';

/** What a required cell holds, named as the catalogue's `field.*`. */
type Field =
  | 'unit'
  | 'project'
  | 'department'
  | 'implementer'
  | 'budget'
  | 'spent'
  | 'target'
  | 'result'
  | 'weight'
  | 'score';

/** The cells a form cannot be judged without (domain.md §7). */
export const required = formRule({
  id: 'required',
  scope: 'form',
  severity: 'error',
  title: '必填项未填写',
  titleEn: 'Required cell is empty',
  rationale: '单位名称、资金数额、年度指标值、实际完成值、分值和得分缺一则无法评价。',
  source: 'domain.md §7',
  messages: ['required.missing'],
  check({ form, analysis, report }) {
    // A dash or slash typed in a cell (`-`, `—`, `/`) says "none" on purpose: it is filled in.
    const missing = (cell: FormCell | undefined, field: Field): void => {
      if (cell && isBlank(cell) && (cell.text ?? '').trim() === '')
        report({ cell, messageId: 'required.missing', data: { field: ref(`field.${field}`) } });
    };
    missing(form.name, form.kind === 'project' || form.kind === 'transfer' ? 'project' : 'unit');
    if (form.kind === 'basic') return;
    missing(form.department, 'department');
    missing(form.implementer, 'implementer');
    missing(form.funds?.total.budget, 'budget');
    missing(form.funds?.total.spent, 'spent');
    for (const indicator of analysis.indicators) {
      const { row } = indicator;
      const cells = [row.level3, row.target, row.result, row.weight, row.score];
      // An untouched template row is not a half-filled one.
      if (!indicator.applicable || cells.every((cell) => isBlank(cell))) continue;
      missing(row.target, 'target');
      missing(row.result, 'result');
      missing(row.weight, 'weight');
      missing(row.score, 'score');
    }
  },
});
