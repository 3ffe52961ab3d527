/** copy: what a checked copy says in its notes, and the names of the cells it fills, in Chinese. */
import { area } from './area';

export const copy = area({
  'copy.note-heading': {
    zh: '—— 绩效自评助手 ——',
    en: '—— Performance Self-Evaluation Assistant ——',
  },
  'copy.filled': {
    zh: '已填写计算值 {value}（原为 {before}）。',
    en: 'Computed value {value} filled in (was {before}).',
  },
  'copy.filled-empty': {
    zh: '已填写计算值 {value}（原为空）。',
    en: 'Computed value {value} filled in (was empty).',
  },
  'copy.field.rate': {
    zh: '执行率',
    en: 'Execution rate',
  },
  'copy.field.exec-score': {
    zh: '执行率得分',
    en: 'Execution score',
  },
  'copy.field.total': {
    zh: '总分',
    en: 'Total',
  },
  'copy.field.grade': {
    zh: '等级',
    en: 'Grade',
  },
});
