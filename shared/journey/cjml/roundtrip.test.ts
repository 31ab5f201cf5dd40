import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.ts';
import { analyseContacts } from '../contacts.ts';
import { DEMO_JOURNEYS } from '../demo.ts';
import { type Journey, journeySchema } from '../journey.ts';
import { journeyArb } from '../test-arbitraries.ts';
import { journeyToCjmlXml, readCjml, xmlText } from './index.ts';

/** What the round trip must keep: actors, stages, steps in order with channels, and the handovers. */
function essence(journey: Journey) {
  const contacts = analyseContacts(journey);
  return {
    actors: journey.actors.map(({ unitId: _unitId, ...actor }) => actor),
    stages: journey.stages.map((stage) => ({ id: stage.id, name: stage.name })),
    steps: journey.steps.map((step, i) => ({
      id: step.id,
      actorId: step.actorId,
      channel: step.channel,
      stageId: step.stageId,
      description: step.description,
      handover: contacts[i]?.isHandover,
      crossesDepartment: contacts[i]?.crossesDepartment,
      crossesOrganisation: contacts[i]?.crossesOrganisation,
    })),
  };
}

/** The generated journey as XML can carry it: text without XML-illegal characters, labels non-empty. */
function xmlSafe(journey: Journey): Journey {
  const label = (value: string) => xmlText(value) || 'x';
  const optional = (value: string | undefined) =>
    value === undefined ? undefined : xmlText(value) || undefined;
  const drop = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  const actors = journey.actors.map((actor): Actor => {
    const common = drop({
      id: actor.id,
      department: optional(actor.department),
      unitName: optional(actor.unitName),
      organisation: optional(actor.organisation),
    });
    if (actor.kind === 'employee') {
      return drop({
        ...common,
        kind: actor.kind,
        profession: label(actor.profession),
        name: optional(actor.name),
      });
    }
    if (actor.kind === 'external') {
      return {
        ...common,
        kind: actor.kind,
        name: label(actor.name),
        organisation: label(actor.organisation),
      };
    }
    return { ...common, kind: actor.kind, name: label(actor.name) };
  });
  return {
    ...journey,
    stages: journey.stages.map((stage) => ({ id: stage.id, name: label(stage.name) })),
    actors,
    steps: journey.steps.map((step) => ({ ...step, description: xmlText(step.description) })),
  };
}

function roundTrip(journey: Journey, kind: 'planned' | 'actual', start?: Date): Journey {
  const xml = journeyToCjmlXml(journey, { kind, journeyId: 'j-1', ...(start ? { start } : {}) });
  const read = readCjml(xml);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  expect(read.journeys).toHaveLength(1);
  const first = read.journeys[0];
  if (!first) throw new Error('no journey');
  // The imported journey must pass Borgerblik's own schema, as the import route requires.
  return journeySchema.parse(first.journey);
}

describe('CJML round trip: Borgerblik → CJML → Borgerblik', () => {
  it('keeps actors, steps, handovers, channels and order of generated journeys (planned)', () => {
    fc.assert(
      fc.property(journeyArb, (generated) => {
        const journey = xmlSafe(generated);
        const back = roundTrip(journey, 'planned');
        expect(essence(back)).toEqual(essence(journey));
        expect(back.steps.map((s) => [s.waitingMinutes, s.durationMinutes])).toEqual(
          journey.steps.map((s) => [s.waitingMinutes, s.durationMinutes]),
        );
        expect(back.status).toBe('draft');
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('keeps the same as an actual journey, with the emotion as experience and timings from timestamps', () => {
    fc.assert(
      fc.property(journeyArb, (generated) => {
        const journey = xmlSafe(generated);
        const back = roundTrip(journey, 'actual', new Date('2024-03-01T08:00:00Z'));
        expect(essence(back)).toEqual(essence(journey));
        expect(back.steps.map((s) => s.emotion)).toEqual(journey.steps.map((s) => s.emotion));
        // Timestamps carry the sums; a missing time is zero in Borgerblik's sums and comes back as 0.
        expect(back.steps.map((s) => s.durationMinutes ?? 0)).toEqual(
          journey.steps.map((s) => s.durationMinutes ?? 0),
        );
        expect(back.steps.slice(1).map((s) => s.waitingMinutes ?? 0)).toEqual(
          journey.steps.slice(1).map((s) => s.waitingMinutes ?? 0),
        );
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  for (const [name, demo] of Object.entries(DEMO_JOURNEYS)) {
    it(`keeps the demo journey "${name}" exactly in what CJML carries`, () => {
      const back = roundTrip(demo, 'planned');
      expect(essence(back)).toEqual(essence(demo));
      expect(back.title).toBe(demo.title);
      expect(back.persona).toBe(demo.persona);
      expect(back.situation).toBe(demo.situation);
      const handovers = (j: Journey) => analyseContacts(j).filter((c) => c.isHandover).length;
      expect(handovers(back)).toBe(handovers(demo));
    });
  }
});
