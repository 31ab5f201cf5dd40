/**
 * Interns short byte strings (element and attribute names: a log has a handful) so each is decoded
 * once instead of at every tag. Collisions are resolved by comparing the bytes.
 */
export class NameCache {
  private readonly entries = new Map<number, { bytes: Buffer; text: string }[]>();

  constructor(private readonly encoding: 'utf8' | 'latin1') {}

  /** The text of buf[start, end). */
  get(buf: Buffer, start: number, end: number): string {
    const length = end - start;
    if (length > 32) return buf.toString(this.encoding, start, end);
    let hash = length;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + (buf[i] as number)) | 0;
    const bucket = this.entries.get(hash);
    if (bucket) {
      for (const entry of bucket) if (sameBytes(entry.bytes, buf, start, end)) return entry.text;
    }
    const bytes = Buffer.from(buf.subarray(start, end));
    const text = bytes.toString(this.encoding);
    if (bucket) bucket.push({ bytes, text });
    else if (this.entries.size < 4096) this.entries.set(hash, [{ bytes, text }]);
    return text;
  }
}

function sameBytes(a: Buffer, buf: Buffer, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}
