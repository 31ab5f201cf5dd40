import { type Actor, type ActorBoundary, actorBoundary } from './actor.ts';
import type { Journey } from './journey.ts';

/** What the citizen experiences at one step, derived from the step and the one before it. */
export interface Contact {
  index: number;
  stepId: string;
  actorId: string;
  /** Actor of the previous step; null for the first contact. */
  previousActorId: string | null;
  isHandover: boolean;
  /** `derived`: the actor changed under `handover: 'auto'`; `explicit`: `handover: 'yes'`. */
  handoverSource: 'derived' | 'explicit' | null;
  /** Handover between two departments of the same organisation (both departments known). */
  crossesDepartment: boolean;
  /** Handover between two organisations (municipality, GP, hospital, the citizen's network…). */
  crossesOrganisation: boolean;
  /** The citizen is back with an actor met earlier, but not at the previous step. */
  isReturn: boolean;
  /** Minutes since the journey began when this step starts (after its waiting) and ends. */
  startMinute: number;
  endMinute: number;
}

function crossing(from: ActorBoundary | undefined, to: ActorBoundary | undefined) {
  if (!from || !to) return { department: false, organisation: false };
  const organisation = from.organisation !== to.organisation;
  const department =
    !organisation && from.department !== null && to.department !== null && from.department !== to.department;
  return { department, organisation };
}

/** Boundaries by actor id, computed once per analysis. */
export function boundariesById(actors: readonly Actor[]): Map<string, ActorBoundary> {
  return new Map(actors.map((actor) => [actor.id, actorBoundary(actor)]));
}

/**
 * Walks the steps once and derives handovers, boundary crossings, returns and timing. Every other
 * analysis builds on this so the rules live in one place:
 * - first step: the first contact, never a handover;
 * - `auto`: a handover when the actor differs from the previous step's;
 * - `yes` / `no`: forced (a `yes` on the same actor is a handover within it, crossing nothing).
 */
export function analyseContacts(journey: Pick<Journey, 'actors' | 'steps'>): Contact[] {
  const boundaries = boundariesById(journey.actors);
  const met = new Set<string>();
  const contacts: Contact[] = [];
  let clock = 0;
  let previousActorId: string | null = null;
  journey.steps.forEach((step, index) => {
    const changed = previousActorId !== null && previousActorId !== step.actorId;
    let handoverSource: Contact['handoverSource'] = null;
    if (previousActorId !== null && step.handover === 'yes') handoverSource = 'explicit';
    else if (changed && step.handover === 'auto') handoverSource = 'derived';
    const isHandover = handoverSource !== null;
    const cross =
      isHandover && previousActorId !== null
        ? crossing(boundaries.get(previousActorId), boundaries.get(step.actorId))
        : { department: false, organisation: false };
    const startMinute = clock + (step.waitingMinutes ?? 0);
    clock = startMinute + (step.durationMinutes ?? 0);
    contacts.push({
      index,
      stepId: step.id,
      actorId: step.actorId,
      previousActorId,
      isHandover,
      handoverSource,
      crossesDepartment: cross.department,
      crossesOrganisation: cross.organisation,
      isReturn: changed && met.has(step.actorId),
      startMinute,
      endMinute: clock,
    });
    met.add(step.actorId);
    previousActorId = step.actorId;
  });
  return contacts;
}

/** One line of the drawing: a run of contacts with one actor, reached from `fromActorId`. */
export interface ContactLine {
  /** The previous actor when the citizen was handed over; null when the citizen turned to it from home. */
  fromActorId: string | null;
  toActorId: string;
  /** The contacts of the run, the first being the one that opened the line. */
  contacts: Contact[];
}

/**
 * The drawing's lines: a new line opens at every handover and at every change of actor (a change
 * under `handover: 'no'` comes from the citizen's home); further steps with the same actor and no
 * handover stay on the line. The one definition of "which actor handed over to which" — the
 * drawing, the deviation view and the conformance of mapped actors all read handovers from here.
 */
export function contactLines(contacts: readonly Contact[]): ContactLine[] {
  const lines: ContactLine[] = [];
  for (const contact of contacts) {
    const current = lines.at(-1);
    if (current && contact.previousActorId === contact.actorId && !contact.isHandover) {
      current.contacts.push(contact);
      continue;
    }
    lines.push({
      fromActorId: contact.isHandover ? contact.previousActorId : null,
      toActorId: contact.actorId,
      contacts: [contact],
    });
  }
  return lines;
}

/** The actor pairs of a journey's handovers (lines from another actor, not from home), in order, distinct. */
export function handoverPairs(journey: Pick<Journey, 'actors' | 'steps'>): Array<[string, string]> {
  const pairs = new Map<string, [string, string]>();
  for (const line of contactLines(analyseContacts(journey)))
    if (line.fromActorId !== null)
      pairs.set(`${line.fromActorId}\u0000${line.toActorId}`, [line.fromActorId, line.toActorId]);
  return [...pairs.values()];
}
