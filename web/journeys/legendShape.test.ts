import { describe, expect, it } from 'vitest';
import { INK } from './DrawingShapes.tsx';
import { legendShape, shapeSvg } from './legendShape.ts';

describe('legendShape', () => {
  const entry = (kind: 'line' | 'own' | 'others' | 'house', dash?: string) => ({
    kind,
    stroke: '#123456',
    dash,
    text: kind,
  });

  it("draws the page legend's symbols where they stood (a 36 × 16 box)", () => {
    expect(legendShape(entry('line', '2 4'), 2, 8)).toEqual({
      tag: 'line',
      attrs: { x1: 2, y1: 8, x2: 34, y2: 8, stroke: '#123456', strokeWidth: 3, strokeDasharray: '2 4' },
    });
    expect(legendShape(entry('others', '4 2'), 2, 8).attrs).toMatchObject({ x: 11, y: 1, fill: INK.fill });
    expect(legendShape(entry('house'), 2, 8).attrs.d).toBe('M8 8 L18 1 L28 8 V15 H8 Z');
  });

  it('gives the exported sheet the same shape as SVG text, moved to its place', () => {
    expect(shapeSvg(legendShape(entry('own'), 100, 50))).toBe(
      `<circle cx="116" cy="50" r="7" fill="${INK.own}" stroke="#123456" stroke-width="2"/>`,
    );
    expect(shapeSvg(legendShape(entry('line'), 0, 10))).toBe(
      '<line x1="0" y1="10" x2="32" y2="10" stroke="#123456" stroke-width="3"/>',
    );
  });
});
