import { describe, expect, it } from 'vitest';
import { curveOf, placeBadges, pointOnCurve } from './badges.ts';
import { DEMO_JOURNEYS } from './demo.ts';
import { DEFAULT_DRAWING_OPTIONS, FIGURE_HALF, layoutDrawing } from './drawing.ts';
import { splitMinutes, toMinutes } from './duration.ts';
import type { Journey } from './journey.ts';
import { layoutSwimlanes } from './swimlane.ts';
import { journeyOf } from './test-fixtures.ts';

const R = DEFAULT_DRAWING_OPTIONS.badgeRadius;

function closestPair(points: readonly { x: number; y: number }[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i += 1)
    for (let j = i + 1; j < points.length; j += 1) {
      const a = points[i];
      const b = points[j];
      if (a && b) best = Math.min(best, Math.hypot(a.x - b.x, a.y - b.y));
    }
  return best;
}

/** 25 steps ping-ponging between few actors: the worst case for parallel lines. */
const pingPong25 = journeyOf(Array.from({ length: 25 }, (_, i) => 'ABGH'[i % 4 === 3 ? 2 : i % 2]).join(' '));
const spread25 = journeyOf(Array.from({ length: 25 }, (_, i) => 'ABCDGHSR'[(i * 3) % 8]).join(' '));

describe('badge placement', () => {
  it.each([
    ['ping-pong', pingPong25],
    ['spread', spread25],
    ['demo', DEMO_JOURNEYS.sickLeave],
  ] as [string, Journey][])('no two badges overlap in a 25-step journey (%s)', (_name, journey) => {
    const drawing = layoutDrawing(journey);
    expect(drawing.lines.length).toBeGreaterThan(10);
    expect(closestPair(drawing.lines.map((l) => l.badge))).toBeGreaterThanOrEqual(2 * R);
  });

  it('keeps the first badge in the middle of its line when nothing is in the way', () => {
    const curve = curveOf({ x: 0, y: 0 }, { x: 400, y: 0 }, 0);
    const [badge] = placeBadges([curve], []);
    expect(badge).toEqual(pointOnCurve(curve, 0.5));
  });

  it('slides a second badge on a parallel line away from the first', () => {
    const curves = [0, 1, 2, 3].map((k) => curveOf({ x: 0, y: 0 }, { x: 60, y: 0 }, k));
    const badges = placeBadges(curves, []);
    expect(closestPair(badges)).toBeGreaterThanOrEqual(2 * R);
  });

  it('still separates 200 badges crowded onto one short line (spiral fallback)', () => {
    const curves = Array.from({ length: 200 }, () => curveOf({ x: 0, y: 0 }, { x: 10, y: 0 }, 0));
    expect(closestPair(placeBadges(curves, []))).toBeGreaterThanOrEqual(2 * R);
  });

  it('keeps badges off the figures in the demo drawing', () => {
    const drawing = layoutDrawing(DEMO_JOURNEYS.sickLeave);
    for (const line of drawing.lines)
      for (const node of drawing.nodes)
        expect(Math.hypot(line.badge.x - node.x, line.badge.y - node.y)).toBeGreaterThan(FIGURE_HALF);
  });
});

describe('hotspot rings and houses', () => {
  it('draws rings around figures, never over them', () => {
    const drawing = layoutDrawing(pingPong25);
    expect(drawing.rings.length).toBeGreaterThan(0);
    for (const ring of drawing.rings) expect(ring.r).toBeGreaterThan(FIGURE_HALF);
  });

  it('draws the department typed on an employee as its house and marks own and others', () => {
    const drawing = layoutDrawing(journeyOf('A G R'));
    const byId = new Map(drawing.nodes.map((n) => [n.actorId, n]));
    expect(byId.get('A')).toMatchObject({ house: 'jobcenter', own: true });
    expect(byId.get('G')).toMatchObject({ shape: 'house', house: null, own: false });
    expect(byId.get('R')?.own).toBe(false);
    expect(drawing.lines.map((l) => l.own)).toEqual([true, false, false]);
  });
});

describe('saved positions', () => {
  it('places dragged actors where saved, relative to the home, and grows the canvas', () => {
    const auto = layoutDrawing(journeyOf('A B'));
    const moved = layoutDrawing({ ...journeyOf('A B'), layout: { positions: { A: { x: 900, y: -50 } } } });
    const a = moved.nodes.find((n) => n.actorId === 'A');
    expect(
      a && { x: Math.round(a.x - moved.home.x), y: Math.round(a.y - moved.home.y), placed: a.placed },
    ).toEqual({
      x: 900,
      y: -50,
      placed: true,
    });
    expect(moved.nodes.find((n) => n.actorId === 'B')?.placed).toBe(false);
    expect(moved.width).toBeGreaterThan(auto.width);
    expect(moved.lines[0]?.to).toEqual({ x: a?.x, y: a?.y });
  });
});

describe('swimlanes', () => {
  it('puts one lane per actor and one column per step, so boxes never overlap', () => {
    const lanes = layoutSwimlanes(spread25);
    expect(lanes.cells).toHaveLength(25);
    expect(new Set(lanes.cells.map((c) => c.x)).size).toBe(25);
    expect(lanes.lanes.map((l) => l.key)).toEqual(['A', 'D', 'S', 'B', 'G', 'R', 'C', 'H']);
  });

  it('groups by department or organisation on request', () => {
    const lanes = layoutSwimlanes(journeyOf('A B G H R'), 'organisation');
    expect(lanes.lanes.map((l) => [l.key, l.own])).toEqual([
      ['d:jobcenter', true],
      ['o:Lægehuset', false],
      ['o:Regionen', false],
      ['o:citizen_network', false],
    ]);
  });
});

describe('durations', () => {
  it('converts units to minutes and back to the largest whole unit', () => {
    expect(toMinutes('2', 'days')).toBe(2880);
    expect(toMinutes('1,5', 'hours')).toBe(90);
    expect(toMinutes('', 'weeks')).toBeUndefined();
    expect(toMinutes('-1', 'minutes')).toBeUndefined();
    expect(splitMinutes(2880)).toEqual({ amount: 2, unit: 'days' });
    expect(splitMinutes(20160)).toEqual({ amount: 2, unit: 'weeks' });
    expect(splitMinutes(90)).toEqual({ amount: 90, unit: 'minutes' });
    expect(splitMinutes(45)).toEqual({ amount: 45, unit: 'minutes' });
  });
});
