import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopyText } from './copy-text.ts';
import type { EventRow } from './rows.ts';

/** The former string-built COPY field, kept here as the reference. */
function field(value: string | number | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

const M = '11111111-1111-1111-1111-111111111111';
const L = '22222222-2222-2222-2222-222222222222';

const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom('a', '\\', '\n', '\r', '\t', 'æ', '€', '\u0001'), maxLength: 120 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const eventRow: fc.Arbitrary<EventRow> = fc.record({
  caseNo: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  seq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  activity: text,
  ts: maybe(fc.integer({ min: -8.64e15, max: 8.64e15 })),
  resource: maybe(text),
  grp: maybe(text),
  lifecycle: maybe(text),
  attrs: maybe(fc.string({ maxLength: 300 })),
});

describe('CopyText', () => {
  it('writes the same bytes as the string-built COPY lines, escapes and nulls included', () => {
    fc.assert(
      fc.property(fc.array(eventRow, { maxLength: 40 }), (rows) => {
        const out = new CopyText(M, L);
        for (const r of rows) out.event(r);
        const expected = rows
          .map(
            (r) =>
              `${M}\t${L}\t${r.caseNo}\t${r.seq}\t${field(r.activity)}\t${field(r.ts)}\t${field(r.resource)}\t${field(r.grp)}\t${field(r.lifecycle)}\t${field(r.attrs)}\n`,
          )
          .join('');
        expect(out.take().equals(Buffer.from(expected))).toBe(true);
        expect(out.length).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('grows past its first buffer and writes case rows', () => {
    const out = new CopyText(M, L);
    const long = 'x'.repeat(100_000);
    out.case({ caseNo: 7, caseKey: 'C-abc', attrs: null });
    out.case({ caseNo: 8, caseKey: 'C-def', attrs: `{"a":"${long}\\n"}` });
    expect(out.take().toString()).toBe(
      `${M}\t${L}\t7\tC-abc\t\\N\n${M}\t${L}\t8\tC-def\t{"a":"${long}\\\\n"}\n`,
    );
  });
});
