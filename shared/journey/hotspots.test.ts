import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEYS } from './demo.ts';
import { findHotspots, type Hotspot, type HotspotKind } from './hotspots.ts';
import { MINUTES_PER_DAY } from './limits.ts';
import { journeyOf } from './test-fixtures.ts';

const ofKind = <K extends HotspotKind>(kind: K, hotspots: Hotspot[]) =>
  hotspots.filter((h): h is Extract<Hotspot, { kind: K }> => h.kind === kind);

describe('findHotspots', () => {
  it('finds nothing in an empty or one-step journey', () => {
    expect(findHotspots(journeyOf(''))).toEqual([]);
    expect(findHotspots(journeyOf('A'))).toEqual([]);
  });

  it('flags stages with at least three distinct actors', () => {
    const journey = {
      ...journeyOf('A B A C G G', {
        0: { stageId: 'one' },
        1: { stageId: 'one' },
        2: { stageId: 'one' },
        3: { stageId: 'two' },
        4: { stageId: 'two' },
      }),
      stages: [
        { id: 'one', name: 'Et' },
        { id: 'two', name: 'To' },
      ],
    };
    const crowded = ofKind('crowded_stage', findHotspots(journey));
    expect(crowded).toEqual([]);
    const busier = { ...journey, steps: journey.steps.map((s) => ({ ...s, stageId: s.stageId ?? 'two' })) };
    expect(ofKind('crowded_stage', findHotspots(busier, { stageActors: 2 }))).toEqual([
      {
        kind: 'crowded_stage',
        stepIds: ['s1', 's2', 's3'],
        params: { stageId: 'one', actors: 2, actorIds: ['A', 'B'] },
      },
      {
        kind: 'crowded_stage',
        stepIds: ['s4', 's5', 's6'],
        params: { stageId: 'two', actors: 2, actorIds: ['C', 'G'] },
      },
    ]);
    const three = { ...journey, steps: journey.steps.map((s) => ({ ...s, stageId: 'one' })) };
    expect(ofKind('crowded_stage', findHotspots(three))[0]?.params.actors).toBe(4);
  });

  it('counts ping-pong per pair, ignoring consecutive repeats', () => {
    const hotspots = ofKind('ping_pong', findHotspots(journeyOf('A B B A B C A C')));
    expect(hotspots).toEqual([
      {
        kind: 'ping_pong',
        stepIds: ['s1', 's2', 's3', 's4', 's5'],
        params: { actorA: 'A', actorB: 'B', occurrences: 2 },
      },
      {
        kind: 'ping_pong',
        stepIds: ['s6', 's7', 's8'],
        params: { actorA: 'C', actorB: 'A', occurrences: 1 },
      },
    ]);
  });

  it('does not see ping-pong in A→B→C', () => {
    expect(ofKind('ping_pong', findHotspots(journeyOf('A B C D')))).toEqual([]);
  });

  it('finds a burst of handovers within a few steps and merges overlapping windows', () => {
    const journey = journeyOf('A A A B C D G A A A A A A H');
    const bursts = ofKind('handover_burst', findHotspots(journey));
    expect(bursts).toEqual([
      {
        kind: 'handover_burst',
        stepIds: ['s4', 's5', 's6', 's7', 's8'],
        params: { handovers: 5, spanSteps: 5, spanMinutes: 0 },
      },
    ]);
  });

  it('does not call handovers spread over months a burst', () => {
    const month = 30 * MINUTES_PER_DAY;
    const journey = journeyOf('A B C D', { 1: { waitingMinutes: month }, 2: { waitingMinutes: month } });
    expect(ofKind('handover_burst', findHotspots(journey))).toEqual([]);
  });

  it('finds ping-pong between GP and jobcenter in the sick-leave demo', () => {
    const hotspots = findHotspots(DEMO_JOURNEYS.sickLeave);
    expect(hotspots.some((h) => h.kind === 'ping_pong' && h.params.actorA === 'sagsbehandler1')).toBe(true);
  });

  it('handles 2,000 alternating steps quickly', () => {
    const journey = journeyOf(Array.from({ length: 2000 }, (_, i) => (i % 2 ? 'A' : 'B')).join(' '));
    const started = performance.now();
    const pingPong = ofKind('ping_pong', findHotspots(journey));
    expect(performance.now() - started).toBeLessThan(200);
    expect(pingPong).toHaveLength(1);
  });
});
