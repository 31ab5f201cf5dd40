import type { ActorKind } from '../actor.ts';

/**
 * The parts of the CJML 2.0 data format (SINTEF, cjml.no) that Borgerblik reads and writes, as plain
 * data. Element names follow CJML: a `<CJML version="2.0">` root holds `plannedJourney` and
 * `actualJourney` elements; each has `actors` (`endUser`, `serviceProvider`) and `touchpoints`
 * (communication points from an initiator to a receiver over a channel, and single-actor actions).
 */
export const CJML_VERSION = '2.0';

/** Namespace of Borgerblik's extension attributes and elements; CJML tools ignore what they do not know. */
export const BORGERBLIK_CJML_NS = 'urn:borgerblik:cjml:1';

export type CjmlJourneyKind = 'planned' | 'actual';
export type CjmlActorRole = 'endUser' | 'serviceProvider';

/** Borgerblik's own actor fields, carried in the extension namespace so a round trip keeps them. */
export interface CjmlActorExtension {
  kind?: ActorKind;
  /** An employee's personal name (the actor's CJML name is the profession). */
  personName?: string;
  department?: string;
  unitName?: string;
}

export interface CjmlActor {
  id: string;
  role: CjmlActorRole;
  name: string;
  /** `companyName`: the organisation the actor belongs to. */
  company?: string;
  ext?: CjmlActorExtension;
}

export interface CjmlParty {
  actorId: string;
  /** `initiatorLabel` / `receiverLabel`: what this party does at the touchpoint. */
  label?: string;
}

export interface CjmlExperience {
  /** 1 (very poor) … 5 (very good); Borgerblik's emotion −2…2 plus 3. */
  rating?: number;
  description?: string;
}

export interface CjmlTouchpoint {
  id: string;
  /** `communication`: initiator → receiver over a channel; `action`: one actor acting alone. */
  type: 'communication' | 'action';
  phaseId?: string;
  initiator: CjmlParty;
  receiver?: CjmlParty;
  channel?: string;
  comment?: string;
  /** Planned journeys: `touchpointDuration` and `deltaTime` (the wait since the previous touchpoint). */
  durationMinutes?: number;
  deltaMinutes?: number;
  /** Actual journeys: ISO 8601 instants. */
  timeStarted?: string;
  timeCompleted?: string;
  experience?: CjmlExperience;
  /** Actual journeys: the touchpoint is not in the planned journey (a deviation). */
  deviation?: boolean;
}

export interface CjmlPhase {
  id: string;
  name: string;
  description?: string;
}

export interface CjmlJourney {
  kind: CjmlJourneyKind;
  id: string;
  title: string;
  shortSummary?: string;
  longSummary?: string;
  /** Actual journeys: e.g. `completed`, `ongoing`. */
  status?: string;
  /** Actual journeys: the `journeyID` of the planned journey they follow. */
  plannedReference?: string;
  /**
   * Borgerblik's exports write every handover as a communication point between two service providers
   * (`bb:handovers="explicit"`), so an actor change without one is a contact without a handover.
   * Other CJML files leave handovers implicit: any change of service provider is one.
   */
  explicitHandovers?: boolean;
  phases: CjmlPhase[];
  actors: CjmlActor[];
  touchpoints: CjmlTouchpoint[];
}

/** Element names per journey kind. */
export const ELEMENT = {
  planned: {
    journey: 'plannedJourney',
    communication: 'plannedCommunicationPoint',
    action: 'plannedAction',
  },
  actual: {
    journey: 'actualJourney',
    communication: 'actualCommunicationPoint',
    action: 'actualAction',
  },
} as const satisfies Record<CjmlJourneyKind, Record<string, string>>;
