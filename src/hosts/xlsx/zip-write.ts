/**
 * Writes a zip from parts that are either copied as they are (their packed bytes, CRC and sizes straight
 * from another zip) or new text stored uncompressed. Enough to put back into an .xlsx what ExcelJS leaves
 * out, without unpacking and packing everything again. No ZIP64: a workbook copy stays far below 4 GB.
 */

/** A part of the zip to write: packed bytes with the method, CRC and unpacked size that go with them. */
export interface ZipPart {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  /** MS-DOS time and date of the part; 1980-01-01 00:00 when absent. */
  readonly time?: number;
  readonly date?: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 (ISO-HDLC, as zip uses) of some bytes; `previous` continues the CRC of what came before. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** A new part holding `text` as UTF-8, stored uncompressed. */
export function storedText(name: string, text: string): ZipPart {
  const data = new TextEncoder().encode(text);
  return { name, method: 0, crc: crc32(data), size: data.length, data };
}

/** The zip holding `parts` in order. Names are UTF-8 (flag bit 11); a part without a time is dated 1980-01-01. */
export function writeZip(parts: readonly ZipPart[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = parts.map((part) => encoder.encode(part.name));
  const localSize = parts.reduce((sum, part, i) => sum + 30 + (names[i]?.length ?? 0) + part.data.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 0x0800, true);
    view.setUint16(at + 8, part.method, true);
    view.setUint16(at + 10, part.time ?? 0, true);
    view.setUint16(at + 12, part.date ?? 0x21, true);
    view.setUint32(at + 14, part.crc, true);
    view.setUint32(at + 18, part.data.length, true);
    view.setUint32(at + 22, part.size, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(part.data, at + 30 + name.length);
    at += 30 + name.length + part.data.length;
  });
  const directory = at;
  parts.forEach((part, i) => {
    const name = names[i] ?? new Uint8Array();
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint16(at + 10, part.method, true);
    view.setUint16(at + 12, part.time ?? 0, true);
    view.setUint16(at + 14, part.date ?? 0x21, true);
    view.setUint32(at + 16, part.crc, true);
    view.setUint32(at + 20, part.data.length, true);
    view.setUint32(at + 24, part.size, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
