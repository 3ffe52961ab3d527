import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest, formatProblems, type ManifestProblem } from '../../src/manifest/checkManifest';
import { parseXml, XmlSyntaxError } from '../../src/sheet/xml';

const MANIFEST = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

/** Replaces exactly one occurrence, so a broken variant cannot silently equal the original. */
function variant(search: string | RegExp, replacement: string): string {
  const pattern = typeof search === 'string' ? search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : search.source;
  expect(MANIFEST.match(new RegExp(pattern, 'g'))).toHaveLength(1);
  return MANIFEST.replace(search, replacement);
}

function codes(problems: readonly ManifestProblem[]): string[] {
  return problems.map((p) => p.code);
}

describe('manifest.xml', () => {
  it('passes the structural check', () => {
    const problems = checkManifest(MANIFEST);
    expect(formatProblems(problems)).toBe('');
  });

  it('keeps the project settings', () => {
    const root = parseXml(MANIFEST);
    const text = (name: string): string | undefined =>
      root.children.find((c) => c.localName === name)?.text.trim();
    expect(text('DefaultLocale')).toBe('zh-CN');
    expect(text('Permissions')).toBe('ReadWriteDocument');
    expect(text('Version')).toBe('1.0.0.0');
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toContain('<Action xsi:type="ShowTaskpane">');
  });
});

describe('checkManifest rejects broken manifests', () => {
  const cases: ReadonlyArray<{ name: string; xml: () => string; code: string; message: RegExp }> = [
    {
      name: 'elements out of order',
      xml: () =>
        variant(
          '<Version>1.0.0.0</Version>\n  <ProviderName>绩效自评助手</ProviderName>',
          '<ProviderName>绩效自评助手</ProviderName>\n  <Version>1.0.0.0</Version>',
        ),
      code: 'order',
      message: /<Version> must come before <ProviderName>/,
    },
    {
      name: 'Permissions before DefaultSettings',
      xml: () =>
        variant(
          /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)\s*(<Permissions>ReadWriteDocument<\/Permissions>)/,
          '$2\n  $1',
        ),
      code: 'order',
      message: /<DefaultSettings> must come before <Permissions>/,
    },
    {
      name: 'an http URL',
      xml: () =>
        variant(
          '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
        ),
      code: 'url',
      message:
        /<DefaultSettings><SourceLocation> DefaultValue must be an https URL, found "http:\/\/localhost:3000\/taskpane.html"/,
    },
    {
      name: 'an http resource URL',
      xml: () => variant('id="Icon.80x80" DefaultValue="https://', 'id="Icon.80x80" DefaultValue="http://'),
      code: 'url',
      message: /<bt:Image id="Icon.80x80"> DefaultValue must be an https URL/,
    },
    {
      name: 'an undefined resid',
      xml: () => variant('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
      code: 'resid',
      message: /<Label resid="Group.Missing"> refers to a resource that is not defined/,
    },
    {
      name: 'a resid of the wrong kind',
      xml: () =>
        variant(
          '<Description resid="TaskpaneButton.Tooltip"/>',
          '<Description resid="TaskpaneButton.Label"/>',
        ),
      code: 'resid',
      message: /must refer to <bt:LongStrings>, but "TaskpaneButton.Label" is in <bt:ShortStrings>/,
    },
    {
      name: 'a short string over 125 characters',
      xml: () =>
        variant(
          '<bt:String id="TaskpaneButton.Label" DefaultValue="绩效自评">',
          `<bt:String id="TaskpaneButton.Label" DefaultValue="${'评'.repeat(126)}">`,
        ),
      code: 'string-length',
      message: /<bt:String id="TaskpaneButton.Label"> DefaultValue is 126 characters long; the limit is 125/,
    },
    {
      name: 'a long string over 250 characters',
      xml: () =>
        variant(
          'Value="Open the assistant: build a template, check the form and compute the scores."',
          `Value="${'x'.repeat(251)}"`,
        ),
      code: 'string-length',
      message:
        /<bt:String id="TaskpaneButton.Tooltip"> override en-US is 251 characters long; the limit is 250/,
    },
    {
      name: 'a DisplayName over 125 characters',
      xml: () =>
        variant(
          '<DisplayName DefaultValue="绩效自评助手">',
          `<DisplayName DefaultValue="${'a'.repeat(126)}">`,
        ),
      code: 'string-length',
      message: /<DisplayName> DefaultValue is 126 characters long/,
    },
    {
      name: 'unknown Permissions',
      xml: () =>
        variant(
          '<Permissions>ReadWriteDocument</Permissions>',
          '<Permissions>ReadWriteMailbox</Permissions>',
        ),
      code: 'permissions',
      message:
        /<Permissions> must be one of Restricted, ReadDocument, ReadAllDocument, WriteDocument, ReadWriteDocument, found "ReadWriteMailbox"/,
    },
    {
      name: 'an Id that is not a GUID',
      xml: () => variant(/<Id>[^<]*<\/Id>/, '<Id>95c51d49-9562-44df-8451-c1a7a0707bz3</Id>'),
      code: 'id',
      message: /<Id> must be a GUID .* found "95c51d49-9562-44df-8451-c1a7a0707bz3"/,
    },
    {
      name: 'another DefaultLocale',
      xml: () => variant('<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>'),
      code: 'locale',
      message: /<DefaultLocale> must be zh-CN, found "en-US"/,
    },
    {
      name: 'a missing en-US override',
      xml: () => variant('<Override Locale="en-US" Value="Performance Self-Evaluation Assistant"/>', ''),
      code: 'override',
      message: /<DisplayName> needs an <Override Locale="en-US">/,
    },
    {
      name: 'a missing element',
      xml: () => variant(/\s*<SupportUrl [^>]*\/>/, ''),
      code: 'missing',
      message: /<SupportUrl> is missing/,
    },
    {
      name: 'a duplicated resource id',
      xml: () =>
        variant(
          '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>',
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/commands.html"/>',
        ),
      code: 'resource-id',
      message: /Resource id "Taskpane.Url" is defined more than once/,
    },
    {
      name: 'no Workbook host',
      xml: () => variant('<Host Name="Workbook"/>', '<Host Name="Document"/>'),
      code: 'hosts',
      message: /<Hosts> must contain <Host Name="Workbook"\/>/,
    },
    {
      name: 'malformed XML',
      xml: () => variant('</Permissions>', '</Permission>'),
      code: 'xml',
      message: /Not well-formed XML: line \d+: <\/Permission> does not match <Permissions>/,
    },
  ];

  it.each(cases)('$name', ({ xml, code, message }) => {
    const problems = checkManifest(xml());
    expect(codes(problems)).toContain(code);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('reports the line of the problem', () => {
    const broken = variant('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>All</Permissions>');
    const line = broken.split('\n').findIndex((l) => l.includes('<Permissions>All')) + 1;
    expect(checkManifest(broken)).toEqual([
      expect.objectContaining({ code: 'permissions', line }) as ManifestProblem,
    ]);
    expect(formatProblems(checkManifest(broken), 'dist/manifest.xml')).toMatch(
      new RegExp(`^dist/manifest\\.xml:${line}: \\[permissions\\] `),
    );
  });
});

describe('parseXml', () => {
  it('reads names, attributes, entities, CDATA and lines', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- c -->\n<a:Root x="1 &amp; 2" y=\'&#x4e2d;\'>\n  <b>t&lt;<![CDATA[<raw>]]></b>\n  <c/>\n</a:Root>\n',
    );
    expect(root.name).toBe('a:Root');
    expect(root.localName).toBe('Root');
    expect(root.attributes.get('x')).toBe('1 & 2');
    expect(root.attributes.get('y')).toBe('中');
    expect(root.children.map((c) => [c.name, c.line])).toEqual([
      ['b', 4],
      ['c', 5],
    ]);
    expect(root.children[0]?.text).toBe('t<<raw>');
  });

  it.each([
    ['<a><b></a>', /does not match/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a>1 & 2</a>', /must start an entity/],
    ['<a/><b/>', /after the root element/],
    ['<!DOCTYPE a><a/>', /DOCTYPE/],
    ['<a>', /is not closed/],
  ])('rejects %s', (source, message) => {
    expect(() => parseXml(source)).toThrow(XmlSyntaxError);
    expect(() => parseXml(source)).toThrow(message);
  });
});
