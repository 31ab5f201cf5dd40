import type { ActorKind, Journey, Step } from '../../shared/journey/index.ts';
import { addActor, deleteStep, freshId } from './edit.ts';

/**
 * Pure edits made from the drawing itself: the next contact from the home or an actor, dragged
 * positions and deleting a line's steps. Each returns a new journey, like `edit.ts`.
 */

/** A blank step for `actorId`; the caller fills in the rest. */
function newStep(journey: Journey, actorId: string, description: string, previous?: Step): Step {
  return {
    id: freshId('s', journey.steps),
    actorId,
    channel: previous?.channel ?? 'in_person',
    description: description.trim(),
    ...(previous?.stageId ? { stageId: previous.stageId } : {}),
    painPoints: [],
    opportunities: [],
    tags: [],
    handover: 'auto',
  };
}

/**
 * The next contact, drawn from `fromActorId` (null: the home) to `actorId`. From an actor the step goes
 * right after that actor's last step, so the drawing gets the line from that actor; from the home it
 * goes last and the citizen turns to the actor directly (`handover: 'no'`), which draws a line from home.
 */
export function addContact(
  journey: Journey,
  fromActorId: string | null,
  actorId: string,
  description = '',
): { journey: Journey; index: number } {
  let after = journey.steps.length - 1;
  if (fromActorId !== null) {
    const last = journey.steps.findLastIndex((s) => s.actorId === fromActorId);
    if (last >= 0) after = last;
  }
  const previous = journey.steps[after];
  const step = newStep(journey, actorId, description, previous);
  if (fromActorId === null && journey.steps.length > 0) step.handover = 'no';
  const steps = [...journey.steps];
  steps.splice(after + 1, 0, step);
  return { journey: { ...journey, steps }, index: after + 1 };
}

/** A new actor with its department or organisation, for the drawing's "new actor" form. */
export function addNamedActor(
  journey: Journey,
  kind: ActorKind,
  label: string,
  house: string,
): { journey: Journey; actorId: string } {
  const next = addActor(journey, kind, label.trim());
  const actor = next.actors.at(-1);
  if (!actor) return { journey, actorId: '' };
  const where = house.trim();
  if (where) {
    if (kind === 'external') Object.assign(actor, { organisation: where });
    else if (kind !== 'relative') Object.assign(actor, { department: where });
  }
  return { journey: next, actorId: actor.id };
}

/** Saves where an actor was dragged to, relative to the home (see `journeyLayoutSchema`). */
export function placeActor(journey: Journey, actorId: string, x: number, y: number): Journey {
  const positions = {
    ...(journey.layout?.positions ?? {}),
    [actorId]: { x: Math.round(x), y: Math.round(y) },
  };
  return { ...journey, layout: { positions } };
}

/** Back to the automatic ring layout. */
export function resetLayout(journey: Journey): Journey {
  const { layout: _dropped, ...rest } = journey;
  return rest;
}

/** Deletes the given steps (a line of the drawing), with their assessment references. */
export function deleteSteps(journey: Journey, stepIds: readonly string[]): Journey {
  let next = journey;
  for (const id of stepIds) {
    const index = next.steps.findIndex((s) => s.id === id);
    if (index >= 0) next = deleteStep(next, index);
  }
  return next;
}
