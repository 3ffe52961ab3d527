/**
 * A small forward-only reader for the XML parts of an .xlsx, enough to read cells without ExcelJS. The guard
 * has already refused DOCTYPE and ENTITY declarations, so only the five predefined entities and character
 * references exist. Namespace prefixes (`x:c`, used by some non-Excel writers) are dropped from names.
 */

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** A code point XML allows; anything else becomes U+FFFD rather than a broken string. */
function character(code: number): string {
  const allowed =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : '\uFFFD';
}

/** Text with entity and character references replaced, line ends normalised as XML parsers do. */
export function decodeXml(raw: string): string {
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_match, name: string) => {
    if (name.startsWith('#x')) return character(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return character(parseInt(name.slice(1), 10));
    return PREDEFINED[name] ?? '';
  });
}

/** The end of the tag opened at `from` (just past its `>`), quotes respected; the text's end when unclosed. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let at = from + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === 0x3e /* > */) return at + 1;
  }
  return text.length;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** An attribute value as the parser hands it over: white space normalised, references decoded. */
function attributeValue(raw: string): string {
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return spaced.includes('&') ? decodeXml(spaced) : spaced;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A part that is not well-formed XML: cut short, or its tags do not nest. */
export class MalformedXml extends Error {
  constructor(what: string) {
    super(`malformed XML: ${what}`);
    this.name = 'MalformedXml';
  }
}

/**
 * Walks the tags of one XML text in order: `next()` moves to the next open, empty or close tag. Tags must
 * nest and the text must end with every element closed (a part cut short throws MalformedXml), as ExcelJS's
 * parser demands.
 */
export class XmlCursor {
  /** Local name of the current tag (no prefix). */
  name = '';
  /** True on `</name>`. */
  closing = false;
  /** True on `<name/>`. */
  empty = false;
  private end = 0;
  private nameEnd = 0;
  /** Qualified names of the open elements, innermost last. */
  private readonly open: string[] = [];

  constructor(private readonly text: string) {}

  next(): boolean {
    const { text } = this;
    let at = this.end;
    for (;;) {
      at = text.indexOf('<', at);
      if (at < 0) {
        if (this.open.length > 0) throw new MalformedXml(`<${String(this.open.at(-1))}> is never closed`);
        return false;
      }
      if (at + 1 >= text.length) throw new MalformedXml('the text ends inside a tag');
      const second = text.charCodeAt(at + 1);
      if (second === 0x3f /* ? */) at = skipPast(text, '?>', at);
      else if (second === 0x21 /* ! */) at = skipPast(text, text.startsWith('<!--', at) ? '-->' : '>', at);
      else break;
    }
    const end = tagEnd(text, at);
    if (text.charCodeAt(end - 1) !== 0x3e) throw new MalformedXml('the text ends inside a tag');
    this.end = end;
    this.closing = text.charCodeAt(at + 1) === 0x2f; /* / */
    this.empty = !this.closing && text.charCodeAt(end - 2) === 0x2f;
    const from = at + (this.closing ? 2 : 1);
    let to = from;
    for (; to < end; to++) {
      const code = text.charCodeAt(to);
      if (isSpace(code) || code === 0x2f || code === 0x3e) break;
    }
    const qualified = text.slice(from, to);
    this.name = localName(qualified);
    this.nameEnd = to;
    if (this.closing) this.close(qualified);
    else if (!this.empty) this.open.push(qualified);
    return true;
  }

  private close(qualified: string): void {
    const opened = this.open.pop();
    if (opened !== qualified) throw new MalformedXml(`</${qualified}> closes <${String(opened)}>`);
  }

  /** The decoded attributes of the current tag, by local name; scanning stops at anything malformed. */
  attributes(): Record<string, string> {
    const found: Record<string, string> = {};
    const { text, end } = this;
    let at = this.nameEnd;
    while (at < end) {
      while (at < end && isSpace(text.charCodeAt(at))) at++;
      const nameStart = at;
      for (; at < end; at++) {
        const code = text.charCodeAt(at);
        if (code === 0x3d /* = */ || isSpace(code) || code === 0x2f || code === 0x3e) break;
      }
      if (at === nameStart) break;
      const name = text.slice(nameStart, at);
      while (at < end && isSpace(text.charCodeAt(at))) at++;
      if (text.charCodeAt(at) !== 0x3d) break;
      at++;
      while (at < end && isSpace(text.charCodeAt(at))) at++;
      const quote = text.charAt(at);
      if (quote !== '"' && quote !== "'") break;
      const close = text.indexOf(quote, at + 1);
      if (close < 0 || close >= end) break;
      found[localName(name)] = attributeValue(text.slice(at + 1, close));
      at = close + 1;
    }
    return found;
  }

  /**
   * The text of the current open leaf element (`<v>`, `<t>`, `<f>`), CDATA included, and moves past its close
   * tag. Stops at a child element, which stays next; `null` when the element holds no text at all.
   */
  leafText(): string | null {
    if (this.empty || this.closing) return null;
    const { text } = this;
    let at = this.end;
    let value: string | null = null;
    for (;;) {
      const open = text.indexOf('<', at);
      const stop = open < 0 ? text.length : open;
      if (stop > at) value = (value ?? '') + decodeXml(text.slice(at, stop));
      if (open < 0) throw new MalformedXml(`<${String(this.open.at(-1))}> is never closed`);
      if (text.startsWith('<![CDATA[', open)) {
        const close = text.indexOf(']]>', open);
        if (close < 0) throw new MalformedXml('a CDATA section is never closed');
        value = (value ?? '') + text.slice(open + 9, close);
        at = close + 3;
      } else if (text.startsWith('<!--', open)) {
        at = skipPast(text, '-->', open);
      } else if (text.charCodeAt(open + 1) === 0x2f) {
        this.end = tagEnd(text, open);
        if (text.charCodeAt(this.end - 1) !== 0x3e) throw new MalformedXml('the text ends inside a tag');
        let to = open + 2;
        while (to < this.end && !isSpace(text.charCodeAt(to)) && text.charCodeAt(to) !== 0x3e) to++;
        this.close(text.slice(open + 2, to));
        this.closing = true;
        this.empty = false;
        return value;
      } else {
        this.end = open;
        return value;
      }
    }
  }
}

function skipPast(text: string, marker: string, from: number): number {
  const found = text.indexOf(marker, from + 2);
  if (found < 0) throw new MalformedXml('a comment or declaration is never closed');
  return found + marker.length;
}
