import fc from 'fast-check';
import type { Actor } from './actor.ts';
import { ASSESSMENT_KEYS } from './assessment.ts';
import type { Journey } from './journey.ts';
import { CHANNELS, HANDOVER_MODES, type Step } from './step.ts';

/** Test-only fast-check arbitraries producing valid journeys (already in the schema's output form). */
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ maxLength: max }),
      fc.string({ unit: 'binary', maxLength: max }),
      fc.constantFrom('æøå ÆØÅ', 'Jens "J" \\ Hansen', 'linje\nto', '🙂 ok'),
    )
    .map((value) => value.trim());
const label = text(40).filter((value) => value.length > 0);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const uuid = fc.uuid({ version: 4 });

const actorArb = (id: string): fc.Arbitrary<Actor> => {
  const common = {
    id: fc.constant(id),
    unitId: optional(fc.option(uuid, { nil: null })),
    unitName: optional(text(30)),
    department: optional(text(20)),
  };
  return fc.oneof(
    fc.record({
      ...common,
      kind: fc.constant('employee' as const),
      profession: label,
      name: optional(text(20)),
    }),
    fc.record({ ...common, kind: fc.constant('department' as const), name: label }),
    fc.record({ ...common, kind: fc.constant('external' as const), name: label, organisation: label }),
    fc.record({ ...common, kind: fc.constant('self_service' as const), name: label }),
    fc.record({
      ...common,
      kind: fc.constant('relative' as const),
      name: label,
      organisation: optional(label),
    }),
  );
};

const stepArb = (id: string, actorIds: string[], stageIds: string[]): fc.Arbitrary<Step> =>
  fc.record({
    id: fc.constant(id),
    actorId: fc.constantFrom(...actorIds),
    channel: fc.constantFrom(...CHANNELS),
    description: text(60),
    stageId: stageIds.length > 0 ? optional(fc.constantFrom(...stageIds)) : fc.constant(undefined),
    durationMinutes: optional(fc.nat({ max: 100_000 })),
    waitingMinutes: optional(fc.nat({ max: 1_000_000 })),
    emotion: optional(fc.integer({ min: -2, max: 2 })),
    painPoints: fc.array(label, { maxLength: 3 }),
    opportunities: fc.array(label, { maxLength: 3 }),
    tags: fc.array(
      text(10).filter((value) => value.length > 0),
      { maxLength: 3 },
    ),
    handover: fc.constantFrom(...HANDOVER_MODES),
  });

export const journeyArb: fc.Arbitrary<Journey> = fc
  .record({ actors: fc.integer({ min: 1, max: 8 }), stages: fc.nat({ max: 4 }), steps: fc.nat({ max: 30 }) })
  .chain((size) => {
    const actorIds = Array.from({ length: size.actors }, (_, i) => `a${i}`);
    const stageIds = Array.from({ length: size.stages }, (_, i) => `st${i}`);
    const stepIds = Array.from({ length: size.steps }, (_, i) => `s${i}`);
    return fc.record({
      title: label,
      persona: text(80),
      situation: text(80),
      ownerUnitId: fc.option(uuid, { nil: null }),
      status: fc.constantFrom('draft' as const, 'as_is' as const, 'to_be' as const),
      stages: fc.tuple(
        ...stageIds.map((id) =>
          fc.record({ id: fc.constant(id), name: label, description: optional(text(40)) }),
        ),
      ),
      actors: fc.tuple(...actorIds.map(actorArb)),
      steps: fc.tuple(...stepIds.map((id) => stepArb(id, actorIds, stageIds))),
      assessment: fc.dictionary(
        fc.constantFrom(...ASSESSMENT_KEYS),
        fc.record({ text: text(80), stepIds: stepIds.length > 0 ? fc.subarray(stepIds) : fc.constant([]) }),
      ),
    });
  });
