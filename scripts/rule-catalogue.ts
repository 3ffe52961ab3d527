/**
 * The rule catalogue of docs/domain.md §7, made from the rules and their pages: each rule's id and default
 * severity come from src/domain/rules, what it finds and its source from the top of docs/rules/<id>.md. A
 * rule is described in one place; `npm run docs:rules` writes the table, and a test holds it to this.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../src/domain/rules';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

export interface CatalogueRow {
  readonly id: string;
  readonly severity: string;
  readonly finds: string;
  readonly source: string;
}

/** The text after `label：` on the page's header line that starts with `- label`. */
function headerLine(page: string, label: string, id: string): string {
  const line = page.split('\n').find((text) => text.startsWith(`- ${label}`));
  const value = line?.slice(line.indexOf('：') + 1).trim();
  if (!value) throw new Error(`docs/rules/${id}.md has no “- ${label} …：” line at its top.`);
  return value;
}

/** One row per rule, in the order of src/domain/rules/index.ts. */
export function catalogueRows(root: string): CatalogueRow[] {
  return RULES.map((rule) => {
    const page = readFileSync(join(root, 'docs', 'rules', `${rule.id}.md`), 'utf8');
    // The severity line as the page words it, without the reminder that a profile can change it.
    const severity = headerLine(page, '默认严重程度', rule.id)
      .replace(/（可在配置.*$/, '')
      .replace(/`/g, '')
      .trim();
    return {
      id: rule.id,
      severity,
      finds: headerLine(page, '查什么', rule.id),
      source: headerLine(page, '依据', rule.id),
    };
  });
}

/** The table, as markdown. */
export function catalogueTable(rows: readonly CatalogueRow[]): string {
  const lines = rows.map(
    (row) => `| [${row.id}](rules/${row.id}.md) | ${row.severity} | ${row.finds} | ${row.source} |`,
  );
  return ['| id | 默认 | 查什么 | 依据 |', '| --- | --- | --- | --- |', ...lines].join('\n');
}

/** docs/domain.md with its §7 table made again. */
export async function withCatalogue(root: string): Promise<string> {
  const path = join(root, 'docs', 'domain.md');
  const book = readFileSync(path, 'utf8');
  const start = book.indexOf(START);
  const end = book.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/domain.md has no ${START} … ${END} block in §7.`);
  const table = catalogueTable(catalogueRows(root));
  const next = `${book.slice(0, start + START.length)}\n\n${table}\n\n${book.slice(end)}`;
  // Loaded here only: the test that holds the table to this file needs no Prettier.
  const { format } = await import('prettier');
  return format(next, { filepath: path });
}

if (process.argv[1]?.endsWith('rule-catalogue.ts')) {
  const root = join(__dirname, '..');
  void withCatalogue(root).then((book) => {
    writeFileSync(join(root, 'docs', 'domain.md'), book);
    console.log('docs/domain.md §7: the rule catalogue is written from the rules and their pages.');
  });
}
