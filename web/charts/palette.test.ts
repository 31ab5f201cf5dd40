import { describe, expect, it } from 'vitest';
import { WAIT_COLOURS } from '../eventlog/analysis/graph-option.ts';
import { contrastOnWhite, deltaE, minimumDistance, type Vision } from './colour-vision.ts';
import { CATEGORICAL, HIGHER, INK, LOWER, OKABE_ITO, PRIMARY, SECONDARY } from './palette.ts';

const VISIONS: Vision[] = ['full', 'protanopia', 'deuteranopia', 'tritanopia'];
// ΔE*ab ≈ 2.3 is one just-noticeable difference; 15 keeps thin lines and small markers clearly apart.
const APART = 15;

describe('chart palette', () => {
  it('is the published Okabe–Ito list, in order', () => {
    expect(CATEGORICAL).toEqual([
      '#000000',
      '#E69F00',
      '#56B4E9',
      '#009E73',
      '#F0E442',
      '#0072B2',
      '#D55E00',
      '#CC79A7',
    ]);
  });

  it.each(VISIONS)('keeps every pair of categorical colours apart with %s', (vision) => {
    expect(minimumDistance(CATEGORICAL, vision)).toBeGreaterThanOrEqual(APART);
  });

  it.each(VISIONS)('keeps the handover wait classes apart with %s', (vision) => {
    expect(WAIT_COLOURS.every((c) => CATEGORICAL.includes(c))).toBe(true);
    expect(minimumDistance(WAIT_COLOURS, vision)).toBeGreaterThanOrEqual(APART);
    // The network's nodes are black: apart from every edge colour.
    for (const c of WAIT_COLOURS) expect(deltaE(OKABE_ITO.black, c, vision)).toBeGreaterThan(30);
  });

  it('simulates known confusions: red and green collapse for deuteranopes, not for full vision', () => {
    expect(deltaE('#ff0000', '#00ff00')).toBeGreaterThan(100);
    expect(deltaE('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(
      deltaE('#d62728', '#2ca02c', 'full') / 3,
    );
    expect(deltaE('#123456', '#123456', 'protanopia')).toBe(0);
  });

  it('draws the single-series colours with at least 3:1 contrast on white', () => {
    for (const c of [INK, PRIMARY, SECONDARY, HIGHER, LOWER])
      expect(contrastOnWhite(c)).toBeGreaterThanOrEqual(3);
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
  });
});
