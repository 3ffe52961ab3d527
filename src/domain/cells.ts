/** A raw cell value as a spreadsheet holds it. */
export type CellValue = string | number | boolean | null;

/** Where a value came from: 0-based row and column inside a sheet (A1 text only at the edges). */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** One cell of a form: its value, what the user sees, and where it stands. */
export interface FormCell extends CellPosition {
  readonly value: CellValue;
  /** The text as displayed (number format applied), when the host knows it. */
  readonly text?: string;
  /** The number format, e.g. `0.00%`, when the host knows it. */
  readonly format?: string;
  /** The formula, without the leading `=`, when the cell holds one. */
  readonly formula?: string;
}

/** Converts a 0-based column index to its letters (0 → A, 26 → AA). */
export function columnLetters(col: number): string {
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based index of column letters (A → 0, AA → 26), either case. */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** A1 address of a 0-based position. */
export function toA1(position: CellPosition): string {
  return `${columnLetters(position.col)}${position.row + 1}`;
}

/** 0-based position of an A1 address (`$` allowed); null when it is not one. */
export function fromA1(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match?.[1] || !match[2]) return null;
  const row = Number(match[2]);
  if (row < 1) return null;
  return { row: row - 1, col: columnIndex(match[1]) };
}

/** True when a cell holds nothing a person typed (null, empty or whitespace text). */
export function isBlank(cell: FormCell | undefined): boolean {
  if (!cell) return true;
  const { value } = cell;
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The cell's content as text: the displayed text when known, else the raw value. */
export function cellText(cell: FormCell | undefined): string {
  if (!cell || cell.value === null) return '';
  if (typeof cell.value === 'string') return cell.value;
  return cell.text ?? String(cell.value);
}
