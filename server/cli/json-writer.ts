/**
 * Writes `JSON.stringify(value, null, 2)` followed by a newline, byte for byte, in pieces: arrays and
 * objects are opened and closed here and their members written one at a time, so the whole document
 * (6 MB for BPIC 2012's variants) never exists as one string. That was the CLI's largest single
 * allocation (~18 MB of its peak RSS). Values below `depth` levels are stringified whole.
 */
export function writeJson(value: unknown, write: (text: string) => void, depth = 3): void {
  const out = new PieceWriter(write);
  member(value, '', depth, out);
  out.push('\n');
  out.flush();
}

/** Gathers small pieces into ~64 KB writes. */
class PieceWriter {
  private pending = '';
  constructor(private readonly write: (text: string) => void) {}
  push(text: string): void {
    this.pending += text;
    if (this.pending.length >= 65_536) this.flush();
  }
  flush(): void {
    if (this.pending) this.write(this.pending);
    this.pending = '';
  }
}

/** A JSON value at `indent`, as JSON.stringify would lay it out with two-space indentation. */
function member(value: unknown, indent: string, depth: number, out: PieceWriter): void {
  const json = toJsonValue(value);
  if (depth <= 0 || json === null || typeof json !== 'object') {
    out.push((JSON.stringify(json, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[');
    json.forEach((item, i) => {
      out.push(`${i ? ',' : ''}\n${inner}`);
      member(item === undefined || typeof item === 'function' ? null : item, inner, depth - 1, out);
    });
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
  entries.forEach(([key, v], i) => {
    out.push(`${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
    member(v, inner, depth - 1, out);
  });
  out.push(`\n${indent}}`);
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
