/**
 * A small, strict XML parser for well-formed documents: the add-in manifest, and the parts of an .xlsx the
 * cell reader needs (xml-grids.ts; the file guard has refused DOCTYPE and ENTITY declarations before).
 *
 * It keeps what a structural check needs — element names (with and without prefix), attributes, child
 * elements, text and the line of each element — and rejects what a manifest never contains (DOCTYPE,
 * unknown entities). Namespaces are not resolved: `bt:Image` has name "bt:Image" and localName "Image".
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  readonly name: string;
  /** Name without its prefix, e.g. "Image". */
  readonly localName: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Concatenated character data directly inside this element (not its children), untrimmed. */
  readonly text: string;
  /** 1-based line of the element's start tag. */
  readonly line: number;
  /** Offset of the start tag's `<` in the source. */
  readonly start: number;
  /** Offset just past the start tag's `>` (for `<a/>`, the same as `end`). */
  readonly contentStart: number;
  /** Offset just past the element's last `>`: `source.slice(start, end)` is the element as written. */
  readonly end: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

class MutableElement implements XmlElement {
  readonly attributes = new Map<string, string>();
  readonly children: MutableElement[] = [];
  text = '';
  contentStart = 0;
  end = 0;

  constructor(
    readonly name: string,
    readonly localName: string,
    readonly start: number,
    private readonly lines: LineIndex,
  ) {}

  /** Worked out when asked for: the manifest check reports lines, the cell reader never does. */
  get line(): number {
    return this.lines.lineAt(this.start);
  }
}

/** Line numbers of offsets in a text, from one list of its line starts built on first use. */
class LineIndex {
  private starts: number[] | null = null;

  constructor(private readonly src: string) {}

  lineAt(offset: number): number {
    if (this.starts === null) {
      this.starts = [0];
      for (let at = this.src.indexOf('\n'); at >= 0; at = this.src.indexOf('\n', at + 1))
        this.starts.push(at + 1);
    }
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

/** Parses a whole document and returns its root element. Throws XmlSyntaxError when it is not well formed. */
export function parseXml(source: string): XmlElement {
  return new Parser(source).parseDocument();
}

class Parser {
  private pos = 0;
  private readonly lines: LineIndex;

  constructor(private readonly src: string) {
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.lines = new LineIndex(src);
  }

  parseDocument(): XmlElement {
    this.skipMisc();
    if (this.src.startsWith('<!DOCTYPE', this.pos)) this.fail('DOCTYPE declarations are not supported');
    if (!this.src.startsWith('<', this.pos)) this.fail('expected the root element');
    const root = this.parseElement();
    this.skipMisc();
    if (this.pos < this.src.length) this.fail('unexpected content after the root element');
    return root;
  }

  /** Whitespace, comments and processing instructions (including the XML declaration). */
  private skipMisc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.src.startsWith('<!--', this.pos)) this.skipComment();
      else if (this.src.startsWith('<?', this.pos)) this.skipProcessingInstruction();
      else return;
    }
  }

  private parseElement(): MutableElement {
    const start = this.pos;
    this.expect('<');
    const name = this.readName();
    const element = new MutableElement(name, name.slice(name.indexOf(':') + 1), start, this.lines);

    for (;;) {
      const hadSpace = this.skipWhitespace();
      if (this.src.startsWith('/>', this.pos)) {
        this.pos += 2;
        element.contentStart = element.end = this.pos;
        return element;
      }
      if (this.src.startsWith('>', this.pos)) {
        this.pos += 1;
        element.contentStart = this.pos;
        break;
      }
      if (!hadSpace) this.fail(`expected whitespace, ">" or "/>" in <${name}>`);
      const attrName = this.readName();
      this.skipWhitespace();
      this.expect('=');
      this.skipWhitespace();
      const value = this.readAttributeValue();
      if (element.attributes.has(attrName)) this.fail(`duplicate attribute "${attrName}" in <${name}>`);
      element.attributes.set(attrName, value);
    }

    for (;;) {
      if (this.pos >= this.src.length) this.fail(`<${name}> (line ${element.line}) is not closed`);
      if (this.src.startsWith('</', this.pos)) {
        this.pos += 2;
        const closing = this.readName();
        if (closing !== name) this.fail(`</${closing}> does not match <${name}> (line ${element.line})`);
        this.skipWhitespace();
        this.expect('>');
        element.end = this.pos;
        return element;
      }
      if (this.src.startsWith('<!--', this.pos)) this.skipComment();
      else if (this.src.startsWith('<![CDATA[', this.pos)) element.text += this.readCData();
      else if (this.src.startsWith('<?', this.pos)) this.skipProcessingInstruction();
      else if (this.src.startsWith('<', this.pos)) element.children.push(this.parseElement());
      else element.text += this.readText();
    }
  }

  private readName(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (!match) this.fail('expected a name');
    this.pos = NAME.lastIndex;
    return match[0];
  }

  private readAttributeValue(): string {
    const quote = this.src[this.pos];
    if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value');
    const end = this.src.indexOf(quote, this.pos + 1);
    if (end < 0) this.fail('unterminated attribute value');
    const raw = this.src.slice(this.pos + 1, end);
    if (raw.includes('<')) this.fail('"<" is not allowed in an attribute value');
    // XML 1.0 §3.3.3: a tab, line end or CR LF in an attribute value reads as one space (decoded first, so
    // an error's line stays exact; a `&#9;` is read as a space too, which no writer relies on).
    const value = this.decodeEntities(raw, this.pos + 1).replace(/\r\n|[\t\n\r]/g, ' ');
    this.pos = end + 1;
    return value;
  }

  private readText(): string {
    const end = this.src.indexOf('<', this.pos);
    const stop = end < 0 ? this.src.length : end;
    // XML 1.0 §2.11: CR LF and a lone CR read as LF (after decoding, so an error's line stays exact).
    const text = this.decodeEntities(this.src.slice(this.pos, stop), this.pos).replace(/\r\n?/g, '\n');
    this.pos = stop;
    return text;
  }

  private readCData(): string {
    const start = this.pos + '<![CDATA['.length;
    const end = this.src.indexOf(']]>', start);
    if (end < 0) this.fail('unterminated CDATA section');
    this.pos = end + 3;
    return this.src.slice(start, end);
  }

  private skipComment(): void {
    const end = this.src.indexOf('-->', this.pos + 4);
    if (end < 0) this.fail('unterminated comment');
    this.pos = end + 3;
  }

  private skipProcessingInstruction(): void {
    const end = this.src.indexOf('?>', this.pos + 2);
    if (end < 0) this.fail('unterminated processing instruction');
    this.pos = end + 2;
  }

  private skipWhitespace(): boolean {
    const start = this.pos;
    for (; this.pos < this.src.length; this.pos += 1) {
      const code = this.src.charCodeAt(this.pos);
      if (code !== 0x20 && code !== 0x09 && code !== 0x0d && code !== 0x0a) break;
    }
    return this.pos > start;
  }

  private expect(text: string): void {
    if (!this.src.startsWith(text, this.pos)) this.fail(`expected "${text}"`);
    this.pos += text.length;
  }

  private decodeEntities(raw: string, offset: number): string {
    // Most text holds no reference at all (every cell value of a sheet, say): no pattern to run.
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&\s]*);?/g, (whole, body: string, index: number) => {
      if (!whole.endsWith(';')) this.fail('"&" must start an entity such as &amp;', offset + index);
      const named = PREDEFINED_ENTITIES[body];
      if (named !== undefined) return named;
      const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
      if (numeric) {
        const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] ?? '', 10);
        if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      }
      return this.fail(`unknown entity "&${body};"`, offset + index);
    });
  }

  private fail(message: string, at: number = this.pos): never {
    throw new XmlSyntaxError(message, this.lines.lineAt(at));
  }
}

/** An attribute by its local name (`r:id` → `id`), for documents whose writers choose their own prefixes. */
export function attributeNamed(element: XmlElement, localName: string): string | undefined {
  const plain = element.attributes.get(localName);
  if (plain !== undefined) return plain;
  for (const [name, value] of element.attributes) if (name.endsWith(`:${localName}`)) return value;
  return undefined;
}

/** Child elements with the given local name. */
export function childrenNamed(element: XmlElement, localName: string): XmlElement[] {
  return element.children.filter((child) => child.localName === localName);
}

/** The first child element with the given local name, if any. */
export function childNamed(element: XmlElement, localName: string): XmlElement | undefined {
  return element.children.find((child) => child.localName === localName);
}

/** Every element below `element` (depth first, document order), not including `element` itself. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (parent: XmlElement): void => {
    for (const child of parent.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(element);
  return out;
}
