import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

/** One file of a zip archive; its content arrives as a stream of strings. */
export interface ZipEntry {
  name: string;
  content: AsyncIterable<string> | Iterable<string>;
}

interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

// 1980-01-01 00:00 in MS-DOS format: the archive carries no timestamps worth keeping.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
// Bit 3: sizes and CRC follow the data (we do not know them up front). Bit 11: UTF-8 names.
const FLAGS = 0x0008 | 0x0800;

function localHeader(name: Buffer): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(8, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt16LE(name.length, 26);
  return Buffer.concat([b, name]);
}

function descriptor(w: Written): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(w.crc >>> 0, 4);
  b.writeUInt32LE(w.compressed, 8);
  b.writeUInt32LE(w.size, 12);
  return b;
}

function centralEntry(w: Written): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(8, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(w.crc >>> 0, 16);
  b.writeUInt32LE(w.compressed, 20);
  b.writeUInt32LE(w.size, 24);
  b.writeUInt16LE(w.name.length, 28);
  b.writeUInt32LE(w.offset, 42);
  return Buffer.concat([b, w.name]);
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

/**
 * Writes a zip archive (deflate, data descriptors) as its entries' content arrives, so memory holds
 * one chunk at a time whatever the size. Enough for XLSX; no zip64, so entries stay under 4 GB.
 */
export async function* zipStream(entries: Iterable<ZipEntry>): AsyncGenerator<Buffer> {
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const header = localHeader(name);
    yield header;
    const w: Written = { name, offset, crc: 0, compressed: 0, size: 0 };
    offset += header.length;
    const deflate = createDeflateRaw();
    const out: Buffer[] = [];
    deflate.on('data', (chunk: Buffer) => out.push(chunk));
    const ended = once(deflate, 'end');
    for await (const text of entry.content) {
      const chunk = Buffer.from(text, 'utf8');
      w.crc = crc32(chunk, w.crc);
      w.size += chunk.length;
      if (!deflate.write(chunk)) await once(deflate, 'drain');
      for (let c = out.shift(); c; c = out.shift()) {
        w.compressed += c.length;
        yield c;
      }
    }
    deflate.end();
    await ended;
    for (let c = out.shift(); c; c = out.shift()) {
      w.compressed += c.length;
      yield c;
    }
    const tail = descriptor(w);
    yield tail;
    offset += w.compressed + tail.length;
    written.push(w);
  }
  const central = Buffer.concat(written.map(centralEntry));
  yield central;
  yield endOfDirectory(written.length, central.length, offset);
}
