import { describe, expect, it } from 'vitest';
import { journeySchema } from '../../shared/journey/index.ts';
import { caseRuns, runsToJourney, variantRuns } from './journey.ts';

const texts = { title: 'Variant 1', situation: '42 cases', stepText: (n: number) => `${n} events` };

describe('courses as journeys', () => {
  it('turns a variant into a valid journey with one step per run and median waits', () => {
    const variant = {
      actors: ['Resource10', 'Resource10', 'admin1', 'Resource10'],
      cases: 42,
      share: 0.1,
      medianDurationMs: null,
    };
    const pairs = [
      {
        from: 'Resource10',
        to: 'admin1',
        count: 180,
        relative: 0.02,
        medianWaitMs: 3_600_000,
        p90WaitMs: null,
      },
    ];
    const runs = variantRuns(variant, pairs);
    expect(runs.map((r) => [r.actor, r.events, r.waitMs])).toEqual([
      ['Resource10', 2, null],
      ['admin1', 1, 3_600_000],
      ['Resource10', 1, null],
    ]);
    const journey = runsToJourney(runs, true, texts);
    expect(journeySchema.safeParse(journey).success).toBe(true);
    expect(journey.actors).toHaveLength(2);
    expect(journey.steps.map((s) => s.actorId)).toEqual(['a1', 'a2', 'a1']);
    expect(journey.steps[1]?.waitingMinutes).toBe(60);
  });

  it('turns a case into runs with real waits between actors', () => {
    const runs = caseRuns([
      { activity: 'Modtag', timestamp: 0, actor: 'Borgerservice' },
      { activity: 'Tjek', timestamp: 60_000, actor: 'Borgerservice' },
      { activity: 'Afgør', timestamp: 3_660_000, actor: 'Jobcenter' },
    ]);
    expect(runs).toEqual([
      { actor: 'Borgerservice', events: 2, activities: ['Modtag', 'Tjek'], waitMs: null },
      { actor: 'Jobcenter', events: 1, activities: ['Afgør'], waitMs: 3_600_000 },
    ]);
    const journey = runsToJourney(runs, false, texts);
    expect(journeySchema.safeParse(journey).success).toBe(true);
    expect(journey.actors[0]).toMatchObject({ kind: 'department', name: 'Borgerservice' });
  });
});
