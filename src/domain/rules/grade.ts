import { SCORED_KINDS } from '../form';
import { cellText, isBlank } from '../cells';
import { formatNumber } from '../numbers';
import { gradeFor, sameGrade } from '../scoring/grade';
import { formRule } from './types';

/** The stated grade must be the profile's band for 总分 (domain.md §4, §8). */
export const grade = formRule({
  id: 'grade',
  scope: 'form',
  severity: 'warning',
  title: '评价等级与总分不符',
  titleEn: 'Grade does not match the total',
  rationale: '等级按本地分档确定，如全国 90/80/60 分为优、良、中、差。',
  source: 'domain.md §4, §8',
  kinds: SCORED_KINDS,
  messages: ['grade.mismatch'],
  check({ form, analysis, profile, report }) {
    const cell = form.total?.grade;
    if (!cell || isBlank(cell)) return;
    const total = analysis.enteredTotal ?? analysis.total;
    const expected = gradeFor(total, profile.grades);
    const actual = cellText(cell).trim();
    // A province's name for the same band (优秀 for 优) is no mismatch.
    if (total === null || expected === null || sameGrade(actual, expected)) return;
    report({
      cell,
      messageId: 'grade.mismatch',
      data: { actual, expected, total: formatNumber(total) },
      expected,
      actual,
    });
  },
});
