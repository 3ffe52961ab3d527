import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_MESSAGES } from '../../src/domain/findings';
import { NATIONAL } from '../../src/domain/profiles/builtin';
import { review } from '../../src/domain/review';
import { RULES } from '../../src/domain/rules';
import { formRule } from '../../src/domain/rules/types';
import { isMessageId } from '../../src/messages';
import { findings as FINDINGS } from '../../src/messages/findings';
import { cleanForm } from './helpers/form-builder';

const root = join(__dirname, '..', '..');
const rulesDir = join(root, 'src', 'domain', 'rules');
const docsDir = join(root, 'docs', 'rules');
const testsDir = join(root, 'test', 'domain', 'rules');

/** The headings every rule page carries, in order. */
const DOC_HEADINGS = ['## 检查什么', '## 为什么', '## 依据', '## 通过示例', '## 不通过示例'];

describe('rule catalogue conformance', () => {
  it('has unique ids in kebab case', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('lists every rule file in the index, and nothing else', () => {
    const files = readdirSync(rulesDir)
      .filter((file) => file.endsWith('.ts') && !['index.ts', 'types.ts'].includes(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s carries its metadata', (_id, rule) => {
    expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.titleEn.trim()).not.toBe('');
    expect(rule.rationale).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.source).toMatch(/domain\.md §/);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s has a doc page with every section',
    (id, rule) => {
      const page = join(docsDir, `${id}.md`);
      expect(existsSync(page)).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.split('\n')[0]).toBe(`# ${id}：${rule.title}`);
      expect(text).toContain(`\`${rule.severity}\``);
      let from = 0;
      for (const heading of DOC_HEADINGS) {
        const at = text.indexOf(`\n${heading}\n`, from);
        expect({ heading, found: at >= 0 }).toEqual({ heading, found: true });
        from = at + 1;
      }
    },
  );

  it.each(RULES.map((rule) => [rule.id] as const))('%s has a test file', (id) => {
    expect(existsSync(join(testsDir, `${id}.test.ts`))).toBe(true);
  });

  it('has no doc page for a rule that does not exist', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    const orphans = existsSync(docsDir)
      ? readdirSync(docsDir).filter(
          (file) => file.endsWith('.md') && !ids.has(file.replace(/\.md$/, '')) && file !== 'README.md',
        )
      : [];
    expect(orphans).toEqual([]);
  });
});

/** Names a finding refers to with `@id` (`@field.target`, `@level.output` …), never reported on their own. */
const SHARED_NAMES = ['field', 'level', 'method', 'column', 'achievement', 'value'];

describe('the messages each rule declares, as a linter rule declares its messages', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s declares its own messages, each once and each in the catalogue',
    (id, rule) => {
      expect(rule.messages.length).toBeGreaterThan(0);
      expect(rule.messages.filter((m) => !m.startsWith(`${id}.`) || !isMessageId(m))).toEqual([]);
      expect(new Set(rule.messages).size).toBe(rule.messages.length);
    },
  );

  it('gives every findings id of the catalogue exactly one owner: a rule, the engine, or the @-names', () => {
    const ownersOf = (id: string): string[] => [
      ...RULES.filter((rule) => (rule.messages as readonly string[]).includes(id)).map((rule) => rule.id),
      ...((ENGINE_MESSAGES as readonly string[]).includes(id) ? ['(engine)'] : []),
      ...(SHARED_NAMES.some((name) => id.startsWith(`${name}.`)) ? ['(@-name)'] : []),
    ];
    const owners = Object.keys(FINDINGS).map((id) => ({ id, owners: ownersOf(id) }));
    expect(owners.filter(({ owners }) => owners.length !== 1)).toEqual([]);
  });

  it('has the engine declare only findings ids that exist', () => {
    expect(ENGINE_MESSAGES.filter((id) => !Object.hasOwn(FINDINGS, id))).toEqual([]);
  });

  it('lets a rule report only the ids it declares (tsc holds it: the line marked below must not compile)', () => {
    const rule = formRule({
      id: 'typed',
      scope: 'form',
      severity: 'info',
      title: '类型检查',
      titleEn: 'Type check',
      rationale: '仅用于测试。',
      source: 'test',
      messages: ['typo.known'],
      check({ report }) {
        report({ cell: null, messageId: 'typo.known' });
        // @ts-expect-error -- grade.mismatch is not among this rule's messages
        report({ cell: null, messageId: 'grade.mismatch' });
      },
    });
    const { findings } = review([cleanForm()], NATIONAL, { rules: [rule] });
    expect(findings.map((f) => f.messageId)).toEqual(['typo.known', 'grade.mismatch']);
  });
});

describe('domain purity', () => {
  const domainDir = join(root, 'src', 'domain');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : entry.name.endsWith('.ts')
          ? [join(dir, entry.name)]
          : [],
    );
  const FORBIDDEN =
    /from\s+['"](node:|fs['"]|path['"]|os['"]|exceljs|react|react-dom|@fluentui|@microsoft\/office-js|\.\.\/(\.\.\/)*(hosts|taskpane|cli|sheet|forms)\b)/;

  it.each(files(domainDir).map((file) => [file.slice(root.length + 1)] as const))(
    '%s imports no host, UI or node module',
    (file) => {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source).not.toMatch(FORBIDDEN);
      expect(source).not.toMatch(/\b(Office|Excel|window|document)\./);
    },
  );
});
