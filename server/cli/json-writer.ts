/**
 * Writes `JSON.stringify(value, null, 2)` followed by a newline, byte for byte, in pieces: arrays and
 * objects are opened and closed here and their members written one at a time, so the whole document
 * (6 MB for BPIC 2012's variants) never exists as one string. That was the CLI's largest single
 * allocation (~18 MB of its peak RSS). Values below `depth` levels are stringified whole.
 *
 * The pieces (~64 KB) are produced only as fast as they are taken: a caller writing to a pipe
 * waits for it to drain between pieces, so the document is never queued in memory either (Node's
 * stdout to a pipe is asynchronous; without the wait all 13 MB of BPIC 2012's report were buffered).
 */
export function* jsonPieces(value: unknown, depth = 3): Generator<string> {
  const out = new PieceWriter();
  yield* member(value, '', depth, out);
  out.push('\n');
  const last = out.take();
  if (last) yield last;
}

/** Gathers small pieces into ~64 KB writes. */
class PieceWriter {
  private pending = '';
  push(text: string): void {
    this.pending += text;
  }
  get full(): boolean {
    return this.pending.length >= 65_536;
  }
  take(): string {
    const text = this.pending;
    this.pending = '';
    return text;
  }
}

/** A JSON value at `indent`, as JSON.stringify would lay it out with two-space indentation. */
function* member(value: unknown, indent: string, depth: number, out: PieceWriter): Generator<string> {
  const json = toJsonValue(value);
  if (depth <= 0 || json === null || typeof json !== 'object') {
    out.push((JSON.stringify(json, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`));
    if (out.full) yield out.take();
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      out.push('[]');
      return;
    }
    if (depth === 1) {
      yield* leafItems(json, indent, out);
      return;
    }
    out.push('[');
    for (const [i, item] of json.entries()) {
      out.push(`${i ? ',' : ''}\n${inner}`);
      yield* member(item === undefined || typeof item === 'function' ? null : item, inner, depth - 1, out);
    }
    out.push(`\n${indent}]`);
    return;
  }
  const entries = Object.entries(json as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
  );
  if (entries.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{');
  for (const [i, [key, v]] of entries.entries()) {
    out.push(`${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
    yield* member(v, inner, depth - 1, out);
  }
  out.push(`\n${indent}}`);
}

/** Items per JSON.stringify call in {@link leafItems}. */
const ITEMS_PER_CALL = 64;

/**
 * An array whose items are written whole (the last level above `depth`), `ITEMS_PER_CALL` items per
 * JSON.stringify call, nested in as many arrays as `indent` is deep so that JSON.stringify itself
 * indents them; the wrapping lines are cut off. Stringifying item by item and re-indenting each with
 * replaceAll cost ~4× the stringify (BPIC 2012: 7,106 variants, 10 MB).
 */
function* leafItems(items: readonly unknown[], indent: string, out: PieceWriter): Generator<string> {
  const levels = indent.length / 2;
  let head = '';
  let tail = '';
  for (let k = 0; k <= levels; k++) {
    head += `${'  '.repeat(k)}[\n`;
    tail = `\n${'  '.repeat(k)}]${tail}`;
  }
  out.push('[\n');
  for (let i = 0; i < items.length; i += ITEMS_PER_CALL) {
    let nested: unknown = items.slice(i, i + ITEMS_PER_CALL);
    for (let k = 0; k < levels; k++) nested = [nested];
    const text = JSON.stringify(nested, null, 2);
    out.push(`${i ? ',\n' : ''}${text.slice(head.length, text.length - tail.length)}`);
    if (out.full) yield out.take();
  }
  out.push(`\n${indent}]`);
}

/** What JSON.stringify would see: the result of toJSON (dates, for instance). */
function toJsonValue(value: unknown): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    'toJSON' in value &&
    typeof value.toJSON === 'function'
  ) {
    return value.toJSON();
  }
  return value;
}
