/**
 * How much room a label needs, so that templates print like the official forms: every label fits its cell.
 * Widths are in Excel's character units (the width of a digit in the 11 pt body font); a Chinese character
 * or a full-width form is two of them. Heights are in points.
 */

/** CJK ideographs, kana, full-width forms and CJK punctuation: two character units each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a line of text in character units at 11 pt. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1;
  return units;
}

/** Character units one cell line holds: its width less the cell's padding, scaled to the font. */
function unitsPerLine(widthChars: number, fontSize: number): number {
  return Math.max(1, (widthChars - 1) * (11 / fontSize));
}

/**
 * The lines a text takes in a cell `widthChars` wide, wrapped at `fontSize`: each line of the text on its own,
 * with a margin, since the printer's font is not ours to measure and a cut label costs more than a tall row.
 */
export function linesIn(text: string, widthChars: number, fontSize = 11): number {
  const room = unitsPerLine(widthChars, fontSize) * 0.9;
  return text
    .split(/\r?\n/)
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(textUnits(line) / room)), 0);
}

/** The height in points of `lines` lines at `fontSize`, with the cell's padding. */
export function heightFor(lines: number, fontSize = 11): number {
  return Math.ceil(lines * fontSize * 1.4 + 5);
}
