/**
 * The pane runs in every webview the manifest admits (ExcelApi 1.14 and later: WebView2, Safari 16.4+,
 * current browsers on the web), and every older one is told so by an ES5 start-up check. Checked on the
 * production build by parsing each script at the ECMAScript level its webview reads.
 */
import { Parser, tokenizer, type Options } from 'acorn';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MIN_EXCEL_API } from '../../src/hosts/office/api';
import { pageScripts, testPane } from './harness';

const ROOT = join(__dirname, '..', '..');
let dist = '';

beforeAll(async () => {
  dist = await testPane(ROOT);
}, 300_000);

/** Why the code does not parse at this level, or null when it does. */
function parseError(code: string, ecmaVersion: Options['ecmaVersion']): string | null {
  try {
    Parser.parse(code, { ecmaVersion, sourceType: 'script' });
    return null;
  } catch (error) {
    return String(error);
  }
}

/** The regular-expression literals of a script. */
function regexes(code: string): string[] {
  const found: string[] = [];
  for (const token of tokenizer(code, { ecmaVersion: 2022 }))
    if (token.type.label === 'regexp')
      found.push((token as unknown as { value: { pattern: string } }).value.pattern);
  return found;
}

/** The scripts the pane's pages load or fetch, by name (Office.js is not ours). */
async function bundles(): Promise<Map<string, string>> {
  const names = (await readdir(dist)).filter((name) => name.endsWith('.js'));
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(join(dist, name), 'utf8')] as const)),
  );
}

describe('the pane in the webviews Office uses', () => {
  it('declares the floor the host is written for, so Office 2016 and 2019 are not offered it', async () => {
    for (const manifest of [join(ROOT, 'manifest.xml'), join(dist, 'manifest.xml')]) {
      const xml = await readFile(manifest, 'utf8');
      const sets = [...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]);
      expect(sets).toEqual([['ExcelApi', `1.${String(MIN_EXCEL_API)}`]]);
    }
  });

  it('loads the start-up check before anything else, and the check parses as ES5 (Internet Explorer 11)', async () => {
    const html = await readFile(join(dist, 'taskpane.html'), 'utf8');
    const scripts = pageScripts(html);
    expect(scripts.slice(0, 2)).toEqual(['startup/syntax-probe.js', 'startup/startup-check.js']);
    const check = await readFile(join(dist, 'startup', 'startup-check.js'), 'utf8');
    expect(parseError(check, 5)).toBeNull();
    expect(check).toContain('无法运行绩效自评助手');
  });

  it('parses every bundle at ES2022, and the probe needs the same level, so an older engine is caught', async () => {
    const probe = await readFile(join(dist, 'startup', 'syntax-probe.js'), 'utf8');
    expect(parseError(probe, 2022)).toBeNull();
    expect(parseError(probe, 2021)).not.toBeNull();
    const needed = new Set<string>();
    for (const [name, code] of await bundles()) {
      expect([name, parseError(code, 2022)]).toEqual([name, null]);
      if (parseError(code, 2021)) needed.add('ES2022');
    }
    // The bundles need ES2022 today (Fluent UI's class static blocks): without the probe a blank pane.
    expect(needed).toEqual(new Set(['ES2022']));
  });

  it('probes every regular-expression feature the bundles use', async () => {
    const features: [string, RegExp][] = [
      ['lookbehind', /\(\?<[=!]/],
      ['Unicode property', /\\[pP]\{/],
    ];
    const probe = regexes(await readFile(join(dist, 'startup', 'syntax-probe.js'), 'utf8')).join('\n');
    for (const [name, code] of await bundles())
      for (const pattern of regexes(code))
        for (const [feature, test] of features)
          if (test.test(pattern)) expect([name, feature, test.test(probe)]).toEqual([name, feature, true]);
  });
});
