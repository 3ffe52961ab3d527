import type { copy as zh } from '../zh-CN/copy';

/** copy, key for key with zh-CN. */
export const copy: Readonly<Record<keyof typeof zh, string>> = {
  'copy.note-heading': '—— Performance Self-Evaluation Assistant ——',
  'copy.filled': 'Computed value {value} filled in (was {before}).',
  'copy.filled-empty': 'Computed value {value} filled in (was empty).',
  'copy.field.rate': 'Execution rate',
  'copy.field.exec-score': 'Execution score',
  'copy.field.total': 'Total',
  'copy.field.grade': 'Grade',
};
