/** Full-width and look-alike characters, mapped to what the parser expects (domain.md §6). */
const EXTRA_MAP: Readonly<Record<string, string>> = {
  '\u3000': ' ', // ideographic space
  '≧': '≥',
  '≦': '≤',
  '\u2212': '-', // minus sign, typed by some input methods for a negative number
  '\uFE63': '-', // small hyphen-minus
  '═': '=', // box-drawing double line, typed for = in some Yunnan forms
  '‹': '<',
  '›': '>',
  '\uFE64': '<', // small form variants of < > =, which some converted pages print
  '\uFE65': '>',
  '\uFE66': '=',
};

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000≧≦\u2212\uFE63-\uFE66═‹›]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE = /\s+/g;
const LESS_EQUAL = /<=|=</g;
const GREATER_EQUAL = />=|=>/g;

function mapChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // U+FF01..U+FF5E mirror ASCII 0x21..0x7E at a fixed offset.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return EXTRA_MAP[ch] ?? ch;
}

/** Full-width ASCII (`１００％`, `＞`, `（`), the ideographic space and `≧ ≦ −` → their half-width forms. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, mapChar);
}

/**
 * Anything normalizeText would change: a mapped or zero-width character, white space other than one plain
 * space between words, or a `<=`-style pair. Most cell texts have none, and skip the five replacements.
 */
const NEEDS_NORMALIZING =
  /[\uFF01-\uFF5E\u3000≧≦\u2212\uFE63-\uFE66═‹›\u200B-\u200D\u2060\uFEFF\u00AD]|[^\S ]| {2}|^ | $|<=|=<|>=|=>/;

/** Half-width, one space for every whitespace run, trimmed, and `<=` `>=` spelled `≤` `≥`. */
export function normalizeText(s: string): string {
  if (!NEEDS_NORMALIZING.test(s)) return s;
  return toHalfWidth(s)
    .replace(ZERO_WIDTH, '')
    .replace(WHITESPACE, ' ')
    .trim()
    .replace(LESS_EQUAL, '≤')
    .replace(GREATER_EQUAL, '≥');
}
