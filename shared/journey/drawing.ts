import { type ActorKind, actorLabel } from './actor.ts';
import { analyseContacts } from './contacts.ts';
import { findHotspots, type Hotspot, type HotspotOptions } from './hotspots.ts';
import type { Journey } from './journey.ts';
import { nodeRadius, placeOnRings, type RingOptions } from './rings.ts';

export interface Point {
  x: number;
  y: number;
}

/** How the seed drawing shows an actor: employees and relatives as people, the rest as houses. */
export type NodeShape = 'person' | 'house' | 'screen';

export interface DrawingNode extends Point {
  actorId: string;
  kind: ActorKind;
  shape: NodeShape;
  label: string;
  sublabel: string | null;
  /** 1-based order in which the citizen first meets the actor; null if no step uses it. */
  order: number | null;
  ring: number;
  stepCount: number;
}

/** One stroke of the drawing: from the home (first contact) or the previous actor (handover). */
export interface DrawingLine {
  /** 1-based, in the order met. */
  number: number;
  /** The step that opened the line and the following steps with the same actor. */
  stepIds: string[];
  fromActorId: string | null;
  toActorId: string;
  from: Point;
  to: Point;
  isHandover: boolean;
  crossesBoundary: boolean;
  /** k-th line between the same two ends (either direction), so the UI can bend repeats apart. */
  parallelIndex: number;
}

export type DrawingHotspot = Hotspot & Point & { actorIds: string[] };

export interface JourneyDrawing {
  width: number;
  height: number;
  home: Point;
  nodes: DrawingNode[];
  lines: DrawingLine[];
  hotspots: DrawingHotspot[];
}

export interface DrawingOptions extends RingOptions {
  margin: number;
  hotspots: Partial<HotspotOptions>;
}

export const DEFAULT_DRAWING_OPTIONS: DrawingOptions = {
  nodeWidth: 140,
  nodeHeight: 110,
  gap: 24,
  homeRadius: 60,
  margin: 40,
  hotspots: {},
};

const SHAPES: Record<ActorKind, NodeShape> = {
  employee: 'person',
  relative: 'person',
  department: 'house',
  external: 'house',
  self_service: 'screen',
};

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Geometry of the "Tegn en borgerrejse" drawing: the home in the centre, actors on rings around it
 * in the order met, one numbered line per first contact or handover. Deterministic and DOM-free.
 */
export function layoutDrawing(journey: Journey, options: Partial<DrawingOptions> = {}): JourneyDrawing {
  const opts = { ...DEFAULT_DRAWING_OPTIONS, ...options };
  const contacts = analyseContacts(journey);
  const firstMet = new Map<string, number>();
  for (const contact of contacts)
    if (!firstMet.has(contact.actorId)) firstMet.set(contact.actorId, firstMet.size);
  // Met actors in meeting order, then the unmet ones in list order (the sort is stable).
  const rank = (id: string) => firstMet.get(id) ?? firstMet.size;
  const actors = [...journey.actors].sort((a, b) => rank(a.id) - rank(b.id));
  const { slots, outerRadius } = placeOnRings(actors.length, opts);
  const half =
    actors.length === 0 ? opts.homeRadius + opts.margin : outerRadius + nodeRadius(opts) + opts.margin;
  const home = { x: round(half), y: round(half) };
  const stepCounts = new Map<string, number>();
  for (const contact of contacts) stepCounts.set(contact.actorId, (stepCounts.get(contact.actorId) ?? 0) + 1);
  const nodes = actors.map((actor, index): DrawingNode => {
    const slot = slots[index] ?? { ring: 0, dx: 0, dy: 0 };
    const orderIndex = firstMet.get(actor.id);
    return {
      actorId: actor.id,
      kind: actor.kind,
      shape: SHAPES[actor.kind],
      ...actorLabel(actor),
      order: orderIndex === undefined ? null : orderIndex + 1,
      ring: slot.ring,
      stepCount: stepCounts.get(actor.id) ?? 0,
      x: round(half + slot.dx),
      y: round(half + slot.dy),
    };
  });
  const at = new Map(nodes.map((node) => [node.actorId, { x: node.x, y: node.y }]));
  const lines = drawLines(contacts, home, at);
  const actorOfStep = new Map(journey.steps.map((step) => [step.id, step.actorId]));
  const hotspots = findHotspots(journey, opts.hotspots, contacts).map((hotspot) =>
    placeHotspot(hotspot, actorOfStep, at),
  );
  return { width: round(2 * half), height: round(2 * half), home, nodes, lines, hotspots };
}

function drawLines(
  contacts: ReturnType<typeof analyseContacts>,
  home: Point,
  at: Map<string, Point>,
): DrawingLine[] {
  const lines: DrawingLine[] = [];
  const pairCount = new Map<string, number>();
  for (const contact of contacts) {
    const current = lines.at(-1);
    const sameActor = contact.previousActorId === contact.actorId;
    if (current && sameActor && !contact.isHandover) {
      current.stepIds.push(contact.stepId);
      continue;
    }
    // A new actor without a handover (`handover: 'no'`) means the citizen turned to it directly.
    const fromActorId = contact.isHandover ? contact.previousActorId : null;
    const pair = [fromActorId ?? '', contact.actorId].sort().join('\u0000');
    const parallelIndex = pairCount.get(pair) ?? 0;
    pairCount.set(pair, parallelIndex + 1);
    lines.push({
      number: lines.length + 1,
      stepIds: [contact.stepId],
      fromActorId,
      toActorId: contact.actorId,
      from: (fromActorId === null ? home : at.get(fromActorId)) ?? home,
      to: at.get(contact.actorId) ?? home,
      isHandover: contact.isHandover,
      crossesBoundary: contact.crossesDepartment || contact.crossesOrganisation,
      parallelIndex,
    });
  }
  return lines;
}

/**
 * Anchors a hotspot at the centroid of the actors its steps involve. Looks steps up in a shared map
 * rather than scanning all steps per hotspot, which cost O(hotspots × steps) at 1,000 steps.
 */
function placeHotspot(
  hotspot: Hotspot,
  actorOfStep: ReadonlyMap<string, string>,
  at: Map<string, Point>,
): DrawingHotspot {
  const actorIds = [...new Set(hotspot.stepIds.flatMap((id) => actorOfStep.get(id) ?? []))];
  const points = actorIds.flatMap((id) => at.get(id) ?? []);
  const x = points.reduce((sum, p) => sum + p.x, 0) / Math.max(points.length, 1);
  const y = points.reduce((sum, p) => sum + p.y, 0) / Math.max(points.length, 1);
  return { ...hotspot, actorIds, x: round(x), y: round(y) };
}
