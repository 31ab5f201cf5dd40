import { describe, expect, it } from 'vitest';
import { compareJourneys, diffById } from './compare.ts';
import { DEMO_JOURNEYS } from './demo.ts';
import { journeyOf } from './test-fixtures.ts';

describe('compareJourneys', () => {
  it('reports no changes for identical journeys', () => {
    const journey = DEMO_JOURNEYS.homeCare;
    const result = compareJourneys(journey, structuredClone(journey));
    expect(result.metrics.every((m) => m.delta === 0)).toBe(true);
    expect(result.steps).toEqual({ added: [], removed: [], changed: [] });
    expect(result.actors).toEqual({ added: [], removed: [], changed: [] });
  });

  it('gives metric deltas, e.g. fewer handovers in the to-be journey', () => {
    const asIs = journeyOf('A B A G A C');
    const toBe = { ...journeyOf('A A A C'), status: 'to_be' as const };
    const result = compareJourneys(asIs, toBe);
    const handovers = result.metrics.find((m) => m.metric === 'handovers');
    expect(handovers).toEqual({ metric: 'handovers', before: 5, after: 1, delta: -4 });
  });

  it('diffs steps by id: added, removed, changed fields and moves', () => {
    const before = journeyOf('A B C D');
    const s = before.steps;
    const after = [{ ...s[0]!, emotion: -1 }, s[2]!, s[1]!, { ...s[0]!, id: 'new', actorId: 'G' }];
    expect(diffById(before.steps, after)).toEqual({
      added: ['new'],
      removed: ['s4'],
      changed: [
        { id: 's1', fields: ['emotion'] },
        { id: 's3', fields: ['order'] },
        { id: 's2', fields: ['order'] },
      ],
    });
  });

  it('does not mark later steps as moved when a step is inserted', () => {
    const before = journeyOf('A B C');
    const [a, b, c] = before.steps;
    const after = [a!, { ...b!, id: 'x' }, b!, c!];
    expect(diffById(before.steps, after).changed).toEqual([]);
  });

  it('diffs actors', () => {
    const before = journeyOf('A');
    const after = {
      ...before,
      actors: before.actors.slice(1).concat({ id: 'N', kind: 'relative', name: 'Søn' }),
    };
    const diff = compareJourneys(before, after).actors;
    expect(diff.added).toEqual(['N']);
    expect(diff.removed).toEqual(['A']);
  });
});
