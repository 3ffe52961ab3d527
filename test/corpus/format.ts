/**
 * The corpus file format (README.md beside this file): reading a table's JSON, checking its shape, and
 * turning its merge markers into merged areas. A malformed file is refused with every problem listed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RULES } from '../../src/domain/rules';
import type { Merge } from '../../src/sheet/grid';

export const MERGED_ABOVE = '↑';
export const MERGED_LEFT = '←';

export type CorpusKind = 'project' | 'overall' | 'basic' | 'transfer' | 'rubric';

export interface Expectation {
  readonly rule: string;
  readonly row: number;
  readonly why: string;
}

export interface Figures {
  readonly rate?: number;
  readonly execScore?: number;
  readonly total?: number;
  readonly grade?: string;
}

export interface CorpusTable {
  readonly id: string;
  readonly file: string;
  readonly source: {
    readonly url: string;
    readonly issuer: string;
    readonly province: string;
    readonly year: number;
    readonly title: string;
    readonly table?: string;
  };
  readonly kind: CorpusKind;
  readonly profile?: string;
  readonly truncated: false | string;
  readonly transcription: string;
  readonly rows: readonly (readonly string[])[];
  readonly expect: {
    readonly findings: readonly Expectation[];
    readonly allowed: readonly Expectation[];
    readonly quiet: readonly { readonly row: number; readonly why: string }[];
    readonly figures: Figures;
  };
}

const KINDS: readonly CorpusKind[] = ['project', 'overall', 'basic', 'transfer', 'rubric'];
const RULE_IDS = new Set(RULES.map((rule) => rule.id));

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The merged areas the markers describe, or the problems that keep them from being rectangles. */
export function mergesOf(rows: readonly (readonly string[])[]): { merges: Merge[]; problems: string[] } {
  const problems: string[] = [];
  // owner[r][c]: index of the merged area covering the cell, or -1.
  const owner: number[][] = rows.map((row) => row.map(() => -1));
  const areas: { top: number; left: number; bottom: number; right: number }[] = [];
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text !== MERGED_ABOVE && text !== MERGED_LEFT) return;
      const from = text === MERGED_ABOVE ? { r: r - 1, c } : { r, c: c - 1 };
      if (from.r < 0 || from.c < 0) {
        problems.push(`row ${String(r + 1)} cell ${String(c + 1)}: ${text} points outside the table`);
        return;
      }
      let area = owner[from.r]?.[from.c] ?? -1;
      if (area < 0) {
        area = areas.push({ top: from.r, left: from.c, bottom: from.r, right: from.c }) - 1;
        (owner[from.r] as number[])[from.c] = area;
      }
      const a = areas[area] as { top: number; left: number; bottom: number; right: number };
      a.bottom = Math.max(a.bottom, r);
      a.right = Math.max(a.right, c);
      (owner[r] as number[])[c] = area;
    }),
  );
  areas.forEach((a, index) => {
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++)
        if (owner[r]?.[c] !== index)
          problems.push(
            `merged area from row ${String(a.top + 1)} cell ${String(a.left + 1)} is not a rectangle (row ${String(r + 1)} cell ${String(c + 1)})`,
          );
  });
  return { merges: areas, problems };
}

function expectations(value: unknown, where: string, problems: string[], rowCount: number): Expectation[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`${where} must be a list`);
    return [];
  }
  return value.flatMap((item, i) => {
    if (!isObject(item) || typeof item.rule !== 'string' || typeof item.row !== 'number') {
      problems.push(`${where}[${String(i)}] needs rule, row and why`);
      return [];
    }
    if (!RULE_IDS.has(item.rule)) problems.push(`${where}[${String(i)}]: unknown rule ${item.rule}`);
    if (item.row < 1 || item.row > rowCount || !Number.isInteger(item.row))
      problems.push(`${where}[${String(i)}]: row ${String(item.row)} is outside the table`);
    if (typeof item.why !== 'string' || item.why.trim() === '')
      problems.push(`${where}[${String(i)}]: say why`);
    return [{ rule: item.rule, row: item.row, why: typeof item.why === 'string' ? item.why : '' }];
  });
}

/** Reads and checks one corpus file; throws with every problem found. */
export function readTable(file: string): CorpusTable {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(data)) throw new Error(`${file}: not an object`);
  const source = isObject(data.source) ? data.source : {};
  for (const key of ['url', 'issuer', 'province', 'title'])
    if (typeof source[key] !== 'string' || String(source[key]).trim() === '')
      problems.push(`source.${key} is required`);
  if (typeof source.url === 'string' && !/^https?:\/\//.test(source.url))
    problems.push('source.url must be an http(s) address');
  if (typeof source.year !== 'number' || source.year < 2019 || source.year > 2025)
    problems.push('source.year must be a budget year 2019–2025');
  if (!KINDS.includes(data.kind as CorpusKind)) problems.push(`kind must be one of ${KINDS.join(', ')}`);
  if (data.truncated !== false && (typeof data.truncated !== 'string' || data.truncated.trim() === ''))
    problems.push('truncated must be false or a sentence saying where the copy is cut');
  if (typeof data.transcription !== 'string') problems.push('transcription notes are required');
  const rows = Array.isArray(data.rows) ? data.rows : [];
  if (rows.length < 3) problems.push('rows: a table has at least three rows');
  const width = Array.isArray(rows[0]) ? rows[0].length : 0;
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.some((cell) => typeof cell !== 'string'))
      problems.push(`row ${String(r + 1)} must be a list of strings`);
    else if (row.length !== width)
      problems.push(`row ${String(r + 1)} has ${String(row.length)} cells, row 1 has ${String(width)}`);
  });
  const textRows = rows.filter((row): row is string[] => Array.isArray(row));
  if (problems.length === 0) problems.push(...mergesOf(textRows).problems);
  const expect = isObject(data.expect) ? data.expect : {};
  const findings = expectations(expect.findings, 'expect.findings', problems, rows.length);
  const allowed = expectations(expect.allowed, 'expect.allowed', problems, rows.length);
  const quietRaw = Array.isArray(expect.quiet) ? expect.quiet : [];
  const quiet = quietRaw.flatMap((item, i) => {
    if (!isObject(item) || typeof item.row !== 'number' || item.row < 1 || item.row > rows.length) {
      problems.push(`expect.quiet[${String(i)}] needs a row inside the table and why`);
      return [];
    }
    return [{ row: item.row, why: typeof item.why === 'string' ? item.why : '' }];
  });
  for (const q of quiet)
    if (findings.some((f) => f.row === q.row))
      problems.push(`row ${String(q.row)} is both quiet and expected to have a finding`);
  const figures = isObject(expect.figures) ? (expect.figures as Figures) : {};
  for (const key of ['rate', 'execScore', 'total'] as const)
    if (figures[key] !== undefined && typeof figures[key] !== 'number')
      problems.push(`expect.figures.${key} must be a number`);
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return {
    id: basename(file, '.json'),
    file,
    source: source as unknown as CorpusTable['source'],
    kind: data.kind as CorpusKind,
    ...(typeof data.profile === 'string' ? { profile: data.profile } : {}),
    truncated: data.truncated as false | string,
    transcription: data.transcription as string,
    rows: textRows,
    expect: { findings, allowed, quiet, figures },
  };
}

export const FORMS_DIR = join(__dirname, 'forms');

/** Every table of the corpus, in file-name order. */
export function readCorpus(dir = FORMS_DIR): CorpusTable[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readTable(join(dir, name)));
}
