import { type Actor, actorBoundary, actorLabel, CITIZEN_NETWORK, OWN_ORGANISATION } from './actor.ts';
import { analyseContacts } from './contacts.ts';
import { houseOf, isOwn } from './drawing.ts';
import type { Journey } from './journey.ts';

/** `actor`: one lane per actor; `organisation`: one lane per department or organisation. */
export type LaneMode = 'actor' | 'organisation';

export interface SwimLane {
  key: string;
  /** User data (actor or organisation name), or null for a lane the UI names (the municipality). */
  label: string | null;
  own: boolean;
  /** Top of the lane. */
  y: number;
}

export interface SwimCell {
  stepId: string;
  /** 1-based step number. */
  number: number;
  lane: number;
  /** Centre of the step's box. */
  x: number;
  y: number;
  isHandover: boolean;
  crossesBoundary: boolean;
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  labelWidth: number;
  laneHeight: number;
  columnWidth: number;
  lanes: SwimLane[];
  cells: SwimCell[];
}

export const SWIMLANE_SIZES = { labelWidth: 190, laneHeight: 52, columnWidth: 46, margin: 8 } as const;

function laneOf(actor: Actor, mode: LaneMode): { key: string; label: string | null } {
  if (mode === 'actor') return { key: actor.id, label: actorLabel(actor).label };
  const boundary = actorBoundary(actor);
  if (boundary.organisation !== OWN_ORGANISATION) {
    const label = boundary.organisation === CITIZEN_NETWORK ? null : boundary.organisation;
    return { key: `o:${boundary.organisation}`, label };
  }
  const house = houseOf(actor) ?? (actor.kind === 'department' ? actor.name : null);
  return house ? { key: `d:${house}`, label: house } : { key: 'own', label: null };
}

/**
 * The journey as swimlanes: one row per actor (or department/organisation), the steps left to right in
 * time, one column per step, so even 25 or 200 steps never overlap. Lanes are ordered by first meeting.
 */
export function layoutSwimlanes(journey: Journey, mode: LaneMode = 'actor'): SwimlaneLayout {
  const { labelWidth, laneHeight, columnWidth, margin } = SWIMLANE_SIZES;
  const actors = new Map(journey.actors.map((a) => [a.id, a]));
  const lanes: SwimLane[] = [];
  const laneIndex = new Map<string, number>();
  const cells: SwimCell[] = [];
  for (const contact of analyseContacts(journey)) {
    const actor = actors.get(contact.actorId);
    if (!actor) continue;
    const { key, label } = laneOf(actor, mode);
    let lane = laneIndex.get(key);
    if (lane === undefined) {
      lane = lanes.length;
      laneIndex.set(key, lane);
      lanes.push({ key, label, own: isOwn(actor), y: margin + lane * laneHeight });
    }
    cells.push({
      stepId: contact.stepId,
      number: contact.index + 1,
      lane,
      x: margin + labelWidth + contact.index * columnWidth + columnWidth / 2,
      y: margin + lane * laneHeight + laneHeight / 2,
      isHandover: contact.isHandover,
      crossesBoundary: contact.crossesDepartment || contact.crossesOrganisation,
    });
  }
  return {
    width: 2 * margin + labelWidth + Math.max(cells.length, 1) * columnWidth,
    height: 2 * margin + Math.max(lanes.length, 1) * laneHeight,
    labelWidth,
    laneHeight,
    columnWidth,
    lanes,
    cells,
  };
}
