import { decodeAttributeValue } from './xml-entities.ts';
import { decodeSpan, NameCache } from './xml-names.ts';

/**
 * The attributes of the start tag being reported, read on demand. Valid only during the sink's
 * `open` call (the byte scanner reuses one instance for every tag): keep the strings, not this.
 */
export interface TagAttributes {
  /** The decoded value of attribute `name`, or undefined when the tag has none. */
  get(name: string): string | undefined;
  /** Like {@link get}, for values that repeat (keys, activities, resources): one string per value. */
  interned(name: string): string | undefined;
  /** Every attribute, in document order (tests and tools; the XES reader asks by name). */
  toRecord(): Record<string, string>;
}

/** Attributes already decoded to a record (saxes); a value that is not a string counts as absent. */
export class RecordAttributes implements TagAttributes {
  constructor(private readonly record: Readonly<Record<string, unknown>>) {}
  get(name: string): string | undefined {
    const value = Object.hasOwn(this.record, name) ? this.record[name] : undefined;
    return typeof value === 'string' ? value : undefined;
  }
  interned(name: string): string | undefined {
    return this.get(name);
  }
  toRecord(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(this.record)) if (typeof value === 'string') out[key] = value;
    return out;
  }
}

const FIELDS = 5; // keyStart, keyEnd, valueStart, valueEnd, flags
const DECODED = 2; // the value had entities: its text (decoded, and so validated) is in `decoded`

/**
 * The byte scanner's attributes: offsets into the current buffer, no string made until a value is
 * asked for. Keys are compared as bytes; values with entities are decoded (and so validated) when
 * the tag is read, every other value only when asked for (white space normalised then, see
 * {@link decodeSpan}).
 */
export class ByteAttributes implements TagAttributes {
  private buf: Buffer = Buffer.alloc(0);
  private spans = new Int32Array(8 * FIELDS);
  private decoded: (string | undefined)[] = [];
  private count = 0;
  /** Which attribute is `key` and which `value` (-1: none), noted as they are added: XES asks for these two at every tag. */
  private keyAt = -1;
  private valueAt = -1;
  private readonly values: NameCache;

  constructor(private readonly encoding: 'utf8' | 'latin1') {
    this.values = new NameCache(encoding, 128, true);
  }

  /** Starts a new tag in `buf`. */
  reset(buf: Buffer): void {
    this.buf = buf;
    this.count = 0;
    this.keyAt = -1;
    this.valueAt = -1;
  }

  /** True when the tag already has an attribute named buf[start, end). */
  has(start: number, end: number): boolean {
    return this.indexOfBytes(start, end) >= 0;
  }

  /**
   * Adds an attribute. `entities`: the value holds `&` and is decoded now; returns false when it has
   * an unknown or malformed entity.
   */
  add(keyStart: number, keyEnd: number, from: number, to: number, entities: boolean): boolean {
    if ((this.count + 1) * FIELDS > this.spans.length) {
      const grown = new Int32Array(this.spans.length * 2);
      grown.set(this.spans);
      this.spans = grown;
    }
    const at = this.count * FIELDS;
    const s = this.spans;
    s[at] = keyStart;
    s[at + 1] = keyEnd;
    s[at + 2] = from;
    s[at + 3] = to;
    s[at + 4] = entities ? DECODED : 0;
    if (entities) {
      const value = decodeAttributeValue(this.buf.toString(this.encoding, from, to));
      if (value === undefined) return false;
      this.decoded[this.count] = value;
    }
    const length = keyEnd - keyStart;
    const buf = this.buf;
    if (length === 3 && buf[keyStart] === 0x6b && buf[keyStart + 1] === 0x65 && buf[keyStart + 2] === 0x79) {
      this.keyAt = this.count;
    } else if (length === 5 && buf[keyStart] === 0x76 && isValue(buf, keyStart)) {
      this.valueAt = this.count;
    }
    this.count++;
    return true;
  }

  get(name: string): string | undefined {
    const j = this.indexOf(name);
    return j < 0 ? undefined : this.value(j, false);
  }

  interned(name: string): string | undefined {
    const j = this.indexOf(name);
    return j < 0 ? undefined : this.value(j, true);
  }

  private indexOf(name: string): number {
    if (name === 'key') return this.keyAt;
    if (name === 'value') return this.valueAt;
    return this.indexOfName(name);
  }

  toRecord(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let j = 0; j < this.count; j++) {
      const at = j * FIELDS;
      const key = this.buf.toString(this.encoding, this.spans[at], this.spans[at + 1]);
      out[key] = this.value(j, false);
    }
    return out;
  }

  private value(j: number, intern: boolean): string {
    const at = j * FIELDS;
    if ((this.spans[at + 4] as number) & DECODED) return this.decoded[j] as string;
    const from = this.spans[at + 2] as number;
    const to = this.spans[at + 3] as number;
    if (intern) return this.values.get(this.buf, from, to);
    return decodeSpan(this.buf, from, to, this.encoding);
  }

  /** The attribute whose key is `name` (ASCII, as every XES key the reader asks for), or -1. */
  private indexOfName(name: string): number {
    const s = this.spans;
    const buf = this.buf;
    outer: for (let j = 0; j < this.count; j++) {
      const at = j * FIELDS;
      const start = s[at] as number;
      if ((s[at + 1] as number) - start !== name.length) continue;
      for (let k = 0; k < name.length; k++) if (buf[start + k] !== name.charCodeAt(k)) continue outer;
      return j;
    }
    return -1;
  }

  private indexOfBytes(start: number, end: number): number {
    const s = this.spans;
    const buf = this.buf;
    const length = end - start;
    outer: for (let j = 0; j < this.count; j++) {
      const at = j * FIELDS;
      const other = s[at] as number;
      if ((s[at + 1] as number) - other !== length) continue;
      for (let k = 0; k < length; k++) if (buf[other + k] !== buf[start + k]) continue outer;
      return j;
    }
    return -1;
  }
}

/** True when buf[at, at + 5) is `value`. */
function isValue(buf: Buffer, at: number): boolean {
  return buf[at + 1] === 0x61 && buf[at + 2] === 0x6c && buf[at + 3] === 0x75 && buf[at + 4] === 0x65;
}
