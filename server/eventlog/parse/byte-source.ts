import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { EventLogParseError } from './errors.ts';

/** Raw input: a Node stream (fs.createReadStream, an upload) or any async iterable of bytes. */
export type ByteInput = AsyncIterable<Uint8Array>;

/** Counts raw bytes as they are read (for progress and gzip error offsets). */
export interface ByteCounter {
  bytesRead: number;
}

/**
 * Yields the input's bytes, transparently gunzipped when it starts with the gzip magic bytes
 * (1f 8b), whatever the file name says. Streams: never holds more than a chunk or two.
 * A truncated or corrupt gzip member fails with GZIP_TRUNCATED / GZIP_CORRUPT at the raw
 * byte offset reached.
 */
export async function* maybeGunzip(input: ByteInput, counter: ByteCounter): AsyncGenerator<Uint8Array> {
  const iterator = input[Symbol.asyncIterator]();
  let head: Uint8Array = new Uint8Array(0);
  while (head.length < 2) {
    const next = await iterator.next();
    if (next.done) break;
    counter.bytesRead += next.value.length;
    head = head.length ? Buffer.concat([head, next.value]) : next.value;
  }
  const rest = async function* (): AsyncGenerator<Uint8Array> {
    if (head.length) yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      counter.bytesRead += next.value.length;
      yield next.value;
    }
  };
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield* rest();
    return;
  }
  const raw = Readable.from(rest(), { objectMode: false });
  // 128 KiB pieces instead of the default 16 KiB: fewer thread-pool round trips and parser calls.
  const gunzip = createGunzip({ chunkSize: 128 * 1024 });
  raw.on('error', (error) => gunzip.destroy(error));
  raw.pipe(gunzip);
  try {
    for await (const chunk of gunzip) yield chunk as Uint8Array;
  } catch (error) {
    throw gzipError(error, counter.bytesRead);
  } finally {
    raw.destroy();
    gunzip.destroy();
  }
}

function gzipError(error: unknown, byte: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'Z_BUF_ERROR') {
    return new EventLogParseError(
      { code: 'GZIP_TRUNCATED', byte },
      'The gzip file ends too early (truncated upload?)',
    );
  }
  if (typeof code === 'string' && code.startsWith('Z_')) {
    return new EventLogParseError(
      { code: 'GZIP_CORRUPT', byte, params: { reason: String((error as Error).message) } },
      `The gzip data is corrupt: ${(error as Error).message}`,
    );
  }
  return error;
}

/**
 * Decodes bytes to text chunks with a streaming TextDecoder (multi-byte characters split across
 * chunks are handled). A leading BOM is dropped.
 */
export async function* decodeText(
  bytes: AsyncIterable<Uint8Array>,
  encoding: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  for await (const chunk of bytes) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * Reads the first `minBytes` of a byte stream (or all of it, if shorter) to sniff a format,
 * encoding, delimiter or date format, and returns them with a stream that still yields
 * everything, the head included.
 */
export async function peek(
  bytes: AsyncIterable<Uint8Array>,
  minBytes = 64 * 1024,
): Promise<{ head: Uint8Array; all: AsyncGenerator<Uint8Array> }> {
  const iterator = bytes[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  while (size < minBytes) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value);
    size += next.value.length;
  }
  const head = parts.length === 1 ? (parts[0] ?? new Uint8Array(0)) : Buffer.concat(parts);
  async function* all(): AsyncGenerator<Uint8Array> {
    if (head.length) yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, all: all() };
}
