import { actualJourney, deviationOf } from '../../shared/eventlog/conformance/index.ts';
import { analyseContacts, type Journey } from '../../shared/journey/index.ts';
import { AppError } from '../http/app-error.ts';

/** A variant of the event log as an actual journey, and which of its touchpoints the plan lacks. */
export interface Variant {
  journey: Journey;
  /** Actual step ids that repeat a planned step already visited. */
  steps: Set<string>;
  /** Actual step ids whose handover into them is not a handover of the plan. */
  handovers: Set<string>;
}

/**
 * The variant the deviation view opens (issue 19), built as the browser builds it
 * (`actualJourney`): the planned steps in the cases' order, each with its measured wait. A step id
 * the plan does not have is refused (400 naming its position) rather than silently dropped.
 */
export function variantOf(
  planned: Journey,
  stepIds: readonly string[],
  waitsMinutes: ReadonlyArray<number | ''> | undefined,
  title: string | undefined,
): Variant {
  const known = new Set(planned.steps.map((s) => s.id));
  const unknown = stepIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `variant[${i}]`, problem: 'unknown_reference' as const }],
  );
  if (unknown.length > 0) throw new AppError('validation_failed', {}, unknown);
  const waitsMs = stepIds.map((_, i) => {
    const wait = waitsMinutes?.[i];
    return wait === undefined || wait === '' ? null : wait * 60_000;
  });
  const journey = actualJourney(planned, stepIds, waitsMs, title ?? planned.title);
  const extra = new Set(deviationOf(planned, stepIds).extraHandovers.map((p) => p.join('\u0000')));
  const contacts = analyseContacts(journey);
  const seen = new Set<string>();
  const steps = new Set<string>();
  const handovers = new Set<string>();
  journey.steps.forEach((step, i) => {
    const plannedId = stepIds[i] ?? '';
    if (seen.has(plannedId)) steps.add(step.id);
    seen.add(plannedId);
    const contact = contacts[i];
    if (
      contact?.isHandover &&
      contact.previousActorId !== null &&
      extra.has(`${contact.previousActorId}\u0000${step.actorId}`)
    ) {
      handovers.add(step.id);
      // The step reached by a handover the plan does not have is itself off the plan.
      steps.add(step.id);
    }
  });
  return { journey, steps, handovers };
}
