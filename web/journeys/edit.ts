import type { Actor, ActorKind, Journey, Stage, Step } from '../../shared/journey/index.ts';

/**
 * Pure edits of a journey for the editor. Each returns a new journey (never mutates), so the undo
 * history can keep plain references.
 */

/** The first `<prefix><n>` not used by any item. */
export function freshId(prefix: string, items: readonly { id: string }[]): string {
  const used = new Set(items.map((item) => item.id));
  let n = items.length + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** A new step after `afterIndex` (at the end by default), with the previous step's actor and stage. */
export function addStep(
  journey: Journey,
  afterIndex = journey.steps.length - 1,
): { journey: Journey; index: number } {
  const previous = journey.steps[afterIndex];
  const actorId = previous?.actorId ?? journey.actors[0]?.id;
  if (actorId === undefined) return { journey, index: -1 };
  const step: Step = {
    id: freshId('s', journey.steps),
    actorId,
    channel: previous?.channel ?? 'in_person',
    description: '',
    ...(previous?.stageId ? { stageId: previous.stageId } : {}),
    painPoints: [],
    opportunities: [],
    tags: [],
    handover: 'auto',
  };
  const steps = [...journey.steps];
  steps.splice(afterIndex + 1, 0, step);
  return { journey: { ...journey, steps }, index: afterIndex + 1 };
}

/** Moves a step by `delta` places (clamped); the same journey when nothing moves. */
export function moveStep(journey: Journey, index: number, delta: number): Journey {
  const target = Math.max(0, Math.min(journey.steps.length - 1, index + delta));
  const step = journey.steps[index];
  if (target === index || step === undefined) return journey;
  const steps = [...journey.steps];
  steps.splice(index, 1);
  steps.splice(target, 0, step);
  return { ...journey, steps };
}

/** Removes a step and any assessment references to it. */
export function deleteStep(journey: Journey, index: number): Journey {
  const step = journey.steps[index];
  if (step === undefined) return journey;
  const assessment: Journey['assessment'] = {};
  for (const [key, answer] of Object.entries(journey.assessment) as [
    keyof Journey['assessment'],
    { text: string; stepIds: string[] },
  ][]) {
    assessment[key] = { ...answer, stepIds: answer.stepIds.filter((id) => id !== step.id) };
  }
  return { ...journey, steps: journey.steps.filter((_, i) => i !== index), assessment };
}

export function updateStep(journey: Journey, index: number, patch: Partial<Step>): Journey {
  return { ...journey, steps: journey.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) };
}

/** A new actor of `kind` with a placeholder label the user overwrites. */
export function addActor(journey: Journey, kind: ActorKind, label: string): Journey {
  const id = freshId('a', journey.actors);
  const actor: Actor =
    kind === 'employee'
      ? { id, kind, profession: label }
      : kind === 'external'
        ? { id, kind, name: label, organisation: label }
        : { id, kind, name: label };
  return { ...journey, actors: [...journey.actors, actor] };
}

export function updateActor(journey: Journey, id: string, patch: Partial<Actor>): Journey {
  return {
    ...journey,
    actors: journey.actors.map((actor) => (actor.id === id ? ({ ...actor, ...patch } as Actor) : actor)),
  };
}

/** Removes an actor no step uses; the same journey otherwise (the UI explains why). */
export function removeActor(journey: Journey, id: string): Journey {
  if (journey.steps.some((step) => step.actorId === id)) return journey;
  const actors = journey.actors.filter((actor) => actor.id !== id);
  const positions = journey.layout?.positions;
  if (!positions || !(id in positions)) return { ...journey, actors };
  const { [id]: _dropped, ...rest } = positions;
  return { ...journey, actors, layout: { positions: rest } };
}

export function addStage(journey: Journey, name: string): Journey {
  const stage: Stage = { id: freshId('f', journey.stages), name };
  return { ...journey, stages: [...journey.stages, stage] };
}

/** Removes a stage; its steps simply belong to no stage afterwards. */
export function removeStage(journey: Journey, id: string): Journey {
  return {
    ...journey,
    stages: journey.stages.filter((stage) => stage.id !== id),
    steps: journey.steps.map((step) => {
      if (step.stageId !== id) return step;
      const { stageId: _removed, ...rest } = step;
      return rest;
    }),
  };
}

/** Splits a multi-line text box into list items (blank lines dropped). */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
