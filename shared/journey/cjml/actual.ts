import type { Channel } from '../step.ts';
import { cjmlChannelName } from './channels.ts';
import type { CjmlActor, CjmlJourney, CjmlTouchpoint } from './model.ts';
import { writeCjml } from './write.ts';

/** One service provider in a case or variant: an event log's resource or group, or a journey actor. */
export interface ActualActorInput {
  id: string;
  name: string;
  /** Written as `companyName`; e.g. the organisation of a resource group. */
  organisation?: string;
}

/** One touchpoint of a case or variant, in the order it happened. */
export interface ActualTouchpointInput {
  id: string;
  /** The service provider at this touchpoint (an id from `actors`). */
  actorId: string;
  /** What happened, e.g. the event log's activity name. */
  label?: string;
  channel?: Channel;
  /** The citizen started the contact (an application, a call); otherwise the provider did. */
  citizenInitiates?: boolean;
  /** ISO 8601 instants or dates; an event log's single timestamp can be given as both. */
  start?: string | Date;
  end?: string | Date;
  /** Not in the planned journey (conformance): written as `bb:deviation`. */
  deviation?: boolean;
  /** The citizen's experience, 1 (very poor) … 5 (very good), e.g. from a survey on this touchpoint. */
  rating?: number;
  phaseId?: string;
}

export interface ActualJourneyInput {
  /** `journeyID`, e.g. the case id or `variant-3`. */
  journeyId: string;
  title: string;
  /** `journeyID` of the planned journey (see `journeyToCjml`), when the case was mapped onto one. */
  plannedReference?: string;
  /** e.g. `completed` or `ongoing`. */
  status?: string;
  summary?: string;
  /** The citizen; defaults to id `citizen`. */
  endUser?: { id?: string; name?: string };
  actors: ActualActorInput[];
  phases?: { id: string; name: string }[];
  touchpoints: ActualTouchpointInput[];
}

const iso = (value: string | Date | undefined) =>
  value === undefined ? undefined : value instanceof Date ? value.toISOString() : value;

/**
 * A case or an opened variant as a CJML 2.0 actual journey (XML text), from a plain list of
 * touchpoints, e.g. the events of one event-log case after mapping activities to steps. Pure: no
 * database, usable in the browser. Each touchpoint is a communication point between the citizen and
 * its actor; where the actor changes from the previous touchpoint, a communication point from the
 * previous actor to the next is written first (the handover), as in Borgerblik's planned exports.
 */
export function toCjmlActualJourney(input: ActualJourneyInput): string {
  const citizen = input.endUser?.id ?? 'citizen';
  const actors: CjmlActor[] = [
    { id: citizen, role: 'endUser', name: input.endUser?.name ?? citizen },
    ...input.actors.map(
      (actor): CjmlActor => ({
        id: actor.id,
        role: 'serviceProvider',
        name: actor.name,
        ...(actor.organisation ? { company: actor.organisation } : {}),
      }),
    ),
  ];
  const used = new Set(input.touchpoints.map((tp) => tp.id));
  const touchpoints: CjmlTouchpoint[] = [];
  let previous: string | undefined;
  for (const tp of input.touchpoints) {
    if (previous !== undefined && previous !== tp.actorId) {
      let id = `handover-${tp.id}`;
      for (let n = 2; used.has(id); n += 1) id = `handover-${tp.id}-${n}`;
      used.add(id);
      touchpoints.push({
        id,
        type: 'communication',
        initiator: { actorId: previous },
        receiver: { actorId: tp.actorId },
        channel: cjmlChannelName('unknown'),
      });
    }
    const providerSide = { actorId: tp.actorId, ...(tp.label ? { label: tp.label } : {}) };
    const citizenSide = { actorId: citizen };
    const started = iso(tp.start);
    const completed = iso(tp.end);
    touchpoints.push({
      id: tp.id,
      type: 'communication',
      ...(tp.phaseId ? { phaseId: tp.phaseId } : {}),
      initiator: tp.citizenInitiates ? citizenSide : providerSide,
      receiver: tp.citizenInitiates ? providerSide : citizenSide,
      channel: cjmlChannelName(tp.channel ?? 'unknown'),
      ...(started ? { timeStarted: started } : {}),
      ...(completed ? { timeCompleted: completed } : {}),
      ...(tp.rating !== undefined ? { experience: { rating: tp.rating } } : {}),
      ...(tp.deviation ? { deviation: true } : {}),
    });
    previous = tp.actorId;
  }
  const journey: CjmlJourney = {
    kind: 'actual',
    id: input.journeyId,
    title: input.title,
    ...(input.summary ? { shortSummary: input.summary } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.plannedReference ? { plannedReference: input.plannedReference } : {}),
    explicitHandovers: true,
    phases: input.phases ?? [],
    actors,
    touchpoints,
  };
  return writeCjml([journey]);
}
