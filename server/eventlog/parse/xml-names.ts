import { decodeAttributeValue } from './xml-entities.ts';

const SLOTS = 4096; // a power of two

/**
 * Interns short byte strings (element and attribute names: a log has a handful; activities and
 * resources: tens to thousands) so each is decoded once instead of at every tag. A direct-mapped
 * table: the slot comes from the length and five sampled bytes, a hit is confirmed by comparing
 * the bytes, and a miss replaces the slot's entry (cheaper than hashing every byte into a Map,
 * which cost more than the decoding it saved). The bytes of all slots sit in one array, a slot
 * `maxLength` bytes wide: a lookup touches one place in memory instead of a Buffer object and its
 * separately allocated bytes (a Buffer per slot made this the parser's largest cost).
 */
export class NameCache {
  private readonly texts: string[] = new Array<string>(SLOTS).fill('');
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly arena: Uint8Array;

  /**
   * Texts longer than `maxLength` bytes are decoded each time. `values`: the texts are attribute
   * values, whose white space is normalised (see {@link decodeSpan}); names are decoded as they are.
   */
  constructor(
    private readonly encoding: 'utf8' | 'latin1',
    private readonly maxLength = 64,
    private readonly values = false,
  ) {
    this.arena = new Uint8Array(SLOTS * maxLength);
  }

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
    const arena = this.arena;
    const base = slot * this.maxLength;
    if (this.lengths[slot] === length) {
      let k = 0;
      while (k < length && arena[base + k] === buf[start + k]) k++;
      if (k === length) return this.texts[slot] as string;
    }
    const text = this.decode(buf, start, end);
    arena.set(buf.subarray(start, end), base);
    this.lengths[slot] = length;
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
