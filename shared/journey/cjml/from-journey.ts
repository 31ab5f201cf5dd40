import type { Actor } from '../actor.ts';
import { analyseContacts } from '../contacts.ts';
import type { Journey } from '../journey.ts';
import { cjmlChannelName } from './channels.ts';
import type { CjmlActor, CjmlJourney, CjmlJourneyKind, CjmlTouchpoint } from './model.ts';
import { xmlText } from './text.ts';

export interface JourneyToCjmlOptions {
  kind: CjmlJourneyKind;
  /** `journeyID` in the file, e.g. `borgerblik-<uuid>-v3`. */
  journeyId: string;
  /** Actual journeys: the instant the first step's waiting begins; steps get timestamps from it. */
  start?: Date;
  /** Actual journeys: the `journeyID` of the planned journey this one follows. */
  plannedReference?: string;
  /** Actual journeys: ids of steps not in the plan (a repeat), written with `bb:deviation`. */
  deviatingSteps?: ReadonlySet<string>;
  /** Actual journeys: ids of steps whose handover into them is not in the plan (`bb:deviation`). */
  deviatingHandovers?: ReadonlySet<string>;
}

/** The citizen's actor id: `citizen`, or `citizen-2`… when the journey already uses that id. */
function citizenId(actors: readonly Actor[]): string {
  const taken = new Set(actors.map((actor) => actor.id));
  let id = 'citizen';
  for (let n = 2; taken.has(id); n += 1) id = `citizen-${n}`;
  return id;
}

function toCjmlActor(actor: Actor): CjmlActor {
  const name = actor.kind === 'employee' ? actor.profession : actor.name;
  return {
    id: actor.id,
    // A relative meets the services beside the citizen, so CJML counts them as an end user too.
    role: actor.kind === 'relative' ? 'endUser' : 'serviceProvider',
    // An actor whose label holds only characters XML cannot carry is still named (by its id).
    name: xmlText(name) || actor.id,
    ...(actor.organisation ? { company: actor.organisation } : {}),
    ext: {
      kind: actor.kind,
      ...(actor.kind === 'employee' && actor.name ? { personName: actor.name } : {}),
      ...(actor.department ? { department: actor.department } : {}),
      ...(actor.unitName ? { unitName: actor.unitName } : {}),
    },
  };
}

/** The first line of a description, shortened, as the label a CJML diagram shows beside the actor. */
function shortLabel(description: string): string | undefined {
  const line = xmlText(description).split('\n')[0]?.trim() ?? '';
  if (line === '') return undefined;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function uniqueIds(journey: Journey) {
  const used = new Set(journey.steps.map((step) => step.id));
  return (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/**
 * A Borgerblik journey as one CJML journey. The citizen is the end user; each step is a communication
 * point between the citizen and the step's actor over the step's channel (the actor initiates, except
 * at self-service, where the citizen does); each handover (as `analyseContacts` derives it) is written
 * before its step as a communication point from the previous actor to the next. Planned journeys carry
 * waiting and duration; actual journeys carry the citizen's emotion as experience and, given `start`,
 * timestamps. Fields CJML cannot hold are listed in docs/CJML.md.
 */
export function journeyToCjml(journey: Journey, options: JourneyToCjmlOptions): CjmlJourney {
  const citizen = citizenId(journey.actors);
  const kinds = new Map(journey.actors.map((actor) => [actor.id, actor.kind]));
  const contacts = analyseContacts(journey);
  const nextId = uniqueIds(journey);
  const touchpoints: CjmlTouchpoint[] = [];
  const at = (minute: number) =>
    options.start ? new Date(options.start.getTime() + minute * 60_000).toISOString() : undefined;
  journey.steps.forEach((step, index) => {
    const contact = contacts[index];
    if (contact?.isHandover && contact.previousActorId !== null) {
      touchpoints.push({
        id: nextId(`handover-${step.id}`),
        type: 'communication',
        ...(step.stageId ? { phaseId: step.stageId } : {}),
        initiator: { actorId: contact.previousActorId },
        receiver: { actorId: step.actorId },
        channel: cjmlChannelName('unknown'),
        ...(options.deviatingHandovers?.has(step.id) ? { deviation: true } : {}),
      });
    }
    const actorSide = { actorId: step.actorId, label: shortLabel(step.description) };
    const citizenSide = { actorId: citizen };
    const citizenStarts = kinds.get(step.actorId) === 'self_service';
    const touchpoint: CjmlTouchpoint = {
      id: step.id,
      type: 'communication',
      ...(step.stageId ? { phaseId: step.stageId } : {}),
      initiator: citizenStarts ? citizenSide : actorSide,
      receiver: citizenStarts ? actorSide : citizenSide,
      channel: cjmlChannelName(step.channel),
      comment: step.description,
      ...(options.deviatingSteps?.has(step.id) ? { deviation: true } : {}),
    };
    if (options.kind === 'planned') {
      if (step.waitingMinutes !== undefined) touchpoint.deltaMinutes = step.waitingMinutes;
      if (step.durationMinutes !== undefined) touchpoint.durationMinutes = step.durationMinutes;
    } else {
      if (step.emotion !== undefined) touchpoint.experience = { rating: step.emotion + 3 };
      const started = contact ? at(contact.startMinute) : undefined;
      const completed = contact ? at(contact.endMinute) : undefined;
      if (started) touchpoint.timeStarted = started;
      if (completed) touchpoint.timeCompleted = completed;
    }
    touchpoints.push(touchpoint);
  });
  return {
    kind: options.kind,
    id: options.journeyId,
    title: journey.title,
    shortSummary: journey.persona,
    longSummary: journey.situation,
    ...(options.kind === 'actual' ? { status: 'completed' } : {}),
    ...(options.plannedReference ? { plannedReference: options.plannedReference } : {}),
    explicitHandovers: true,
    phases: journey.stages.map((stage) => ({
      id: stage.id,
      name: xmlText(stage.name) || stage.id,
      ...(stage.description ? { description: stage.description } : {}),
    })),
    actors: [
      { id: citizen, role: 'endUser', name: xmlText(journey.persona).slice(0, 200) || citizen },
      ...journey.actors.map(toCjmlActor),
    ],
    touchpoints,
  };
}
