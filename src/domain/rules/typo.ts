import { cellText, type FormCell } from '../cells';
import type { ExpenseLine } from '../form';
import { formRule } from './types';

/** Misspellings seen in real forms (domain.md §7, S-004 `安全成产`); wrong → right. */
const KNOWN_TYPOS: readonly (readonly [string, string])[] = [
  ['安全成产', '安全生产'],
  ['满意渡', '满意度'],
  ['绩效指表', '绩效指标'],
  ['年度指标直', '年度指标值'],
  ['服物对象', '服务对象'],
  ['执形率', '执行率'],
  ['预算执形', '预算执行'],
  ['资金到为率', '资金到位率'],
  ['按期办节率', '按期办结率'],
];

/** Every known misspelling in one pattern: one scan of each text instead of one per misspelling. */
const ANY_TYPO = new RegExp(KNOWN_TYPOS.map(([wrong]) => wrong).join('|'));

/** Known misspellings in labels and values: informational (domain.md §7). */
export const typo = formRule({
  id: 'typo',
  scope: 'form',
  severity: 'info',
  title: '疑似错别字',
  titleEn: 'Probable misspelling',
  rationale: '报表公开前应更正常见错别字（如“安全成产”应为“安全生产”）。',
  source: 'domain.md §7, §9（S-004）',
  messages: ['typo.known'],
  check({ form, report }) {
    const cells: (FormCell | undefined)[] = [form.name, form.goals?.expected, form.goals?.actual];
    for (const row of form.indicators)
      cells.push(row.level1, row.level2, row.level3, row.target, row.result, row.cause);
    const walk = (lines: readonly ExpenseLine[]): void => {
      for (const line of lines) {
        cells.push(line.labelCell);
        walk(line.children ?? []);
      }
    };
    cells.push(form.basic?.measures);
    walk(form.basic?.expenses ?? []);
    for (const cell of cells) {
      if (!cell || typeof cell.value !== 'string') continue;
      const text = cellText(cell);
      // The one pattern only finds out whether there is any: matches of it cannot overlap, misspellings can.
      if (!ANY_TYPO.test(text)) continue;
      for (const [wrong, right] of KNOWN_TYPOS)
        if (text.includes(wrong)) report({ cell, messageId: 'typo.known', data: { wrong, right } });
    }
  },
});
