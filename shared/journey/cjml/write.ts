import { DOMImplementation, XMLSerializer } from '@xmldom/xmldom';
import {
  BORGERBLIK_CJML_NS,
  CJML_VERSION,
  type CjmlActor,
  type CjmlJourney,
  type CjmlParty,
  type CjmlTouchpoint,
  ELEMENT,
} from './model.ts';
import { minutesToDuration, xmlText } from './text.ts';

type XmlDocument = ReturnType<DOMImplementation['createDocument']>;
type XmlElement = ReturnType<XmlDocument['createElementNS']>;

/**
 * Builds the document with xmldom's DOM rather than string templates, so every name and text is
 * escaped by the library. Indentation is added as text nodes to keep the file readable by hand.
 */
class Builder {
  readonly doc: XmlDocument;
  constructor() {
    this.doc = new DOMImplementation().createDocument(null, 'CJML', null);
  }

  child(parent: XmlElement, name: string, depth: number): XmlElement {
    parent.appendChild(this.doc.createTextNode(`\n${'  '.repeat(depth)}`));
    const element = name.startsWith('bb:')
      ? this.doc.createElementNS(BORGERBLIK_CJML_NS, name)
      : this.doc.createElement(name);
    parent.appendChild(element);
    return element;
  }

  /** A child element with text content; skipped when the text is empty after cleaning. */
  text(parent: XmlElement, name: string, value: string | undefined, depth: number): void {
    const clean = value === undefined ? '' : xmlText(value);
    if (clean === '') return;
    this.child(parent, name, depth).appendChild(this.doc.createTextNode(clean));
  }

  close(parent: XmlElement, depth: number): void {
    parent.appendChild(this.doc.createTextNode(`\n${'  '.repeat(depth)}`));
  }
}

function writeActor(b: Builder, parent: XmlElement, actor: CjmlActor, depth: number) {
  const element = b.child(parent, actor.role, depth);
  element.setAttribute('actorID', actor.id);
  if (actor.ext?.kind) element.setAttributeNS(BORGERBLIK_CJML_NS, 'bb:kind', actor.ext.kind);
  b.text(element, 'actorName', actor.name, depth + 1);
  b.text(element, 'companyName', actor.company, depth + 1);
  b.text(element, 'bb:personName', actor.ext?.personName, depth + 1);
  b.text(element, 'bb:department', actor.ext?.department, depth + 1);
  b.text(element, 'bb:unitName', actor.ext?.unitName, depth + 1);
  b.close(element, depth);
}

function writeParty(
  b: Builder,
  parent: XmlElement,
  role: 'initiator' | 'receiver',
  party: CjmlParty,
  d: number,
) {
  const element = b.child(parent, role, d);
  b.child(element, 'refersTo', d + 1).setAttribute('actorIDref', party.actorId);
  b.text(element, `${role}Label`, party.label, d + 1);
  b.close(element, d);
}

function writeTouchpoint(
  b: Builder,
  parent: XmlElement,
  journey: CjmlJourney,
  tp: CjmlTouchpoint,
  d: number,
) {
  const names = ELEMENT[journey.kind];
  const element = b.child(parent, tp.type === 'action' ? names.action : names.communication, d);
  b.text(element, 'touchpointID', tp.id, d + 1);
  if (tp.phaseId) b.child(element, 'belongsTo', d + 1).setAttribute('phaseIDref', tp.phaseId);
  writeParty(b, element, 'initiator', tp.initiator, d + 1);
  if (tp.type === 'communication' && tp.receiver) writeParty(b, element, 'receiver', tp.receiver, d + 1);
  if (tp.type === 'communication' && tp.channel) {
    const channel = b.child(element, 'channel', d + 1);
    b.text(channel, 'channelName', tp.channel, d + 2);
    b.close(channel, d + 1);
  }
  if (tp.deltaMinutes !== undefined) b.text(element, 'deltaTime', minutesToDuration(tp.deltaMinutes), d + 1);
  if (tp.durationMinutes !== undefined) {
    b.text(element, 'touchpointDuration', minutesToDuration(tp.durationMinutes), d + 1);
  }
  b.text(element, 'comment', tp.comment, d + 1);
  if (tp.timeStarted || tp.timeCompleted) {
    const stamps = b.child(element, 'timestamps', d + 1);
    b.text(stamps, 'timeStarted', tp.timeStarted, d + 2);
    b.text(stamps, 'timeCompleted', tp.timeCompleted, d + 2);
    b.close(stamps, d + 1);
  }
  if (tp.experience && (tp.experience.rating !== undefined || tp.experience.description)) {
    const experience = b.child(element, 'touchpointExperience', d + 1);
    b.text(experience, 'experienceDescription', tp.experience.description, d + 2);
    if (tp.experience.rating !== undefined) {
      b.text(experience, 'experienceRating', String(tp.experience.rating), d + 2);
    }
    b.close(experience, d + 1);
  }
  if (tp.deviation) b.text(element, 'bb:deviation', 'true', d + 1);
  b.close(element, d);
}

function writeJourney(b: Builder, root: XmlElement, journey: CjmlJourney) {
  const element = b.child(root, ELEMENT[journey.kind].journey, 1);
  if (journey.explicitHandovers) element.setAttributeNS(BORGERBLIK_CJML_NS, 'bb:handovers', 'explicit');
  b.text(element, 'journeyID', journey.id, 2);
  b.text(element, 'journeyTitle', journey.title, 2);
  if (journey.plannedReference) b.text(element, 'plannedReference', journey.plannedReference, 2);
  if (journey.phases.length > 0) {
    const phases = b.child(element, 'journeyPhases', 2);
    for (const phase of journey.phases) {
      const item = b.child(phases, 'journeyPhase', 3);
      item.setAttribute('phaseID', phase.id);
      b.text(item, 'phaseName', phase.name, 4);
      b.text(item, 'phaseDescription', phase.description, 4);
      b.close(item, 3);
    }
    b.close(phases, 2);
  }
  b.text(element, 'journeyShortSummary', journey.shortSummary, 2);
  b.text(element, 'journeyLongSummary', journey.longSummary, 2);
  b.text(element, 'journeyStatus', journey.status, 2);
  const actors = b.child(element, 'actors', 2);
  for (const actor of journey.actors) writeActor(b, actors, actor, 3);
  b.close(actors, 2);
  const touchpoints = b.child(element, 'touchpoints', 2);
  for (const tp of journey.touchpoints) writeTouchpoint(b, touchpoints, journey, tp, 3);
  b.close(touchpoints, 2);
  b.close(element, 1);
}

/**
 * One CJML 2.0 document holding the given journeys (usually one), as UTF-8 XML text. Borgerblik's own
 * fields that CJML has no place for are written in the `bb:` extension namespace (see docs/CJML.md).
 */
export function writeCjml(journeys: readonly CjmlJourney[]): string {
  const b = new Builder();
  const root = b.doc.documentElement;
  if (!root) throw new Error('xmldom created no root element');
  root.setAttribute('version', CJML_VERSION);
  root.setAttribute('xmlns:bb', BORGERBLIK_CJML_NS);
  for (const journey of journeys) writeJourney(b, root, journey);
  b.close(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(b.doc)}\n`;
}
