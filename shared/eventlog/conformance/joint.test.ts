import { describe, expect, it } from 'vitest';
import { emptyJourney, type Journey, layoutDrawing } from '../../journey/index.ts';
import { actualJourney, deviationOf } from './actual.ts';
import { evaluateJointAlert, rankJoint } from './joint.ts';

describe('poor experience and long wait together', () => {
  it('ranks by shortfall × relative wait and flags both', () => {
    const ranks = rankJoint([
      { stepId: 'a', positiveShare: 0.9, medianWaitMs: 100 },
      { stepId: 'b', positiveShare: 0.4, medianWaitMs: 100 },
      { stepId: 'c', positiveShare: 0.4, medianWaitMs: 10 },
      { stepId: 'd', positiveShare: null, medianWaitMs: 1000 },
    ]);
    expect(ranks.map((r) => r.stepId)).toEqual(['b', 'a', 'c']);
    expect(ranks[0]).toMatchObject({ score: 0.6, both: true });
    expect(ranks[1]?.both).toBe(false);
  });
});

describe('the joint alert', () => {
  const prev = { answers: 60, positive: 48, waits: 40, medianWaitMs: 1000 };
  it('fires when the share falls significantly and the wait rises', () => {
    const a = evaluateJointAlert(prev, { answers: 60, positive: 24, waits: 40, medianWaitMs: 2000 });
    expect(a.fires).toBe(true);
    expect(a.p).toBeLessThan(0.001);
  });
  it('stays silent when only one of the two happens, or on a small group', () => {
    expect(evaluateJointAlert(prev, { answers: 60, positive: 24, waits: 40, medianWaitMs: 1000 }).fires).toBe(
      false,
    );
    expect(evaluateJointAlert(prev, { answers: 60, positive: 47, waits: 40, medianWaitMs: 5000 }).fires).toBe(
      false,
    );
    expect(evaluateJointAlert(prev, { answers: 4, positive: 0, waits: 40, medianWaitMs: 5000 }).fires).toBe(
      false,
    );
  });
});

describe('a deviating variant as an actual journey', () => {
  const planned: Journey = {
    ...emptyJourney('Plan'),
    actors: [
      { id: 'x', kind: 'department', name: 'Borgerservice' },
      { id: 'y', kind: 'department', name: 'Visitation' },
    ],
    steps: ['s1', 's2', 's3'].map((id, i) => ({
      id,
      actorId: i === 0 ? 'x' : 'y',
      channel: 'phone' as const,
      description: id,
      waitingMinutes: 5,
      painPoints: [],
      opportunities: [],
      tags: [],
      handover: 'auto' as const,
    })),
  };
  it('keeps the planned steps in the actual order with measured waits', () => {
    const actual = actualJourney(planned, ['s1', 's3', 's1', 's3'], [null, 120_000, null, 60_000], 'Actual');
    expect(actual.steps.map((s) => s.id)).toEqual(['s1~1', 's3~2', 's1~3', 's3~4']);
    expect(actual.steps[1]?.waitingMinutes).toBe(2);
    expect(actual.steps[2]?.waitingMinutes).toBeUndefined();
  });
  it('names the skipped and repeated steps and the extra and missing lines', () => {
    const d = deviationOf(planned, ['s1', 's3', 's1', 's3']);
    expect(d.skipped).toEqual(['s2']);
    expect(d.repeated).toEqual(['s1', 's3']);
    expect(d.extraHandovers).toEqual([['y', 'x']]);
    expect(d.missingHandovers).toEqual([]);
    expect(deviationOf(planned, ['s1']).missingHandovers).toEqual([['x', 'y']]);
  });
  it("reads handovers as the drawing's lines do: a change of actor under handover 'no' is none", () => {
    const direct = {
      ...planned,
      steps: planned.steps.map((s) => (s.id === 's3' ? { ...s, handover: 'no' as const } : s)),
    };
    const lines = layoutDrawing(direct).lines.filter((l) => l.fromActorId !== null);
    const d = deviationOf(direct, ['s1', 's3']);
    // The plan's only drawn handover (x→y at s2) is missing; s1→s3 is a direct contact, not an extra.
    expect(lines.map((l) => [l.fromActorId, l.toActorId])).toEqual(d.missingHandovers);
    expect(d.extraHandovers).toEqual([]);
  });
});
