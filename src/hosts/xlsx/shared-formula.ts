import { columnIndex, columnLetters } from '../../domain/cells';

/**
 * Tokens of a formula, in the order tried at each position: text literals and quoted sheet names (left alone),
 * a cell reference (not before `(` or another name character), then whole names and numbers so that
 * `LOG10(` or `Sheet1` is never read as a reference.
 */
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])|[A-Za-z_\\][\w.]*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/g;

const LAST_COLUMN = 16_384;
const LAST_ROW = 1_048_576;

/**
 * A shared formula as Excel shows it in another cell of its range: relative references move by the offset
 * from the master cell, `$` parts stay, and a reference moved off the sheet becomes `#REF!`.
 */
export function slideFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(
    TOKEN,
    (token, colFixed?: string, letters?: string, rowFixed?: string, digits?: string) => {
      if (letters === undefined || digits === undefined) return token;
      const col = columnIndex(letters) + 1;
      const row = Number(digits);
      // Beyond XFD or row 0 it is a name such as `ABCD1` or `A0`, not a reference.
      if (col > LAST_COLUMN || row < 1 || row > LAST_ROW) return token;
      const movedCol = colFixed ? col : col + cols;
      const movedRow = rowFixed ? row : row + rows;
      if (movedCol < 1 || movedCol > LAST_COLUMN || movedRow < 1 || movedRow > LAST_ROW) return '#REF!';
      return `${colFixed ?? ''}${columnLetters(movedCol - 1)}${rowFixed ?? ''}${String(movedRow)}`;
    },
  );
}
