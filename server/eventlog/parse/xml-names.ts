import { decodeAttributeValue } from './xml-entities.ts';

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

  /**
   * Texts longer than `maxLength` bytes are decoded each time. `values`: the texts are attribute
   * values, whose white space is normalised (see {@link decodeSpan}); names are decoded as they are.
   */
  constructor(
    private readonly encoding: 'utf8' | 'latin1',
    private readonly maxLength = 64,
    private readonly values = false,
  ) {}

  /** The text of buf[start, end). */
  get(buf: Buffer, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    if (length > this.maxLength) return this.decode(buf, start, end);
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
    const text = this.decode(buf, start, end);
    this.bytes[slot] = Buffer.from(buf.subarray(start, end));
    this.texts[slot] = text;
    return text;
  }

  private decode(buf: Buffer, start: number, end: number): string {
    return this.values ? decodeSpan(buf, start, end, this.encoding) : buf.toString(this.encoding, start, end);
  }
}

/**
 * The text of an attribute value without entities (those are decoded when the tag is read):
 * ASCII is read as Latin-1 (the cheaper decode), and tab, CR and LF become spaces as XML 1.0
 * normalises them (§3.3.3), found here rather than by a loop over every value in the scanner.
 */
export function decodeSpan(buf: Buffer, start: number, end: number, encoding: 'utf8' | 'latin1'): string {
  let control = false;
  let wide = false;
  for (let k = start; k < end; k++) {
    const b = buf[k] as number;
    if (b < 0x20) control = true;
    else if (b >= 0x80) wide = true;
  }
  const text = buf.toString(wide ? encoding : 'latin1', start, end);
  return control ? (decodeAttributeValue(text) ?? text) : text;
}

function sameBytes(a: Buffer, buf: Buffer, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}
