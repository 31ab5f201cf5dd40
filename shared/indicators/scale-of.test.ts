import { describe, expect, it } from 'vitest';
import { scaleOf, scaleRange } from './scales.ts';

describe('scaleOf', () => {
  it('gives the agree6 scale its own top and positive threshold (5–6 positive, not 4–6)', () => {
    expect(scaleRange(scaleOf('agree6')).max).toBe(6);
    expect(scaleOf('agree6').positiveThreshold).toBe(5);
  });

  it('falls back to agree5 for a missing or unknown id', () => {
    for (const id of [null, undefined, '', 'toString', 'nope']) {
      expect(scaleOf(id).id).toBe('agree5');
      expect(scaleOf(id).positiveThreshold).toBe(4);
    }
  });
});
