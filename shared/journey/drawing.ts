import { type Actor, type ActorKind, actorBoundary, actorLabel, OWN_ORGANISATION } from './actor.ts';
import { type Box, type Curve, curveOf, type Point, placeBadges } from './badges.ts';
import { analyseContacts, contactLines } from './contacts.ts';
import { findHotspots, type Hotspot, type HotspotOptions } from './hotspots.ts';
import type { Journey } from './journey.ts';
import { placeOnRings, type RingOptions } from './rings.ts';

export type { Point };

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
  /** The municipality's own actor (true) or someone else's: a partner, the citizen's network. */
  own: boolean;
  /**
   * The department, unit or organisation a person or self-service belongs to, drawn as a house the
   * figure stands in; null for houses themselves and for actors that name none.
   */
  house: string | null;
  /** True when the user dragged the actor here (saved in `journey.layout`). */
  placed: boolean;
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
  /** The Bézier control point of the line's curve (see `curveOf`). */
  control: Point;
  /** Centre of the numbered badge; no two badges overlap (see `placeBadges`). */
  badge: Point;
  /** The contact is with the municipality's own actor. */
  own: boolean;
}

/** A dashed ring around one actor a hotspot involves; it encircles the figure, never covers it. */
export interface HotspotRing extends Point {
  r: number;
  /** Index into `JourneyDrawing.hotspots`. */
  hotspot: number;
  actorId: string;
}

export type DrawingHotspot = Hotspot & Point & { actorIds: string[] };

export interface JourneyDrawing {
  width: number;
  height: number;
  home: Point;
  nodes: DrawingNode[];
  lines: DrawingLine[];
  hotspots: DrawingHotspot[];
  rings: HotspotRing[];
}

export interface DrawingOptions extends RingOptions {
  margin: number;
  hotspots: Partial<HotspotOptions>;
  /** Radius of a numbered badge. */
  badgeRadius: number;
  /** Radius of the innermost hotspot ring: clear of a figure (±25 units) and inside its label box. */
  ringRadius: number;
}

export const DEFAULT_DRAWING_OPTIONS: DrawingOptions = {
  nodeWidth: 140,
  nodeHeight: 110,
  gap: 24,
  homeRadius: 60,
  margin: 40,
  hotspots: {},
  badgeRadius: 12,
  ringRadius: 34,
};

/** Half the extent of a figure (person, house, screen) around its centre. */
export const FIGURE_HALF = 26;

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
  const { slots } = placeOnRings(actors.length, opts);
  const saved = journey.layout?.positions ?? {};
  // Offsets from the home: dragged ones from the saved layout, the rest from the rings.
  const offsets = actors.map((actor, index) => {
    const slot = slots[index] ?? { ring: 0, dx: 0, dy: 0 };
    const own = saved[actor.id];
    return own ? { ring: slot.ring, dx: own.x, dy: own.y, placed: true } : { ...slot, placed: false };
  });
  const halfW = opts.nodeWidth / 2;
  const halfH = opts.nodeHeight / 2;
  const minX = Math.min(-opts.homeRadius, ...offsets.map((o) => o.dx - halfW));
  const minY = Math.min(-opts.homeRadius, ...offsets.map((o) => o.dy - halfH));
  const maxX = Math.max(opts.homeRadius, ...offsets.map((o) => o.dx + halfW));
  const maxY = Math.max(opts.homeRadius, ...offsets.map((o) => o.dy + halfH));
  const home = { x: round(opts.margin - minX), y: round(opts.margin - minY) };
  const stepCounts = new Map<string, number>();
  for (const contact of contacts) stepCounts.set(contact.actorId, (stepCounts.get(contact.actorId) ?? 0) + 1);
  const nodes = actors.map((actor, index): DrawingNode => {
    const offset = offsets[index] ?? { ring: 0, dx: 0, dy: 0, placed: false };
    const orderIndex = firstMet.get(actor.id);
    return {
      actorId: actor.id,
      kind: actor.kind,
      shape: SHAPES[actor.kind],
      ...actorLabel(actor),
      order: orderIndex === undefined ? null : orderIndex + 1,
      ring: offset.ring,
      stepCount: stepCounts.get(actor.id) ?? 0,
      own: isOwn(actor),
      house: houseOf(actor),
      placed: offset.placed,
      x: round(home.x + offset.dx),
      y: round(home.y + offset.dy),
    };
  });
  const at = new Map(nodes.map((node) => [node.actorId, { x: node.x, y: node.y }]));
  const own = new Map(nodes.map((node) => [node.actorId, node.own]));
  const lines = drawLines(contacts, home, at, own, obstaclesOf(nodes, home, opts), opts.badgeRadius);
  const actorOfStep = new Map(journey.steps.map((step) => [step.id, step.actorId]));
  const hotspots = findHotspots(journey, opts.hotspots, contacts).map((hotspot) =>
    placeHotspot(hotspot, actorOfStep, at),
  );
  const rings = ringsOf(hotspots, at, opts.ringRadius);
  const width = round(maxX - minX + 2 * opts.margin);
  const height = round(maxY - minY + 2 * opts.margin);
  return { width, height, home, nodes, lines, hotspots, rings };
}

/** Whether the actor belongs to the municipality itself (not a partner or the citizen's network). */
export function isOwn(actor: Actor): boolean {
  return actorBoundary(actor).organisation === OWN_ORGANISATION;
}

/** The department or organisation to draw as the house a person or self-service stands in. */
export function houseOf(actor: Actor): string | null {
  if (SHAPES[actor.kind] === 'house') return null;
  return actor.unitName?.trim() || actor.department?.trim() || actor.organisation?.trim() || null;
}

/** Boxes badges should keep clear of: each figure with its labels, and the home. */
function obstaclesOf(nodes: readonly DrawingNode[], home: Point, opts: DrawingOptions): Box[] {
  const boxes = nodes.map((node) => ({ x: node.x - 30, y: node.y - 50, width: 60, height: 92 }));
  boxes.push({ x: home.x - 36, y: home.y - 32, width: 72, height: 90 });
  return opts.badgeRadius > 0 ? boxes : [];
}

/**
 * One ring per actor a hotspot involves, centred on the figure; a second hotspot on the same actor
 * gets a wider ring, so rings nest instead of covering each other or the figure.
 */
function ringsOf(hotspots: readonly DrawingHotspot[], at: Map<string, Point>, base: number): HotspotRing[] {
  const perActor = new Map<string, number>();
  const rings: HotspotRing[] = [];
  hotspots.forEach((hotspot, index) => {
    for (const actorId of hotspot.actorIds) {
      const p = at.get(actorId);
      if (!p) continue;
      const k = perActor.get(actorId) ?? 0;
      perActor.set(actorId, k + 1);
      rings.push({ x: p.x, y: p.y, r: base + 6 * k, hotspot: index, actorId });
    }
  });
  return rings;
}

function drawLines(
  contacts: ReturnType<typeof analyseContacts>,
  home: Point,
  at: Map<string, Point>,
  own: Map<string, boolean>,
  obstacles: readonly Box[],
  badgeRadius: number,
): DrawingLine[] {
  const lines: DrawingLine[] = [];
  const pairCount = new Map<string, number>();
  for (const line of contactLines(contacts)) {
    const contact = line.contacts[0];
    if (!contact) continue;
    // A new actor without a handover (`handover: 'no'`) means the citizen turned to it directly.
    const { fromActorId } = line;
    const pair = [fromActorId ?? '', contact.actorId].sort().join('\u0000');
    const parallelIndex = pairCount.get(pair) ?? 0;
    pairCount.set(pair, parallelIndex + 1);
    const from = (fromActorId === null ? home : at.get(fromActorId)) ?? home;
    const to = at.get(contact.actorId) ?? home;
    lines.push({
      number: lines.length + 1,
      stepIds: line.contacts.map((c) => c.stepId),
      fromActorId,
      toActorId: contact.actorId,
      from,
      to,
      isHandover: contact.isHandover,
      crossesBoundary: contact.crossesDepartment || contact.crossesOrganisation,
      parallelIndex,
      control: roundPoint(curveOf(from, to, parallelIndex).control),
      own: own.get(contact.actorId) ?? false,
      badge: home,
    });
  }
  const curves: Curve[] = lines.map((l) => ({ from: l.from, control: l.control, to: l.to }));
  const badges = placeBadges(curves, obstacles, badgeRadius);
  lines.forEach((line, i) => {
    line.badge = badges[i] ?? line.control;
  });
  return lines;
}

const roundPoint = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });

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
