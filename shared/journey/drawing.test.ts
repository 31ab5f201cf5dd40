import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import { DEMO_JOURNEYS } from './demo.ts';
import { DEFAULT_DRAWING_OPTIONS, layoutDrawing } from './drawing.ts';
import { journeyOf, makeStep } from './test-fixtures.ts';

function manyActors(count: number) {
  const actors: Actor[] = Array.from({ length: count }, (_, i) =>
    i % 2
      ? { id: `a${i}`, kind: 'employee', profession: `P${i}` }
      : { id: `a${i}`, kind: 'department', name: `D${i}` },
  );
  const steps = Array.from({ length: 3 * count }, (_, i) => makeStep(`s${i}`, `a${(i * 7) % count}`));
  return { ...journeyOf(''), actors, steps };
}

describe('layoutDrawing', () => {
  it('draws only the home for an empty journey', () => {
    const drawing = layoutDrawing({ ...journeyOf(''), actors: [] });
    expect(drawing.nodes).toEqual([]);
    expect(drawing.lines).toEqual([]);
    expect(drawing.home).toEqual({ x: drawing.width / 2, y: drawing.height / 2 });
  });

  it('draws a line from home for the first contact and one per handover, numbered in order', () => {
    const drawing = layoutDrawing(journeyOf('A A B G', { 3: { handover: 'auto' } }));
    expect(drawing.lines.map((l) => [l.number, l.fromActorId, l.toActorId, l.stepIds, l.isHandover])).toEqual(
      [
        [1, null, 'A', ['s1', 's2'], false],
        [2, 'A', 'B', ['s3'], true],
        [3, 'B', 'G', ['s4'], true],
      ],
    );
    expect(drawing.lines[0]?.from).toEqual(drawing.home);
    expect(drawing.lines.map((l) => l.crossesBoundary)).toEqual([false, false, true]);
  });

  it('starts a new line for an explicit handover on the same actor, and from home for handover "no"', () => {
    const drawing = layoutDrawing(journeyOf('A A G', { 1: { handover: 'yes' }, 2: { handover: 'no' } }));
    expect(drawing.lines.map((l) => [l.fromActorId, l.toActorId, l.isHandover])).toEqual([
      [null, 'A', false],
      ['A', 'A', true],
      [null, 'G', false],
    ]);
  });

  it('numbers repeated lines between the same actors for bending apart', () => {
    const drawing = layoutDrawing(journeyOf('A B A B'));
    expect(drawing.lines.map((l) => l.parallelIndex)).toEqual([0, 0, 1, 2]);
  });

  it('places actors by first meeting, people and houses, unmet actors last', () => {
    const drawing = layoutDrawing(journeyOf('G A G'));
    expect(drawing.nodes.slice(0, 2).map((n) => [n.actorId, n.shape, n.order, n.stepCount])).toEqual([
      ['G', 'house', 1, 2],
      ['A', 'person', 2, 1],
    ]);
    expect(drawing.nodes.at(-1)?.order).toBeNull();
    expect(drawing.nodes).toHaveLength(8);
  });

  it('keeps 40 actors and 120 steps apart, inside the canvas, and is deterministic', () => {
    const journey = manyActors(40);
    const drawing = layoutDrawing(journey);
    const { nodeWidth, nodeHeight } = DEFAULT_DRAWING_OPTIONS;
    expect(new Set(drawing.nodes.map((n) => n.ring)).size).toBeGreaterThan(1);
    for (const [i, a] of drawing.nodes.entries()) {
      expect(a.x - nodeWidth / 2).toBeGreaterThanOrEqual(0);
      expect(a.y + nodeHeight / 2).toBeLessThanOrEqual(drawing.height);
      expect(Math.hypot(a.x - drawing.home.x, a.y - drawing.home.y)).toBeGreaterThan(nodeHeight);
      for (const b of drawing.nodes.slice(i + 1)) {
        const overlaps = Math.abs(a.x - b.x) < nodeWidth && Math.abs(a.y - b.y) < nodeHeight;
        expect(overlaps, `${a.actorId} overlaps ${b.actorId}`).toBe(false);
      }
    }
    expect(layoutDrawing(journey)).toEqual(drawing);
  });

  it('anchors hotspots on their actors', () => {
    const drawing = layoutDrawing(DEMO_JOURNEYS.sickLeave);
    expect(drawing.lines.length).toBeGreaterThan(12);
    expect(drawing.hotspots.length).toBeGreaterThan(0);
    for (const hotspot of drawing.hotspots) {
      expect(hotspot.actorIds.length).toBeGreaterThan(0);
      expect(hotspot.x).toBeGreaterThan(0);
    }
  });

  it('lays out 2,000 steps quickly', () => {
    const journey = manyActors(40);
    const steps = Array.from({ length: 2000 }, (_, i) => makeStep(`s${i}`, `a${(i * 13) % 40}`));
    const started = performance.now();
    const drawing = layoutDrawing({ ...journey, steps });
    expect(performance.now() - started).toBeLessThan(500);
    expect(drawing.lines).toHaveLength(2000);
  });
});
