import { describe, expect, it } from 'vitest';
import { journeySchema } from '../journey/index.ts';
import { caseCourse, courseToJourney, variantCourse } from './journey.ts';

const texts = { title: 'Variant 1', situation: '42 cases', unnamedStep: 'Unnamed' };

describe('courses as journeys', () => {
  it('turns a variant into one step per event with its activity, actor, median wait and unknown channel', () => {
    const variant = {
      actors: ['Resource10', 'Resource10', 'admin1'],
      activities: ['Modtag', 'Tjek', ''],
      cases: 42,
      share: 0.1,
      medianDurationMs: null,
    };
    const pair = (from: string, to: string, medianWaitMs: number) => ({
      from,
      to,
      count: 1,
      relative: 0.1,
      medianWaitMs,
      p90WaitMs: null,
    });
    const course = variantCourse(variant, [
      pair('Resource10', 'admin1', 3_600_000),
      pair('Resource10', 'Resource10', 60_000),
    ]);
    expect(course).toEqual([
      { actor: 'Resource10', activity: 'Modtag', waitMs: null },
      { actor: 'Resource10', activity: 'Tjek', waitMs: 60_000 },
      { actor: 'admin1', activity: '', waitMs: 3_600_000 },
    ]);
    const journey = courseToJourney(course, true, texts);
    expect(journeySchema.safeParse(journey).success).toBe(true);
    expect(journey.actors).toEqual([
      { id: 'a1', kind: 'employee', profession: 'Resource10' },
      { id: 'a2', kind: 'employee', profession: 'admin1' },
    ]);
    expect(journey.steps.map((s) => [s.actorId, s.description, s.channel, s.waitingMinutes])).toEqual([
      ['a1', 'Modtag', 'unknown', undefined],
      ['a1', 'Tjek', 'unknown', 1],
      ['a2', 'Unnamed', 'unknown', 60],
    ]);
  });

  it('turns a case into steps with real waits, leaving out events without an actor', () => {
    const course = caseCourse([
      { activity: 'Modtag', timestamp: 0, actor: 'Borgerservice' },
      { activity: 'Scan', timestamp: 30_000, actor: '' },
      { activity: 'Afgør', timestamp: 3_660_000, actor: 'Jobcenter' },
    ]);
    expect(course).toEqual([
      { actor: 'Borgerservice', activity: 'Modtag', waitMs: null },
      { actor: 'Jobcenter', activity: 'Afgør', waitMs: 3_660_000 },
    ]);
    const journey = courseToJourney(course, false, texts);
    expect(journeySchema.safeParse(journey).success).toBe(true);
    expect(journey.actors[0]).toMatchObject({ kind: 'department', name: 'Borgerservice' });
  });
});
