import type { GradeBand } from '../profiles/types';

/** The grade a 总分 earns under the bands (highest first); null for no score. */
export function gradeFor(total: number | null, bands: readonly GradeBand[]): string | null {
  if (total === null) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  for (const band of sorted) if (total >= band.min - 1e-9) return band.label;
  return sorted.at(-1)?.label ?? null;
}

/** Names of the same band across provinces: 优 and 优秀, 良 and 良好, 中 and 中等 and 一般, 差 and 较差. */
const SAME_BAND: readonly (readonly string[])[] = [
  ['优', '优秀'],
  ['良', '良好'],
  ['中', '中等', '一般'],
  ['差', '较差'],
];

/** A grade as compared: spaces and a trailing 等/等级/级 dropped, then the band's first name. */
export function gradeKey(grade: string): string {
  const bare = grade.replace(/\s+/g, '').replace(/(等级|等|级)$/, '');
  return SAME_BAND.find((names) => names.includes(bare))?.[0] ?? bare;
}

/** Whether two grades name the same band (优秀 is 优 under bands that say 优). */
export const sameGrade = (a: string, b: string): boolean => gradeKey(a) === gradeKey(b);

/** Whether a text is a grade word of any province's bands (优, 良好, 一般等级 …), not a note (`已核`). */
export function isGradeWord(text: string): boolean {
  const key = gradeKey(text);
  return SAME_BAND.some((names) => names[0] === key);
}
