const SLOTS = 4096; // a power of two

/**
 * Interns short byte strings (element and attribute names: a log has a handful; activities and
 * resources: tens to thousands) so each is decoded once instead of at every tag. A direct-mapped
 * table: the slot comes from the length and five sampled bytes, a hit is confirmed by comparing
 * the bytes, and a miss replaces the slot's entry (cheaper than hashing every byte into a Map,
 * which cost more than the decoding it saved).
 */
export class NameCache {
  private readonly texts: string[] = new Array<string>(SLOTS).fill('');
  private readonly bytes: (Buffer | undefined)[] = new Array<Buffer | undefined>(SLOTS).fill(undefined);

  /** Texts longer than `maxLength` bytes are decoded each time. */
  constructor(
    private readonly encoding: 'utf8' | 'latin1',
    private readonly maxLength = 64,
  ) {}

  /** The text of buf[start, end). */
  get(buf: Buffer, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    if (length > this.maxLength) return buf.toString(this.encoding, start, end);
    const mix =
      Math.imul(length, 0x9e3779b1) ^
      Math.imul(buf[start] as number, 0x85ebca6b) ^
      Math.imul(buf[start + (length >> 1)] as number, 0xc2b2ae35) ^
      Math.imul(buf[end - 1] as number, 0x27d4eb2f) ^
      Math.imul(buf[end - 2 >= start ? end - 2 : start] as number, 0x165667b1) ^
      Math.imul(buf[start + (length >> 2)] as number, 0x61c88647);
    const slot = (mix ^ (mix >>> 15)) & (SLOTS - 1);
    const known = this.bytes[slot];
    if (known !== undefined && sameBytes(known, buf, start, end)) return this.texts[slot] as string;
    const text = buf.toString(this.encoding, start, end);
    this.bytes[slot] = Buffer.from(buf.subarray(start, end));
    this.texts[slot] = text;
    return text;
  }
}

function sameBytes(a: Buffer, buf: Buffer, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}
