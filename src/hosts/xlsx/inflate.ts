/**
 * Unpacking one part a bounded piece at a time, so that a part lying about its size is caught before it
 * stands whole in memory. Web APIs by default (DecompressionStream); the CLI passes Node's zlib.
 */
import { STORED, type ZipEntry } from './zip-directory';

/**
 * Inflates raw deflate data a piece at a time, yielding at most `size + 1` bytes in all (a part that inflates
 * past its declared size is refused either way); Node passes its native zlib, ~30× faster than the web stream.
 */
export type Inflate = (packed: Uint8Array, size: number) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Packed bytes fed to the inflater at a time: at most ~16 MiB comes out of each (deflate tops at 1032:1). */
const FEED = 16 * 1024;

/** Thrown by an Inflate that stopped because the part inflated past its declared size. */
export class PastDeclaredSize extends Error {
  constructor() {
    super('part inflates past its declared size');
    this.name = 'PastDeclaredSize';
  }
}

/** The part's bytes as they inflate, a piece at a time; the caller may stop early. */
export async function* unpacked(
  data: Uint8Array,
  entry: ZipEntry,
  inflate: Inflate,
): AsyncGenerator<Uint8Array, void, undefined> {
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += 4 * FEED) yield data.subarray(at, at + 4 * FEED);
    return;
  }
  yield* inflate(data, entry.size);
}

/** The browser's (and any runtime's) inflater: DecompressionStream, fed a bounded slice at a time. */
export async function* webInflate(data: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  let offset = 0;
  const packed = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (offset >= data.length) controller.close();
        else controller.enqueue(data.slice(offset, (offset += FEED)));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = packed.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
