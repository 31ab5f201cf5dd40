import { ACTOR_KINDS, type ActorKind } from '../actor.ts';
import { LIMITS } from '../limits.ts';
import { CJML_MAX_CHARS, CJML_MAX_JOURNEYS } from './limits.ts';
import {
  CJML_VERSION,
  type CjmlActor,
  type CjmlActorRole,
  type CjmlJourney,
  type CjmlJourneyKind,
  type CjmlParty,
  type CjmlPhase,
  type CjmlTouchpoint,
  ELEMENT,
} from './model.ts';
import { durationToMinutes } from './text.ts';
import {
  attribute,
  type CjmlIssue,
  child,
  children,
  childText,
  issue,
  type Loc,
  locate,
  missing,
  parseXml,
  type XmlElement,
} from './xml.ts';

export { CJML_MAX_CHARS, CJML_MAX_JOURNEYS };

/** A parsed journey with where each part sits in the file, to name paths in later errors. */
export interface LocatedJourney {
  journey: CjmlJourney;
  at: Loc;
  actors: Loc[];
  phases: Loc[];
  touchpoints: Loc[];
}

export type ParseCjmlResult = { ok: true; journeys: LocatedJourney[] } | { ok: false; issues: CjmlIssue[] };

class Reader {
  readonly issues: CjmlIssue[] = [];
  add(problem: CjmlIssue) {
    if (this.issues.length < LIMITS.issues) this.issues.push(problem);
  }
  /** A child that must be there; reports it (at the parent's line) when it is not. */
  required(parent: XmlElement, at: Loc, name: string): XmlElement | undefined {
    const found = child(parent, name);
    if (!found) this.add(issue(missing(at, name), 'cjml_missing', { element: name }));
    return found;
  }
  requiredText(parent: XmlElement, at: Loc, name: string): string | undefined {
    const element = this.required(parent, at, name);
    const text = element?.textContent?.trim();
    if (element && !text) this.add(issue(locate(at, element), 'cjml_missing', { element: name }));
    return text || undefined;
  }
  duration(parent: XmlElement, at: Loc, name: string): number | undefined {
    const element = child(parent, name);
    const text = element?.textContent?.trim();
    if (!element || !text) return undefined;
    const minutes = durationToMinutes(text);
    if (minutes === undefined) {
      this.add(issue(locate(at, element), 'cjml_invalid', { value: text, expected: 'ISO 8601 (PT1H30M)' }));
    }
    return minutes;
  }
  instant(parent: XmlElement, at: Loc, name: string): string | undefined {
    const element = child(parent, name);
    const text = element?.textContent?.trim();
    if (!element || !text) return undefined;
    const ms = Date.parse(text);
    if (Number.isNaN(ms)) {
      this.add(
        issue(locate(at, element), 'cjml_invalid', {
          value: text,
          expected: 'ISO 8601 (2024-03-12T09:30:00Z)',
        }),
      );
      return undefined;
    }
    return new Date(ms).toISOString();
  }
}

function readActor(r: Reader, element: XmlElement, at: Loc, role: CjmlActorRole): CjmlActor | undefined {
  const id = attribute(element, 'actorID');
  if (!id)
    r.add(issue({ path: `${at.path}/@actorID`, line: at.line }, 'cjml_missing', { element: '@actorID' }));
  const kind = attribute(element, 'kind', true);
  if (kind !== undefined && !(ACTOR_KINDS as readonly string[]).includes(kind)) {
    r.add(
      issue({ path: `${at.path}/@bb:kind`, line: at.line }, 'cjml_invalid', {
        value: kind,
        expected: ACTOR_KINDS.join(', '),
      }),
    );
  }
  if (!id) return undefined;
  const company = childText(element, 'companyName');
  const personName = childText(element, 'personName', true);
  const department = childText(element, 'department', true);
  const unitName = childText(element, 'unitName', true);
  return {
    id,
    role,
    name: childText(element, 'actorName') ?? id,
    ...(company ? { company } : {}),
    ext: {
      ...(kind && (ACTOR_KINDS as readonly string[]).includes(kind) ? { kind: kind as ActorKind } : {}),
      ...(personName ? { personName } : {}),
      ...(department ? { department } : {}),
      ...(unitName ? { unitName } : {}),
    },
  };
}

function readParty(r: Reader, parent: XmlElement, at: Loc, name: 'initiator' | 'receiver', ids: Set<string>) {
  const element = r.required(parent, at, name);
  if (!element) return undefined;
  const where = locate(at, element);
  const refersTo = r.required(element, where, 'refersTo');
  if (!refersTo) return undefined;
  const refAt = locate(where, refersTo);
  const actorId = attribute(refersTo, 'actorIDref');
  if (!actorId) {
    r.add(
      issue({ path: `${refAt.path}/@actorIDref`, line: refAt.line }, 'cjml_missing', {
        element: '@actorIDref',
      }),
    );
    return undefined;
  }
  if (!ids.has(actorId))
    r.add(issue({ path: `${refAt.path}/@actorIDref`, line: refAt.line }, 'cjml_unknown_id', { id: actorId }));
  const label = childText(element, `${name}Label`);
  const party: CjmlParty = { actorId, ...(label ? { label } : {}) };
  return party;
}

function readExperience(r: Reader, element: XmlElement, at: Loc) {
  const found = child(element, 'touchpointExperience');
  if (!found) return undefined;
  const where = locate(at, found);
  const description = childText(found, 'experienceDescription');
  const ratingElement = child(found, 'experienceRating');
  const text = ratingElement?.textContent?.trim();
  let rating: number | undefined;
  if (ratingElement && text) {
    const value = Number(text);
    if (Number.isInteger(value) && value >= 1 && value <= 5) rating = value;
    else r.add(issue(locate(where, ratingElement), 'cjml_invalid', { value: text, expected: '1–5' }));
  }
  if (rating === undefined && !description) return undefined;
  return { ...(rating !== undefined ? { rating } : {}), ...(description ? { description } : {}) };
}

interface Context {
  kind: CjmlJourneyKind;
  actorIds: Set<string>;
  phaseIds: Set<string>;
  touchpointIds: Set<string>;
}

function readTouchpoint(r: Reader, element: XmlElement, at: Loc, ctx: Context): CjmlTouchpoint | undefined {
  const type = element.localName === ELEMENT[ctx.kind].action ? 'action' : 'communication';
  const id = r.requiredText(element, at, 'touchpointID');
  if (id && ctx.touchpointIds.has(id)) {
    const idElement = child(element, 'touchpointID');
    r.add(issue(idElement ? locate(at, idElement) : at, 'cjml_duplicate_id', { id }));
  }
  if (id) ctx.touchpointIds.add(id);
  const belongsTo = child(element, 'belongsTo');
  const phaseId = belongsTo ? attribute(belongsTo, 'phaseIDref') : undefined;
  if (belongsTo && phaseId && !ctx.phaseIds.has(phaseId)) {
    const where = locate(at, belongsTo);
    r.add(issue({ path: `${where.path}/@phaseIDref`, line: where.line }, 'cjml_unknown_id', { id: phaseId }));
  }
  const initiator = readParty(r, element, at, 'initiator', ctx.actorIds);
  const receiver = type === 'communication' ? readParty(r, element, at, 'receiver', ctx.actorIds) : undefined;
  const channelElement = child(element, 'channel');
  const channel = channelElement ? childText(channelElement, 'channelName') : undefined;
  const timestamps = child(element, 'timestamps');
  const stampsAt = timestamps ? locate(at, timestamps) : at;
  const timeStarted = timestamps ? r.instant(timestamps, stampsAt, 'timeStarted') : undefined;
  const timeCompleted = timestamps ? r.instant(timestamps, stampsAt, 'timeCompleted') : undefined;
  const deltaMinutes = r.duration(element, at, 'deltaTime');
  const durationMinutes = r.duration(element, at, 'touchpointDuration');
  const experience = readExperience(r, element, at);
  const comment = childText(element, 'comment');
  const deviation = childText(element, 'deviation', true) === 'true';
  if (!id || !initiator || (type === 'communication' && !receiver)) return undefined;
  return {
    id,
    type,
    initiator,
    ...(receiver ? { receiver } : {}),
    ...(phaseId && ctx.phaseIds.has(phaseId) ? { phaseId } : {}),
    ...(channel ? { channel } : {}),
    ...(comment ? { comment } : {}),
    ...(deltaMinutes !== undefined ? { deltaMinutes } : {}),
    ...(durationMinutes !== undefined ? { durationMinutes } : {}),
    ...(timeStarted ? { timeStarted } : {}),
    ...(timeCompleted ? { timeCompleted } : {}),
    ...(experience ? { experience } : {}),
    ...(deviation ? { deviation } : {}),
  };
}

function tooMany(r: Reader, list: readonly XmlElement[], at: Loc, maximum: number): boolean {
  if (list.length <= maximum) return false;
  r.add(issue(at, 'cjml_too_many', { maximum }));
  return true;
}

function readPhases(r: Reader, element: XmlElement, at: Loc): { phases: CjmlPhase[]; locs: Loc[] } {
  const container = child(element, 'journeyPhases');
  if (!container) return { phases: [], locs: [] };
  const containerAt = locate(at, container);
  const items = children(container, 'journeyPhase');
  if (tooMany(r, items, containerAt, LIMITS.stages)) return { phases: [], locs: [] };
  const phases: CjmlPhase[] = [];
  const locs: Loc[] = [];
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const where = locate(containerAt, item, i + 1);
    const id = attribute(item, 'phaseID');
    if (!id) {
      r.add(
        issue({ path: `${where.path}/@phaseID`, line: where.line }, 'cjml_missing', { element: '@phaseID' }),
      );
    } else if (seen.has(id)) {
      r.add(issue(where, 'cjml_duplicate_id', { id }));
    } else {
      seen.add(id);
      const description = childText(item, 'phaseDescription');
      phases.push({ id, name: childText(item, 'phaseName') ?? id, ...(description ? { description } : {}) });
      locs.push(where);
    }
  }
  return { phases, locs };
}

function readActors(r: Reader, element: XmlElement, at: Loc) {
  const actors: CjmlActor[] = [];
  const locs: Loc[] = [];
  const container = r.required(element, at, 'actors');
  if (!container) return { actors, locs };
  const containerAt = locate(at, container);
  const items = [...children(container, 'endUser'), ...children(container, 'serviceProvider')];
  if (tooMany(r, items, containerAt, LIMITS.actors + 1)) return { actors, locs };
  if (children(container, 'endUser').length === 0) {
    r.add(issue(missing(containerAt, 'endUser'), 'cjml_missing', { element: 'endUser' }));
  }
  const seen = new Set<string>();
  const counters = new Map<string, number>();
  // Document order, so a relative listed between two providers stays there on import.
  for (const item of children(container)) {
    const role = item.localName;
    if (role !== 'endUser' && role !== 'serviceProvider') continue;
    const n = (counters.get(role) ?? 0) + 1;
    counters.set(role, n);
    const where = locate(containerAt, item, n);
    const actor = readActor(r, item, where, role);
    if (!actor) continue;
    if (seen.has(actor.id)) {
      const at = { path: `${where.path}/@actorID`, line: where.line };
      r.add(issue(at, 'cjml_duplicate_id', { id: actor.id }));
      continue;
    }
    seen.add(actor.id);
    actors.push(actor);
    locs.push(where);
  }
  return { actors, locs };
}

function readJourney(
  r: Reader,
  element: XmlElement,
  at: Loc,
  kind: CjmlJourneyKind,
): LocatedJourney | undefined {
  const id = r.requiredText(element, at, 'journeyID');
  const { phases, locs: phaseLocs } = readPhases(r, element, at);
  const { actors, locs: actorLocs } = readActors(r, element, at);
  const ctx: Context = {
    kind,
    actorIds: new Set(actors.map((actor) => actor.id)),
    phaseIds: new Set(phases.map((phase) => phase.id)),
    touchpointIds: new Set(),
  };
  const container = r.required(element, at, 'touchpoints');
  const touchpoints: CjmlTouchpoint[] = [];
  const touchpointLocs: Loc[] = [];
  if (container) {
    const containerAt = locate(at, container);
    const names: readonly string[] = [ELEMENT[kind].communication, ELEMENT[kind].action];
    const items = children(container).filter((item) => names.includes(item.localName ?? ''));
    if (!tooMany(r, items, containerAt, LIMITS.steps * 2)) {
      const counters = new Map<string, number>();
      for (const item of items) {
        const n = (counters.get(item.localName ?? '') ?? 0) + 1;
        counters.set(item.localName ?? '', n);
        const where = locate(containerAt, item, n);
        const touchpoint = readTouchpoint(r, item, where, ctx);
        if (touchpoint) {
          touchpoints.push(touchpoint);
          touchpointLocs.push(where);
        }
      }
    }
  }
  if (!id) return undefined;
  const optional = (name: string) => childText(element, name);
  const journey: CjmlJourney = {
    kind,
    id,
    title: optional('journeyTitle') ?? id,
    explicitHandovers: attribute(element, 'handovers', true) === 'explicit',
    phases,
    actors,
    touchpoints,
  };
  for (const [key, name] of [
    ['shortSummary', 'journeyShortSummary'],
    ['longSummary', 'journeyLongSummary'],
    ['status', 'journeyStatus'],
    ['plannedReference', 'plannedReference'],
  ] as const) {
    const value = optional(name);
    if (value) journey[key] = value;
  }
  return { journey, at, actors: actorLocs, phases: phaseLocs, touchpoints: touchpointLocs };
}

/**
 * Reads a CJML 2.0 file: well-formed XML without DOCTYPE, a `CJML` root with `version="2.0"`, one or
 * more planned or actual journeys with their required elements, and every `actorIDref` and
 * `phaseIDref` resolving inside its journey. Never throws; returns every problem found (up to
 * `LIMITS.issues`) with its element path, e.g. `/CJML/plannedJourney/touchpoints/
 * plannedCommunicationPoint[3]/initiator`, and its line. Unknown elements are ignored.
 */
export function parseCjml(text: string): ParseCjmlResult {
  if (text.length > CJML_MAX_CHARS) {
    return { ok: false, issues: [issue({ path: '/', line: 1 }, 'too_long', { maximum: CJML_MAX_CHARS })] };
  }
  const xml = parseXml(text);
  if (!xml.ok) return { ok: false, issues: [xml.issue] };
  const r = new Reader();
  const root = xml.root;
  const rootAt: Loc = {
    path: `/${root.localName}`,
    line: (root as unknown as { lineNumber?: number }).lineNumber ?? 1,
  };
  if (root.localName !== 'CJML') {
    return {
      ok: false,
      issues: [issue(rootAt, 'cjml_invalid', { value: root.localName ?? '', expected: 'CJML' })],
    };
  }
  const version = attribute(root, 'version');
  if (version !== CJML_VERSION) {
    const at = { path: '/CJML/@version', line: rootAt.line };
    r.add(
      version
        ? issue(at, 'cjml_invalid', { value: version, expected: CJML_VERSION })
        : issue(at, 'cjml_missing', { element: '@version' }),
    );
  }
  const items = children(root).filter(
    (item) => item.localName === 'plannedJourney' || item.localName === 'actualJourney',
  );
  if (items.length === 0)
    r.add(issue(missing(rootAt, 'plannedJourney'), 'cjml_missing', { element: 'plannedJourney' }));
  if (items.length > CJML_MAX_JOURNEYS) r.add(issue(rootAt, 'cjml_too_many', { maximum: CJML_MAX_JOURNEYS }));
  const journeys: LocatedJourney[] = [];
  if (items.length <= CJML_MAX_JOURNEYS) {
    const counters = new Map<string, number>();
    for (const item of items) {
      const name = item.localName ?? '';
      const n = (counters.get(name) ?? 0) + 1;
      counters.set(name, n);
      // An index only when the file holds more than one journey, so the usual paths stay short.
      const at = locate(rootAt, item, items.length > 1 ? n : undefined);
      const read = readJourney(r, item, at, name === 'actualJourney' ? 'actual' : 'planned');
      if (read) journeys.push(read);
    }
  }
  if (r.issues.length > 0) return { ok: false, issues: r.issues };
  return { ok: true, journeys };
}
