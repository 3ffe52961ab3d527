/**
 * docs/domain.md is the rule book the code, the docs and the tests cite. Every section they cite after its
 * name must be a heading of it — a numbered one (`§2`, `§1.3`) or a named one (`§识别`) — every link into it must
 * land on a heading, its catalogue (§7) must be the rule index, and no file may still cite the rule book the
 * project started from (kept outside the repository) or its example reports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogueRows, catalogueTable, END, START } from '../../scripts/rule-catalogue';
import { RULES } from '../../src/domain/rules';

const ROOT = join(__dirname, '..', '..');
const BOOK = join(ROOT, 'docs', 'domain.md');

/** Folders that are generated or installed, never written by hand. */
const SKIPPED = new Set(['node_modules', 'dist', 'build', 'coverage', 'test-artifacts', 'results', '.git']);

/** A text file of the repository: its path relative to the root (forward slashes) and its lines. */
interface TextFile {
  readonly path: string;
  readonly lines: readonly string[];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
  });
}

/** The text files under the given folders of the root, and the root's own Markdown files. */
function textFiles(folders: readonly string[], rootMarkdown: boolean): TextFile[] {
  const rootFiles = rootMarkdown
    ? readdirSync(ROOT, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
        .map((entry) => join(ROOT, entry.name))
    : [];
  return [...rootFiles, ...folders.flatMap((folder) => walk(join(ROOT, folder)))].flatMap((path) => {
    const buffer = readFileSync(path);
    // Binary files (a NUL in their first bytes) hold no references.
    if (buffer.subarray(0, 8000).includes(0)) return [];
    return [{ path: relative(ROOT, path).split('\\').join('/'), lines: buffer.toString('utf8').split('\n') }];
  });
}

// ---------------------------------------------------------------------------------------------------------
// The book's headings

interface Heading {
  readonly text: string;
  /** `2`, `1.3` for a numbered heading, else null. */
  readonly number: string | null;
  /** The id GitHub gives the heading, for links (`#13-整体支出…`). */
  readonly anchor: string;
}

/** GitHub's heading id: lower case, punctuation and symbols dropped, spaces as hyphens. */
function slug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

function headingsOf(markdown: string): Heading[] {
  const headings: Heading[] = [];
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    const text = match?.[1];
    if (text === undefined) continue;
    const base = slug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    headings.push({
      text,
      number: /^(\d+(?:\.\d+)*)\.?\s/.exec(text)?.[1] ?? null,
      anchor: count === 0 ? base : `${base}-${String(count)}`,
    });
  }
  return headings;
}

const book = readFileSync(BOOK, 'utf8');
const headings = headingsOf(book);

// ---------------------------------------------------------------------------------------------------------
// References: the book's name, then `§2`, `§1.1–§1.3`, `§4, §5.3` or `§识别`

/** Numbered (`2`, `1.3`) or named (`识别`, `自评报告`): a named one is Chinese and ends at punctuation or a space. */
const SECTION = /^(\d+(?:\.\d+)*|\p{Script=Han}+)/u;
/** What may join sections after one `domain.md`: `, §8`, `、§9`, `–§1.3`, ` 与 §10`. */
const JOINER = /^\s*(?:[,，、;；/–—~～-]|and|与|和|及|至)\s*(?=§)/u;
const REFERENCE = /domain\.md\s*§/g;

/** Every section a line cites after `domain.md`; an empty string where `§` is followed by no section. */
function citedSections(line: string): string[] {
  const sections: string[] = [];
  for (const match of line.matchAll(REFERENCE)) {
    let rest = line.slice(match.index + match[0].length);
    for (;;) {
      const section = SECTION.exec(rest)?.[1] ?? '';
      sections.push(section);
      rest = rest.slice(section.length);
      const joiner = section === '' ? null : JOINER.exec(rest);
      if (!joiner) break;
      rest = rest.slice(joiner[0].length + 1);
    }
  }
  return sections;
}

/** Why a cited section does not resolve, or null when it names exactly one heading. */
function unresolved(section: string): string | null {
  if (section === '') return '§ names no section';
  if (/^\d/.test(section))
    return headings.some((h) => h.number === section) ? null : `no heading numbered ${section}`;
  const named = headings.filter((h) => h.text.includes(section));
  if (named.length === 1) return null;
  return named.length === 0 ? `no heading contains “${section}”` : `several headings contain “${section}”`;
}

describe('docs/domain.md', () => {
  it('numbers its sections §1–§10, with §1.1–§1.3 and the two named ones', () => {
    const numbers = headings.map((h) => h.number).filter((n): n is string => n !== null);
    for (const n of ['1', '1.1', '1.2', '1.3', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
      expect(numbers).toContain(n);
    expect(unresolved('识别')).toBeNull();
    expect(unresolved('自评报告')).toBeNull();
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('reads references as the files write them (the check can fail)', () => {
    const line = [
      '见 domain',
      'md §2、§1.3 与 §识别，以及 domain',
      'md §4, §5.3（S-000）；domain',
      'md §',
    ].join('.');
    expect(citedSections(line)).toEqual(['2', '1.3', '识别', '4', '5.3', '']);
    expect(unresolved('2')).toBeNull();
    expect(unresolved('99')).toBe('no heading numbered 99');
    expect(unresolved('不存在的一节')).toBe('no heading contains “不存在的一节”');
    expect(slug('1.5 识别：认标签，不认位置 / Recognition: labels')).toBe(
      '15-识别认标签不认位置--recognition-labels',
    );
  });
});

describe('references to docs/domain.md', () => {
  const files = textFiles(['src', 'docs', 'test'], true);

  it('name a heading of it, wherever they stand (src, docs, test, README)', () => {
    const broken: string[] = [];
    let count = 0;
    for (const { path, lines } of files)
      lines.forEach((line, i) => {
        for (const section of citedSections(line)) {
          count++;
          const why = unresolved(section);
          if (why) broken.push(`${path}:${String(i + 1)}: §${section} — ${why}`);
        }
      });
    expect(broken).toEqual([]);
    expect(count).toBeGreaterThan(0);
  });

  it('link to headings that exist', () => {
    const anchors = new Set(headings.map((h) => h.anchor));
    const broken: string[] = [];
    for (const { path, lines } of files.filter((f) => f.path.endsWith('.md')))
      lines.forEach((line, i) => {
        // `](../domain.md#…)`, `](docs/domain.md#…)`, and the book's own `](#…)`.
        const own =
          path === 'docs/domain.md' ? /\]\(#([^)\s]+)\)/g : /\]\((?:[^)\s#]*\/)?domain\.md#([^)\s]+)\)/g;
        for (const match of line.matchAll(own)) {
          const anchor = decodeURIComponent(match[1] ?? '');
          if (!anchors.has(anchor)) broken.push(`${path}:${String(i + 1)}: #${anchor}`);
        }
      });
    expect(broken).toEqual([]);
  });
});

describe('the rule catalogue of docs/domain.md §7', () => {
  const start = book.indexOf(START);
  const end = book.indexOf(END);
  /** The table's rows as written: each cell trimmed (Prettier pads them). */
  const written = book
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| ['))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );

  it('is the table made from the rules and the tops of their pages (npm run docs:rules)', () => {
    const made = catalogueTable(catalogueRows(ROOT))
      .split('\n')
      .slice(2)
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      );
    expect(start).toBeGreaterThan(0);
    expect(written).toEqual(made);
  });

  it('lists every rule of src/domain/rules/index.ts with its default severity and its page', () => {
    expect(written.map((cells) => cells[0])).toEqual(
      RULES.map((rule) => `[${rule.id}](rules/${rule.id}.md)`),
    );
    expect(written.map((cells) => cells[1]?.split(/[\s，（(]/)[0])).toEqual(
      RULES.map((rule) => rule.severity),
    );
    for (const rule of RULES) expect(existsSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The rule book the project started from lived outside the repository, with its example reports beside it:
// nothing may cite it any more. The patterns are written so that this file does not match them itself.

const OLD_CITATION = /DOMAIN\.md|DOMAIN\s§|seeds\//;

/** `path:line: text` of every line that cites the old rule book, in the given folders. */
function oldCitations(folders: readonly string[], rootMarkdown: boolean): string[] {
  return textFiles(folders, rootMarkdown).flatMap(({ path, lines }) =>
    lines.flatMap((line, i) =>
      OLD_CITATION.test(line) ? [`${path}:${String(i + 1)}: ${line.trim().slice(0, 120)}`] : [],
    ),
  );
}

describe('the old rule book', () => {
  it('is recognised in every form it was cited in (the check can fail)', () => {
    const old = 'DOMAIN';
    for (const line of [`see ${old}.md`, `(${old} §2)`, `the ${'seeds'}/ folder`])
      expect(OLD_CITATION.test(line)).toBe(true);
    expect(OLD_CITATION.test('docs/domain.md §2')).toBe(false);
  });

  it.each([
    ['docs and the root Markdown files', ['docs'], true],
    ['src', ['src'], false],
    ['test', ['test'], false],
    ['bench and scripts', ['bench', 'scripts'], false],
  ] as const)('is cited nowhere in %s', (_name, folders, rootMarkdown) => {
    expect(oldCitations(folders, rootMarkdown)).toEqual([]);
  });
});
