import type { UnreadPart } from '../form';
import { formRule } from './types';

/** The message of each part that can go unread. */
const MESSAGES = {
  'fund-block': 'unread.fund-block',
  'fund-amounts': 'unread.fund-amounts',
  'indicator-table': 'unread.indicator-table',
  'target-column': 'unread.target-column',
  'result-column': 'unread.result-column',
  'weight-column': 'unread.weight-column',
  'score-column': 'unread.score-column',
  'cause-column': 'unread.cause-column',
} as const satisfies Readonly<Record<UnreadPart, `unread.${UnreadPart}`>>;

/**
 * What recognition could not find is said once per form, never skipped in silence: a missing column or block
 * means the checks that need it did not run.
 */
export const unread = formRule({
  id: 'unread',
  scope: 'form',
  severity: 'info',
  title: '未能读取的部分',
  titleEn: 'Part of the form not read',
  rationale: '找不到的列或区块要说明：依赖它们的检查没有进行，不能当作“没有问题”。',
  source: 'domain.md §识别',
  messages: Object.values(MESSAGES),
  check({ form, report }) {
    for (const { part, cell } of form.unread ?? []) report({ cell, messageId: MESSAGES[part] });
  },
});
