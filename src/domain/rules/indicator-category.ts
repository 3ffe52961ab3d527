import { level1Category } from '../categories';
import { cellText, isBlank } from '../cells';
import type { FormRule } from './types';

/** Each 二级 must sit under its own 一级, and both must be standard (DOMAIN §1.1, §3). */
export const indicatorCategory: FormRule = {
  id: 'indicator-category',
  scope: 'form',
  severity: 'warning',
  title: '指标层级归属有误',
  titleEn: 'Indicator filed under the wrong level',
  rationale: '二级指标须归入其所属一级指标（如成本指标属产出指标），并使用标准名称。',
  source: 'DOMAIN §1.1, §3；财预〔2020〕10号附件',
  kinds: ['project', 'overall'],
  check({ analysis, report }) {
    for (const indicator of analysis.indicators) {
      const { row } = indicator;
      if (row.level1 && !isBlank(row.level1) && level1Category(cellText(row.level1)) === null) {
        report({
          cell: row.level1,
          messageId: 'indicator-category.unknown-level1',
          data: { level1: cellText(row.level1).trim() },
        });
      }
      if (!row.level2 || isBlank(row.level2)) continue;
      const level2 = cellText(row.level2).replace(/\s+/g, '');
      if (!indicator.level2) {
        report({ cell: row.level2, messageId: 'indicator-category.unknown-level2', data: { level2 } });
      } else if (indicator.category && indicator.level2.category !== indicator.category) {
        report({
          cell: row.level2,
          messageId: 'indicator-category.wrong-level',
          data: {
            level2,
            expected: `@level.${indicator.level2.category}`,
            actual: `@level.${indicator.category}`,
          },
        });
      }
    }
  },
};
