import { describe, expect, it } from 'vitest';
import { DEFAULT_DRAWING_OPTIONS } from './drawing.ts';
import { nodeRadius, placeOnRings } from './rings.ts';

describe('placeOnRings', () => {
  it('places nothing for zero nodes', () => {
    expect(placeOnRings(0, DEFAULT_DRAWING_OPTIONS)).toEqual({ slots: [], outerRadius: 0 });
  });

  it('starts at the top and goes clockwise (SVG y grows downwards)', () => {
    const { slots } = placeOnRings(2, DEFAULT_DRAWING_OPTIONS);
    expect(slots[0]?.dx).toBeCloseTo(0);
    expect(slots[0]?.dy).toBeLessThan(0);
  });

  it('never lets bounding circles overlap, for any count up to 150', () => {
    const minimum = 2 * nodeRadius(DEFAULT_DRAWING_OPTIONS);
    for (let count = 1; count <= 150; count += 1) {
      const { slots } = placeOnRings(count, DEFAULT_DRAWING_OPTIONS);
      expect(slots).toHaveLength(count);
      let closest = Number.POSITIVE_INFINITY;
      for (const [i, a] of slots.entries()) {
        for (const b of slots.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.dx - b.dx, a.dy - b.dy));
      }
      // Plain arithmetic inside the loops: ~500k `expect` calls would dominate the run time.
      expect(closest, `count ${count}`).toBeGreaterThanOrEqual(minimum - 1e-9);
    }
  });

  it('keeps the home free', () => {
    const { slots } = placeOnRings(20, DEFAULT_DRAWING_OPTIONS);
    const free = DEFAULT_DRAWING_OPTIONS.homeRadius + nodeRadius(DEFAULT_DRAWING_OPTIONS);
    for (const slot of slots) expect(Math.hypot(slot.dx, slot.dy)).toBeGreaterThan(free);
  });
});
