import { type Actor, emptyJourney, type Journey, LIMITS, type Step } from '../journey/index.ts';
import type { HandoverPair, VariantRow } from './report-types.ts';

/** Texts the builder needs (translated by the caller). */
export interface JourneyTexts {
  title: string;
  situation: string;
  /** Step description for an event without an activity name. */
  unnamedStep: string;
}

/** One event of a course: who did what, and the wait before it (ms; null when unknown). */
export interface CourseEvent {
  actor: string;
  activity: string;
  waitMs: number | null;
}

/**
 * A course of events as a journey map (status "as is") that the journey editor can open, assess and
 * edit like a hand-drawn one: each event becomes a step named by its activity and done by its actor,
 * so the handovers between actors show. Actors are employees when the analysis was by resource,
 * departments otherwise. Event logs record no channel: every step's channel is `unknown`, for the
 * analyst to fill in, rather than an invented one.
 */
export function courseToJourney(
  events: readonly CourseEvent[],
  byResource: boolean,
  texts: JourneyTexts,
): Journey {
  const ids = new Map<string, string>();
  const actors: Actor[] = [];
  const steps: Step[] = [];
  for (const event of events) {
    if (steps.length >= LIMITS.steps) break;
    let actorId = ids.get(event.actor);
    if (!actorId) {
      if (actors.length >= LIMITS.actors) continue;
      actorId = `a${actors.length + 1}`;
      ids.set(event.actor, actorId);
      const name = event.actor.slice(0, LIMITS.labelChars);
      actors.push(
        byResource
          ? { id: actorId, kind: 'employee', profession: name }
          : { id: actorId, kind: 'department', name },
      );
    }
    steps.push({
      id: `s${steps.length + 1}`,
      actorId,
      channel: 'unknown',
      description: (event.activity.trim() || texts.unnamedStep).slice(0, LIMITS.textChars),
      ...(event.waitMs === null ? {} : { waitingMinutes: Math.max(0, Math.round(event.waitMs / 60_000)) }),
      painPoints: [],
      opportunities: [],
      tags: [],
      handover: 'auto',
    });
  }
  return {
    ...emptyJourney(texts.title.slice(0, LIMITS.titleChars)),
    situation: texts.situation.slice(0, LIMITS.textChars),
    status: 'as_is',
    actors,
    steps,
  };
}

/**
 * A variant's events: its actors in order with the activities of its most common activity sequence,
 * and the median wait of each directly-following pair (handover or self) as the wait before an event.
 */
export function variantCourse(variant: VariantRow, pairs: readonly HandoverPair[]): CourseEvent[] {
  const wait = new Map(pairs.map((p) => [`${p.from}\u001f${p.to}`, p.medianWaitMs]));
  return variant.actors.map((actor, i) => {
    const prev = variant.actors[i - 1];
    return {
      actor,
      activity: variant.activities[i] ?? '',
      waitMs: prev === undefined ? null : (wait.get(`${prev}\u001f${actor}`) ?? null),
    };
  });
}

/**
 * A stored case's events in time order. Events without an actor are left out, as in every actor
 * figure; the wait before an event runs from the previous event that is kept.
 */
export function caseCourse(
  events: ReadonlyArray<{ activity: string; timestamp: number | null; actor: string }>,
): CourseEvent[] {
  const course: CourseEvent[] = [];
  let lastTime: number | null = null;
  for (const e of events) {
    if (e.actor === '') continue;
    const waitMs = lastTime !== null && e.timestamp !== null ? e.timestamp - lastTime : null;
    course.push({ actor: e.actor, activity: e.activity, waitMs: course.length === 0 ? null : waitMs });
    lastTime = e.timestamp;
  }
  return course;
}
