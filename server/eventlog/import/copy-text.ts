import type { CaseRow, EventRow } from './rows.ts';

const TAB = 9;
const NEWLINE = 10;
const NEEDS_ESCAPE = /[\\\n\r\t]/;
/** Longer strings (JSON attributes) go through one native UTF-8 write instead of the byte loop. */
const SHORT = 64;

/**
 * Builds COPY text-format rows straight into a Buffer: each field is written in place (ASCII
 * byte by byte, anything else through one native UTF-8 write), so a batch of rows costs one
 * allocation instead of a tree of small strings that the socket write must flatten and encode.
 * Measured on 1,000,000 rows: about half the time of the former template-string lines.
 * Every row starts with the tenant and log columns (`prefix`, the same for the whole import).
 */
export class CopyText {
  private readonly prefix: Buffer;
  private buf: Buffer;
  private pos = 0;

  constructor(municipalityId: string, logId: string) {
    this.prefix = Buffer.from(`${municipalityId}\t${logId}\t`);
    this.buf = Buffer.allocUnsafe(64 * 1024);
  }

  /** Bytes written and not yet taken. */
  get length(): number {
    return this.pos;
  }

  /** Appends one event: case_no, seq, activity, ts, resource, grp, lifecycle, attrs. */
  event(r: EventRow): void {
    this.start();
    this.number(r.caseNo, TAB);
    this.number(r.seq, TAB);
    this.text(r.activity, TAB);
    this.number(r.ts, TAB);
    this.text(r.resource, TAB);
    this.text(r.grp, TAB);
    this.text(r.lifecycle, TAB);
    this.text(r.attrs, NEWLINE);
  }

  /** Appends one case: case_no, case_key, attrs. */
  case(r: CaseRow): void {
    this.start();
    this.number(r.caseNo, TAB);
    this.text(r.caseKey, TAB);
    this.text(r.attrs, NEWLINE);
  }

  /** Hands over the rows written so far (the Buffer is not reused) and starts afresh. */
  take(): Buffer {
    const out = this.buf.subarray(0, this.pos);
    this.buf = Buffer.allocUnsafe(Math.max(64 * 1024, this.buf.length));
    this.pos = 0;
    return out;
  }

  private start(): void {
    this.reserve(this.prefix.length + 64);
    this.pos += this.prefix.copy(this.buf, this.pos);
  }

  private number(value: number | null, end: number): void {
    if (value === null) {
      this.nul(end);
      return;
    }
    const s = String(value);
    this.reserve(s.length + 1);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
    b[p++] = end;
    this.pos = p;
  }

  /** A text field, escaped as COPY wants (backslash, line breaks, tab); `\N` for null. */
  private text(value: string | null, end: number): void {
    if (value === null) {
      this.nul(end);
      return;
    }
    const n = value.length;
    // UTF-8 needs at most 3 bytes per UTF-16 unit; an escape needs 2 bytes for 1.
    this.reserve(3 * n + 1);
    const b = this.buf;
    let p = this.pos;
    if (n <= SHORT) {
      let i = 0;
      for (; i < n; i++) {
        const c = value.charCodeAt(i);
        if (c >= 128 || c === 92 || c < 32) break;
        b[p + i] = c;
      }
      if (i === n) {
        b[p + n] = end;
        this.pos = p + n + 1;
        return;
      }
    }
    p += b.write(NEEDS_ESCAPE.test(value) ? escapeCopy(value) : value, p);
    b[p] = end;
    this.pos = p + 1;
  }

  private nul(end: number): void {
    this.reserve(3);
    this.buf[this.pos] = 92;
    this.buf[this.pos + 1] = 78;
    this.buf[this.pos + 2] = end;
    this.pos += 3;
  }

  private reserve(bytes: number): void {
    if (this.pos + bytes <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + bytes));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }
}

function escapeCopy(value: string): string {
  return value.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}
