import { emptyJourney, handoverPairs, type Journey, LIMITS, type Step } from '../../journey/index.ts';

/**
 * A deviating variant as an actual journey beside the planned one: the planned steps (actor,
 * channel, description) in the order the cases ran them, repeats included, with the measured median
 * wait before each. Step ids are `<planned id>~<n>` so a repeated step stays unique and can be traced
 * back to the plan.
 */
export function actualJourney(
  planned: Journey,
  stepIds: readonly string[],
  waitsMs: ReadonlyArray<number | null>,
  title: string,
): Journey {
  const byId = new Map(planned.steps.map((s) => [s.id, s]));
  const steps: Step[] = [];
  stepIds.forEach((id, i) => {
    const step = byId.get(id);
    if (!step || steps.length >= LIMITS.steps) return;
    const wait = waitsMs[i];
    const { waitingMinutes: _planned, ...rest } = step;
    steps.push({
      ...rest,
      id: `${id}~${i + 1}`.slice(0, LIMITS.idChars),
      ...(wait === null || wait === undefined
        ? {}
        : { waitingMinutes: Math.max(0, Math.round(wait / 60_000)) }),
    });
  });
  return {
    ...emptyJourney(title.slice(0, LIMITS.titleChars)),
    persona: planned.persona,
    situation: planned.situation,
    ownerUnitId: planned.ownerUnitId,
    status: 'as_is',
    stages: planned.stages,
    actors: planned.actors,
    steps,
  };
}

/** What the deviation view highlights: planned handovers not taken, actual ones not planned, repeats. */
export interface Deviation {
  /** Planned step ids no case of the variant visited. */
  skipped: string[];
  /** Planned step ids visited more than once. */
  repeated: string[];
  /** Planned handovers (by actor pair "from→to") the variant did not take. */
  missingHandovers: Array<[string, string]>;
  /** Handovers the variant took that the plan does not have, by actor pair. */
  extraHandovers: Array<[string, string]>;
}

/** Handover actor pairs of the plan's steps in the order `stepIds` (the drawing's definition). */
const actorPairs = (journey: Journey, stepIds: readonly string[]) => {
  const byId = new Map(journey.steps.map((s) => [s.id, s]));
  const steps = stepIds.flatMap((id) => byId.get(id) ?? []);
  return new Map(handoverPairs({ actors: journey.actors, steps }).map((p) => [p.join('\u0000'), p]));
};

/**
 * Compares a variant's step order with the plan, on steps and on the handovers between actors as
 * the drawing has them ({@link handoverPairs}: a contact from the citizen's home is no handover).
 */
export function deviationOf(planned: Journey, actualStepIds: readonly string[]): Deviation {
  const planIds = planned.steps.map((s) => s.id);
  const counts = new Map<string, number>();
  for (const id of actualStepIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const plan = actorPairs(planned, planIds);
  const actual = actorPairs(planned, actualStepIds);
  return {
    skipped: planIds.filter((id) => !counts.has(id)),
    repeated: planIds.filter((id) => (counts.get(id) ?? 0) > 1),
    missingHandovers: [...plan.entries()].filter(([k]) => !actual.has(k)).map(([, v]) => v),
    extraHandovers: [...actual.entries()].filter(([k]) => !plan.has(k)).map(([, v]) => v),
  };
}
