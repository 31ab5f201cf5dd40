import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from './json-writer.ts';

const written = (value: unknown, depth?: number) => [...jsonPieces(value, depth)].join('');

describe('jsonPieces', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, at every depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect(written(value, depth)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('handles undefined members, dates and empty containers like JSON.stringify', () => {
    const value = { a: undefined, b: [undefined, 1], c: new Date(0), d: {}, e: [], f: { g: [[]] } };
    expect(written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });
});
