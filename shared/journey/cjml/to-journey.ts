import type { Actor } from '../actor.ts';
import type { Journey } from '../journey.ts';
import { LIMITS } from '../limits.ts';
import type { HandoverMode, Step } from '../step.ts';
import { channelFromCjml } from './channels.ts';
import type { CjmlActor, CjmlTouchpoint } from './model.ts';
import type { LocatedJourney } from './parse.ts';
import type { Loc } from './xml.ts';

/** A journey read from CJML, with the file location of each actor, stage and step for error paths. */
export interface ConvertedJourney {
  journey: Journey;
  at: Loc;
  actors: Loc[];
  stages: Loc[];
  steps: Loc[];
}

/** Makes CJML's free ids fit Borgerblik's local ids (letters, digits, `_-.:`), unique within the journey. */
function idAllocator() {
  const used = new Set<string>();
  return (raw: string) => {
    const base = raw.replace(/[^A-Za-z0-9_.:-]+/g, '_').slice(0, LIMITS.idChars - 4) || 'id';
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

function toActor(actor: CjmlActor, id: string): Actor {
  const ext = actor.ext ?? {};
  const common = {
    id,
    ...(ext.department ? { department: ext.department } : {}),
    ...(ext.unitName ? { unitName: ext.unitName } : {}),
  };
  const organisation = actor.company ? { organisation: actor.company } : {};
  // Without Borgerblik's own kind: a further end user is a relative; a provider with a company is
  // outside the municipality (GP, hospital, NAV…), one without is a department of it.
  const kind =
    ext.kind ?? (actor.role === 'endUser' ? 'relative' : actor.company ? 'external' : 'department');
  switch (kind) {
    case 'employee':
      return {
        ...common,
        ...organisation,
        kind,
        profession: actor.name,
        ...(ext.personName ? { name: ext.personName } : {}),
      };
    case 'external':
      return { ...common, kind, name: actor.name, organisation: actor.company ?? actor.name };
    default:
      return { ...common, ...organisation, kind, name: actor.name };
  }
}

/** The step's actor (the party that is not the citizen) and whether the touchpoint is a handover. */
function roleOf(tp: CjmlTouchpoint, citizen: string): { actorId: string; handover: boolean } {
  const initiator = tp.initiator.actorId;
  const receiver = tp.receiver?.actorId;
  if (tp.type === 'action' || receiver === undefined) return { actorId: initiator, handover: false };
  if (initiator === citizen) return { actorId: receiver, handover: false };
  if (receiver === citizen) return { actorId: initiator, handover: false };
  return { actorId: receiver, handover: true };
}

function minutesBetween(from: string | undefined, to: string | undefined): number | undefined {
  if (!from || !to) return undefined;
  const minutes = Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
  return minutes >= 0 ? minutes : undefined;
}

function handoverMode(marked: boolean, explicit: boolean, same: boolean, first: boolean): HandoverMode {
  if (first) return 'auto';
  if (marked) return same ? 'yes' : 'auto';
  // Borgerblik's own files write every handover; an actor change without one was marked "no handover".
  return explicit && !same ? 'no' : 'auto';
}

/**
 * A parsed CJML journey as a Borgerblik draft. The first end user is the citizen; every other actor
 * becomes a Borgerblik actor (kind from Borgerblik's extension, else relative / external / department).
 * Touchpoints with the citizen become steps in file order; a communication point between two other
 * actors marks a handover to the next step; an action becomes a step of its actor tagged `cjml-action`.
 * The result is not yet validated: the caller runs the journey schema and maps paths back with the locs.
 */
export function cjmlToJourney(located: LocatedJourney): ConvertedJourney {
  const { journey: cj } = located;
  const citizen = cj.actors.find((actor) => actor.role === 'endUser');
  const citizenId = citizen?.id ?? '';
  const actorId = idAllocator();
  const actorIds = new Map<string, string>();
  const actors: Actor[] = [];
  const actorLocs: Loc[] = [];
  cj.actors.forEach((actor, i) => {
    if (actor.id === citizenId) return;
    const id = actorId(actor.id);
    actorIds.set(actor.id, id);
    actors.push(toActor(actor, id));
    actorLocs.push(located.actors[i] ?? located.at);
  });
  const stageId = idAllocator();
  const stageIds = new Map(cj.phases.map((phase) => [phase.id, stageId(phase.id)]));
  const stepId = idAllocator();
  const steps: Step[] = [];
  const stepLocs: Loc[] = [];
  let marked = false;
  let previousEnd: string | undefined;
  cj.touchpoints.forEach((tp, i) => {
    const role = roleOf(tp, citizenId);
    if (role.handover) {
      marked = true;
      return;
    }
    let id = actorIds.get(role.actorId);
    if (id === undefined) {
      // The citizen acting alone (an action, or talking to themself): a self-service step.
      id = actorId(role.actorId);
      actorIds.set(role.actorId, id);
      actors.push({ id, kind: 'self_service', name: citizen?.name ?? role.actorId });
      actorLocs.push(located.actors[0] ?? located.at);
    }
    const previous = steps[steps.length - 1];
    const party = tp.initiator.actorId === role.actorId ? tp.initiator : tp.receiver;
    const waiting = tp.deltaMinutes ?? minutesBetween(previousEnd, tp.timeStarted);
    const duration = tp.durationMinutes ?? minutesBetween(tp.timeStarted, tp.timeCompleted);
    const rating = tp.experience?.rating;
    steps.push({
      id: stepId(tp.id),
      actorId: id,
      channel: channelFromCjml(tp.channel),
      description: tp.comment ?? party?.label ?? '',
      ...(tp.phaseId && stageIds.has(tp.phaseId) ? { stageId: stageIds.get(tp.phaseId) } : {}),
      ...(waiting !== undefined ? { waitingMinutes: waiting } : {}),
      ...(duration !== undefined ? { durationMinutes: duration } : {}),
      // Experience is the citizen's own report, which CJML keeps on actual journeys only.
      ...(cj.kind === 'actual' && rating !== undefined ? { emotion: rating - 3 } : {}),
      painPoints: [],
      opportunities: [],
      tags: tp.type === 'action' ? ['cjml-action'] : [],
      handover: handoverMode(marked, cj.explicitHandovers === true, previous?.actorId === id, !previous),
    });
    stepLocs.push(located.touchpoints[i] ?? located.at);
    marked = false;
    previousEnd = tp.timeCompleted ?? tp.timeStarted ?? previousEnd;
  });
  return {
    journey: {
      title: cj.title,
      persona: cj.shortSummary ?? '',
      situation: cj.longSummary ?? '',
      ownerUnitId: null,
      status: 'draft',
      stages: cj.phases.map((phase) => ({
        id: stageIds.get(phase.id) ?? phase.id,
        name: phase.name,
        ...(phase.description ? { description: phase.description } : {}),
      })),
      actors,
      steps,
      assessment: {},
    },
    at: located.at,
    actors: actorLocs,
    stages: located.phases,
    steps: stepLocs,
  };
}
