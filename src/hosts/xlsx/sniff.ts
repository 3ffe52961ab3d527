/** What a file is by its first bytes, before anything unpacks it: an OLE file, a zip, or a guess at the rest. */
import type { FileKind } from './reasons';

/** The signature of an OLE compound file: .xls, .et, .doc, and an .xlsx with an open password. */
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const ZIP_MAGIC = [0x50, 0x4b];

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** A C0 control character or DEL (GBK text, common for CSV here, decodes to U+FFFD marks, not these). */
export function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** A guess at what a non-zip file is, for the refusal; null when nothing fits. */
export function sniff(bytes: Uint8Array): FileKind | null {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '');
  if (head.startsWith('%PDF')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  const start = head.trimStart().slice(0, 200).toLowerCase();
  if (
    start.startsWith('<!doctype html') ||
    start.startsWith('<html') ||
    /<(head|body|table)[\s>]/.test(start)
  )
    return 'html';
  if (start.startsWith('<?xml')) return 'xml';
  // Text with no control characters besides tab and line breaks: CSV or another plain-text export.
  if (head.length > 0 && [...head].every((char) => !isControl(char) || '\t\n\r'.includes(char)))
    return 'text';
  return null;
}
