const NEWLINE = 0x0a;

/**
 * Counts lines lazily over a byte stream that is read once, front to back: positions are asked
 * for in increasing order, so each byte is counted at most once, and only up to the furthest
 * position asked for (or the bytes about to be dropped).
 */
export class ByteLines {
  private counted = 0; // absolute offset up to which newlines are counted
  private line = 1;
  private lastNewline = -1; // absolute offset of the last newline before `counted`

  /** The input starts `n` bytes later (a byte-order mark that was dropped). */
  skip(n: number): void {
    this.counted += n;
  }

  /** Counts newlines in `buf` (whose first byte is at absolute `bufOffset`) up to `upTo`. */
  advance(buf: Uint8Array, bufOffset: number, upTo: number): void {
    if (upTo <= this.counted) return;
    const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    const end = upTo - bufOffset;
    let i = Math.max(0, this.counted - bufOffset);
    for (;;) {
      const nl = b.indexOf(NEWLINE, i);
      if (nl < 0 || nl >= end) break;
      this.line++;
      this.lastNewline = bufOffset + nl;
      i = nl + 1;
    }
    this.counted = upTo;
  }

  /** The 1-based line of absolute offset `at` (within `buf`). */
  lineAt(at: number, buf: Uint8Array, bufOffset: number): number {
    this.advance(buf, bufOffset, at);
    return this.line;
  }

  /** 1-based line and column (in characters) of absolute offset `at`, for error messages. */
  positionOf(
    at: number,
    buf: Uint8Array,
    bufOffset: number,
    encoding: 'utf8' | 'latin1',
  ): { line: number; column: number } {
    const line = this.lineAt(at, buf, bufOffset);
    const from = Math.max(this.lastNewline + 1, bufOffset);
    const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString(
      encoding,
      from - bufOffset,
      Math.max(from, at) - bufOffset,
    );
    return { line, column: [...text].length + 1 };
  }
}
