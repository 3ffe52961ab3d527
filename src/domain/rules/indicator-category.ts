import { ref } from '../findings';
import { SCORED_KINDS } from '../form';
import { isCostLevel1, level1Category } from '../categories';
import { cellText, isBlank } from '../cells';
import { formRule } from './types';

/** Each 二级 must sit under its own 一级, and both must be standard (domain.md §1.1, §3). */
export const indicatorCategory = formRule({
  id: 'indicator-category',
  scope: 'form',
  severity: 'warning',
  title: '指标层级归属有误',
  titleEn: 'Indicator filed under the wrong level',
  rationale: '二级指标须归入其所属一级指标（如成本指标属产出指标），并使用标准名称。',
  source: 'domain.md §1.1, §3；财预〔2020〕10号附件',
  kinds: SCORED_KINDS,
  messages: [
    'indicator-category.wrong-level',
    'indicator-category.unknown-level2',
    'indicator-category.unknown-level1',
  ],
  check({ form, analysis, report }) {
    // A scored rubric has a framework of its own (投入/过程/产出/效益, 预算编制 …), not the national table's.
    if (form.rubric) return;
    // A label stands over all the rows of its group: each label cell is judged once.
    const seen = new Set<string>();
    const once = (cell: { row: number; col: number }, why: string): boolean => {
      const key = `${why}:${String(cell.row)},${String(cell.col)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const indicator of analysis.indicators) {
      const { row } = indicator;
      if (
        row.level1 &&
        !isBlank(row.level1) &&
        level1Category(cellText(row.level1)) === null &&
        !isCostLevel1(cellText(row.level1)) &&
        once(row.level1, 'level1')
      ) {
        report({
          cell: row.level1,
          messageId: 'indicator-category.unknown-level1',
          data: { level1: cellText(row.level1).trim() },
        });
      }
      if (!row.level2 || isBlank(row.level2) || !once(row.level2, 'level2')) continue;
      const level2 = cellText(row.level2).replace(/\s+/g, '');
      if (!indicator.level2) {
        report({ cell: row.level2, messageId: 'indicator-category.unknown-level2', data: { level2 } });
      } else if (indicator.category && indicator.level2.category !== indicator.category) {
        report({
          cell: row.level2,
          messageId: 'indicator-category.wrong-level',
          data: {
            level2,
            expected: ref(`level.${indicator.level2.category}`),
            actual: ref(`level.${indicator.category}`),
          },
        });
      }
    }
  },
});
