import { ByteAttributes, type TagAttributes } from './xml-attributes.ts';
import { ByteLines } from './xml-lines.ts';
import { NameCache } from './xml-names.ts';

/**
 * Receives the elements of the document (a self-closing tag gets `open` then `close`). The
 * attributes are readable only during the `open` call.
 */
export interface XmlSink {
  open(name: string, attributes: TagAttributes): void;
  close(name: string): void;
}

/** A well-formedness failure with its place: 1-based line, 1-based column (in characters). */
export class XmlScanError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`);
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
/** `nextLt`/`nextAmp`: not searched yet in this buffer; none up to the buffer's end. */
const UNKNOWN = -2;
const NONE = -1;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const EMPTY = Buffer.alloc(0);
/** Bytes of a new chunk joined to the construct cut at the end of the previous one. */
const JOIN_HEAD = 4096;

/** Bytes that end a name: white space, `/`, `>`, `=`. */
function endsName(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d || b === SLASH || b === GT || b === EQUALS;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

/**
 * A streaming XML scanner over UTF-8 (or Latin-1) bytes that reports only elements and their
 * attributes: all XES needs. Why not a general SAX parser: XES is a stream of small tags, and a
 * parser that decodes every byte to a string and tracks every character's position spends most of
 * its time on text we throw away. This one searches for `<` with the native `indexOf`, keeps
 * attributes as byte offsets and decodes only the values the sink asks for (names once, interned),
 * and counts lines lazily (only up to where a position is asked for).
 *
 * It checks what makes a log unreadable or ambiguous: tags that do not match or are left open,
 * malformed tags and attributes, duplicate attributes, `<` in a value, unknown entities, text or a
 * second element outside the root. It does not validate names' characters or DTDs (a DOCTYPE is
 * skipped). `saxes` stays the reference in tests, which prove both give the same events.
 */
export class XmlByteScanner {
  private pending: Buffer = EMPTY;
  private offset = 0; // absolute offset of pending[0]
  private readonly stack: string[] = [];
  private rootSeen = false;
  private readonly lines = new ByteLines();
  private tagEnd = 0; // absolute offset just past the last tag, for positions
  private readonly names: NameCache;
  private readonly attributes: ByteAttributes;
  private started = false;
  /** Offset of the next `<` / `&` in the buffer being scanned, at or after the last value read. */
  private nextLt = UNKNOWN;
  private nextAmp = UNKNOWN;

  constructor(
    private readonly sink: XmlSink,
    private readonly encoding: 'utf8' | 'latin1' = 'utf8',
  ) {
    this.names = new NameCache(encoding);
    this.attributes = new ByteAttributes(encoding);
  }

  /** The line of the end of the last tag reported (as saxes reports it). */
  get line(): number {
    return this.lines.lineAt(this.tagEnd, this.pending, this.offset);
  }

  /** The column (in characters) of the end of the last tag reported. */
  get column(): number {
    return this.lines.positionOf(this.tagEnd, this.pending, this.offset, this.encoding).column;
  }

  /** Feeds the next bytes. Throws {@link XmlScanError} on malformed input. */
  write(chunk: Uint8Array): void {
    let buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!this.started) {
      if (this.pending.length) buf = Buffer.concat([this.pending, buf]);
      // A byte-order mark may arrive split over chunks: wait for three bytes before deciding.
      if (buf.length < 3 && BOM.subarray(0, buf.length).equals(buf)) {
        this.pending = buf;
        return;
      }
      this.started = true;
      if (buf.subarray(0, 3).equals(BOM)) {
        buf = buf.subarray(3);
        this.offset = 3;
        this.lines.skip(3);
      }
    } else if (this.pending.length) {
      buf = this.joinPending(buf);
    }
    this.consume(buf);
  }

  /** Scans `buf` (at this.offset) and keeps the incomplete construct at its end, if any. */
  private consume(buf: Buffer): void {
    this.pending = buf;
    const consumed = this.scan(buf, false);
    this.lines.advance(buf, this.offset, this.offset + consumed);
    this.pending = consumed === buf.length ? EMPTY : Buffer.from(buf.subarray(consumed));
    this.offset += consumed;
  }

  /**
   * Completes the construct cut at the end of the last chunk with the head of `chunk`, instead of
   * copying the whole chunk behind it; returns what remains to scan. The pending bytes always start
   * with an incomplete construct, so a scan either gets past them or consumes nothing (a construct
   * longer than the head: then the chunk is appended whole).
   */
  private joinPending(chunk: Buffer): Buffer {
    const held = this.pending;
    if (chunk.length <= JOIN_HEAD) return Buffer.concat([held, chunk]);
    const joint = Buffer.concat([held, chunk.subarray(0, JOIN_HEAD)]);
    this.pending = joint;
    const consumed = this.scan(joint, false);
    if (consumed <= held.length) return Buffer.concat([held, chunk]);
    this.lines.advance(joint, this.offset, this.offset + consumed);
    this.offset += consumed;
    return chunk.subarray(consumed - held.length);
  }

  /** Ends the input: anything left open is an error. */
  end(): void {
    const buf = this.pending;
    const consumed = this.scan(buf, true);
    if (consumed < buf.length) this.fail('unexpected end of file inside a tag', this.offset + consumed);
    const open = this.stack.at(-1);
    if (open !== undefined) this.fail(`unclosed tag: ${open}`, this.offset + buf.length);
    if (!this.rootSeen) this.fail('document must contain a root element', this.offset + buf.length);
  }

  /** Scans complete constructs; returns how many bytes were consumed. */
  private scan(buf: Buffer, final: boolean): number {
    let pos = 0;
    const n = buf.length;
    this.nextLt = UNKNOWN;
    this.nextAmp = UNKNOWN;
    while (pos < n) {
      // The `<` after the last start tag was found while reading it (see `attribute`).
      const lt = this.nextLt >= pos || this.nextLt === NONE ? this.nextLt : buf.indexOf(LT, pos);
      const textEnd = lt < 0 ? n : lt;
      if (this.stack.length === 0 && textEnd > pos) this.checkOutsideText(buf, pos, textEnd);
      if (lt < 0) return n;
      const end = this.construct(buf, lt, final);
      if (end < 0) return lt; // incomplete: wait for more bytes
      pos = end;
    }
    return pos;
  }

  /** Handles the construct starting at `<` (position lt); returns the offset after it, or -1. */
  private construct(buf: Buffer, lt: number, final: boolean): number {
    const next = buf[lt + 1];
    if (next === undefined) return final ? this.fail('unexpected end of file', this.offset + lt) : -1;
    if (next === SLASH) return this.endTag(buf, lt);
    if (next === QUESTION) return this.skipTo(buf, lt, '?>');
    if (next === BANG) {
      if (startsWith(buf, lt + 2, '--')) return this.skipTo(buf, lt + 4, '-->');
      if (startsWith(buf, lt + 2, '[CDATA[')) {
        if (this.stack.length === 0) this.fail('CDATA outside the root element', this.offset + lt);
        return this.skipTo(buf, lt + 9, ']]>');
      }
      if (buf.length - lt < 9 && !final) return -1;
      if (startsWith(buf, lt + 2, 'DOCTYPE')) return this.skipDoctype(buf, lt);
      return this.fail('unsupported markup after <!', this.offset + lt);
    }
    return this.startTag(buf, lt);
  }

  private skipTo(buf: Buffer, from: number, terminator: string): number {
    const at = buf.indexOf(terminator, from, 'latin1');
    return at < 0 ? -1 : at + terminator.length;
  }

  private skipDoctype(buf: Buffer, lt: number): number {
    const bracket = buf.indexOf(0x5b, lt);
    const gt = buf.indexOf(GT, lt);
    if (gt < 0) return -1;
    if (bracket < 0 || bracket > gt) return gt + 1;
    const close = buf.indexOf(']', bracket, 'latin1');
    if (close < 0) return -1;
    const after = buf.indexOf(GT, close);
    return after < 0 ? -1 : after + 1;
  }

  private endTag(buf: Buffer, lt: number): number {
    const gt = buf.indexOf(GT, lt);
    if (gt < 0) return -1;
    let nameEnd = lt + 2;
    while (nameEnd < gt && !isSpace(buf[nameEnd] as number)) nameEnd++;
    for (let i = nameEnd; i < gt; i++) {
      if (!isSpace(buf[i] as number)) this.fail('malformed end tag', this.offset + i);
    }
    const name = this.names.get(buf, lt + 2, nameEnd);
    const open = this.stack.pop();
    this.tagEnd = this.offset + gt + 1;
    if (open !== name) {
      const why =
        open === undefined
          ? `unmatched closing tag: ${name}`
          : `unexpected close tag ${name}, expected ${open}`;
      this.fail(why, this.offset + lt);
    }
    this.sink.close(name);
    return gt + 1;
  }

  private startTag(buf: Buffer, lt: number): number {
    const n = buf.length;
    let i = lt + 1;
    while (i < n && !endsName(buf[i] as number)) i++;
    if (i >= n) return -1;
    if (i === lt + 1) this.fail('a tag must start with a name', this.offset + lt);
    const name = this.names.get(buf, lt + 1, i);
    const attributes = this.attributes;
    attributes.reset(buf);
    for (;;) {
      while (i < n && isSpace(buf[i] as number)) i++;
      if (i >= n) return -1;
      const b = buf[i] as number;
      if (b === GT || b === SLASH) {
        if (b === SLASH && buf[i + 1] !== GT) {
          if (i + 1 >= n) return -1;
          this.fail('malformed tag: / must be followed by >', this.offset + i);
        }
        const selfClosing = b === SLASH;
        const end = selfClosing ? i + 2 : i + 1;
        this.openElement(name, attributes, selfClosing, lt, end);
        return end;
      }
      i = this.attribute(buf, i);
      if (i < 0) return -1;
    }
  }

  /** Reads `name="value"` at i into the tag's attributes; returns the offset after it (-1: incomplete). */
  private attribute(buf: Buffer, start: number): number {
    const n = buf.length;
    let i = start;
    while (i < n && !endsName(buf[i] as number)) i++;
    if (i >= n) return -1;
    if (i === start) this.fail('malformed attribute', this.offset + start);
    const keyEnd = i;
    while (i < n && isSpace(buf[i] as number)) i++;
    if (i >= n) return -1;
    if (buf[i] !== EQUALS)
      this.fail(`attribute ${this.text(buf, start, keyEnd)} without a value`, this.offset + i);
    i++;
    while (i < n && isSpace(buf[i] as number)) i++;
    if (i >= n) return -1;
    const quote = buf[i];
    if (quote !== DQUOTE && quote !== SQUOTE)
      this.fail(`value of ${this.text(buf, start, keyEnd)} must be quoted`, this.offset + i);
    // No loop over the value's bytes: its end, the next `<` and the next `&` are found by the native
    // indexOf, each `<`/`&` search shared by every value up to the byte it found.
    const from = i + 1;
    const close = buf.indexOf(quote, from);
    let lt = this.nextLt;
    if (lt !== NONE && lt < from) lt = this.nextLt = buf.indexOf(LT, from);
    // A `<` fails at once, even before the closing quote arrives.
    if (lt !== NONE && (close < 0 || lt < close))
      this.fail(`< in the value of ${this.text(buf, start, keyEnd)}`, this.offset + lt);
    if (close < 0) return -1;
    let amp = this.nextAmp;
    if (amp !== NONE && amp < from) amp = this.nextAmp = buf.indexOf(AMP, from);
    const entities = amp !== NONE && amp < close;
    if (this.attributes.has(start, keyEnd))
      this.fail(`duplicate attribute: ${this.text(buf, start, keyEnd)}`, this.offset + start);
    if (!this.attributes.add(start, keyEnd, from, close, entities))
      this.fail(
        `unknown or malformed entity in the value of ${this.text(buf, start, keyEnd)}`,
        this.offset + from,
      );
    return close + 1;
  }

  /** The text of buf[start, end), for messages. */
  private text(buf: Buffer, start: number, end: number): string {
    return buf.toString(this.encoding, start, end);
  }

  private openElement(
    name: string,
    attributes: TagAttributes,
    selfClosing: boolean,
    lt: number,
    end: number,
  ): void {
    if (this.stack.length === 0) {
      if (this.rootSeen) this.fail('more than one root element', this.offset + lt);
      this.rootSeen = true;
    }
    this.tagEnd = this.offset + end;
    this.sink.open(name, attributes);
    if (selfClosing) this.sink.close(name);
    else this.stack.push(name);
  }

  private checkOutsideText(buf: Buffer, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (!isSpace(buf[i] as number)) this.fail('text data outside of root node', this.offset + i);
    }
  }

  private fail(reason: string, at: number): never {
    const { line, column } = this.lines.positionOf(at, this.pending, this.offset, this.encoding);
    throw new XmlScanError(reason, line, column);
  }
}

function startsWith(buf: Buffer, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (buf[at + k] !== text.charCodeAt(k)) return false;
  return true;
}
