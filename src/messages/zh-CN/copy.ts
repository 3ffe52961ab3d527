/** copy: what a checked copy says in its notes, and the names of the cells it fills, in Chinese. */
export const copy = {
  'copy.note-heading': '—— 绩效自评助手 ——',
  'copy.filled': '已填写计算值 {value}（原为 {before}）。',
  'copy.filled-empty': '已填写计算值 {value}（原为空）。',
  'copy.field.rate': '执行率',
  'copy.field.exec-score': '执行率得分',
  'copy.field.total': '总分',
  'copy.field.grade': '等级',
} as const satisfies Readonly<Record<string, string>>;
