/**
 * The zip's central directory, read without trusting it: every record is bounds-checked against the file and
 * its local header, ZIP64 included, so a mangled or lying directory is refused before anything unpacks.
 */
import { DEFAULT_LIMITS, type LoadLimits } from './limits';
import { isRefusal, REASONS, type Refusal } from './reasons';

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
/** The compression methods Excel writes. */
export const STORED = 0;
export const DEFLATED = 8;

/** One part of the zip, as its central directory states it. */
export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  /** CRC-32 of the unpacked bytes, as the directory states it. */
  readonly crc: number;
  /** Last-modified time and date, in MS-DOS form, as the directory states them. */
  readonly time: number;
  readonly date: number;
  readonly packed: number;
  readonly size: number;
  readonly dataStart: number;
}

/** Where the central directory stands, how many records it holds, and the end it must stop before. */
interface DirectoryBounds {
  readonly total: number;
  readonly start: number;
  readonly size: number;
  readonly limit: number;
}

/** A little-endian 64-bit field as a number (exact below 2^53, which is all a 50 MB file can hold). */
function uint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function findEnd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === SIG_END) return at;
  return -1;
}

/** The directory's bounds from the end record, or from the ZIP64 record when a field overflowed. */
function directoryBounds(view: DataView): DirectoryBounds | Refusal {
  const end = findEnd(view);
  if (end < 0) return REASONS.truncated;
  const total = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (total !== 0xffff && size !== 0xffffffff && start !== 0xffffffff)
    return { total, start, size, limit: end };
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== SIG_LOCATOR64) return REASONS.corrupt;
  const record = uint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== SIG_END64) return REASONS.corrupt;
  return {
    total: uint64(view, record + 32),
    size: uint64(view, record + 40),
    start: uint64(view, record + 48),
    limit: record,
  };
}

/** A record's sizes and local header offset; ZIP64's real values follow in extra field 0x0001, in this order. */
function recordSizes(view: DataView, at: number, nameLength: number, extraLength: number) {
  const sizes = {
    size: view.getUint32(at + 24, true),
    packed: view.getUint32(at + 20, true),
    local: view.getUint32(at + 42, true),
  };
  const extraEnd = at + 46 + nameLength + extraLength;
  for (let x = at + 46 + nameLength; x + 4 <= extraEnd; x += 4 + view.getUint16(x + 2, true)) {
    if (view.getUint16(x, true) !== 1) continue;
    const fieldsEnd = x + 4 + view.getUint16(x + 2, true);
    let field = x + 4;
    const take = (): number => {
      if (field + 8 > fieldsEnd) return Infinity;
      const value = uint64(view, field);
      field += 8;
      return value;
    };
    if (sizes.size === 0xffffffff) sizes.size = take();
    if (sizes.packed === 0xffffffff) sizes.packed = take();
    if (sizes.local === 0xffffffff) sizes.local = take();
  }
  return sizes;
}

/** The record at `at` as an entry, with where the next one starts; or why the directory is refused. */
function readRecord(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  end: number,
  names: TextDecoder,
): { readonly entry: ZipEntry; readonly next: number } | Refusal {
  if (at + 46 > end || view.getUint32(at, true) !== SIG_CENTRAL) return REASONS.corrupt;
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  if (next > end) return REASONS.corrupt;
  const { size, packed, local } = recordSizes(view, at, nameLength, extraLength);
  const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, '');
  if (local + 30 > bytes.length) return REASONS.pastEnd;
  if (view.getUint32(local, true) !== SIG_LOCAL) return REASONS.corrupt;
  const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (dataStart + packed > bytes.length) return REASONS.pastEnd;
  const entry: ZipEntry = {
    name,
    flags: view.getUint16(at + 8, true),
    method: view.getUint16(at + 10, true),
    crc: view.getUint32(at + 16, true),
    time: view.getUint16(at + 12, true),
    date: view.getUint16(at + 14, true),
    packed,
    size,
    dataStart,
  };
  return { entry, next };
}

/** The central directory as a list of entries, or why it cannot be trusted. */
export function readDirectory(bytes: Uint8Array, limits: LoadLimits = DEFAULT_LIMITS): ZipEntry[] | Refusal {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bounds = directoryBounds(view);
  if (isRefusal(bounds)) return bounds;
  if (bounds.total > limits.maxEntries) return REASONS.entries(limits.maxEntries);
  const end = bounds.start + bounds.size;
  if (end > bounds.limit) return REASONS.truncated;
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = bounds.start;
  for (let i = 0; i < bounds.total; i++) {
    const record = readRecord(bytes, view, at, end, names);
    if (isRefusal(record)) return record;
    entries.push(record.entry);
    at = record.next;
  }
  // JSZip (ExcelJS's unzipper) rejects a directory holding more records than its end record says, too.
  if (at !== end) return REASONS.corrupt;
  return entries;
}
