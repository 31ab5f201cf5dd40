import type { HandoverPair, VariantRow } from '../../shared/eventlog/index.ts';
import { type Actor, emptyJourney, type Journey, LIMITS, type Step } from '../../shared/journey/index.ts';

/** Texts the builder needs (translated by the caller). */
export interface JourneyTexts {
  title: string;
  situation: string;
  /** Step description for a run of `count` events by one actor. */
  stepText: (count: number, activities: string[]) => string;
}

/** One run of consecutive events by the same actor. */
export interface ActorRun {
  actor: string;
  events: number;
  activities: string[];
  /** Wait before this run (since the previous run ended), in ms; null when unknown. */
  waitMs: number | null;
}

/**
 * A course of actor runs as a journey map (status "as is") that the journey editor can open,
 * assess and edit like a hand-drawn one. Each run becomes a step; actors are employees when the
 * analysis was by resource, departments otherwise. The channel is not in event logs: letters
 * and digital post are assumed, for the analyst to correct.
 */
export function runsToJourney(runs: readonly ActorRun[], byResource: boolean, texts: JourneyTexts): Journey {
  const ids = new Map<string, string>();
  const actors: Actor[] = [];
  for (const run of runs) {
    if (ids.has(run.actor) || actors.length >= LIMITS.actors) continue;
    const id = `a${actors.length + 1}`;
    ids.set(run.actor, id);
    const name = (run.actor || '?').slice(0, LIMITS.labelChars);
    actors.push(byResource ? { id, kind: 'employee', profession: name } : { id, kind: 'department', name });
  }
  const steps: Step[] = [];
  for (const run of runs.slice(0, LIMITS.steps)) {
    const actorId = ids.get(run.actor);
    if (!actorId) continue;
    steps.push({
      id: `s${steps.length + 1}`,
      actorId,
      channel: 'letter_digital_post',
      description: texts.stepText(run.events, run.activities).slice(0, LIMITS.textChars),
      ...(run.waitMs === null ? {} : { waitingMinutes: Math.max(0, Math.round(run.waitMs / 60_000)) }),
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

/** A variant's runs, with the median wait of each handover pair as the wait before a run. */
export function variantRuns(variant: VariantRow, pairs: readonly HandoverPair[]): ActorRun[] {
  const wait = new Map(pairs.map((p) => [`${p.from}\u001f${p.to}`, p.medianWaitMs]));
  const runs: ActorRun[] = [];
  variant.actors.forEach((actor, i) => {
    const last = runs[runs.length - 1];
    if (last && last.actor === actor) {
      last.events++;
      return;
    }
    const prev = variant.actors[i - 1];
    runs.push({
      actor,
      events: 1,
      activities: [],
      waitMs: prev === undefined ? null : (wait.get(`${prev}\u001f${actor}`) ?? null),
    });
  });
  return runs;
}

/** A stored case's runs, from its events in time order. */
export function caseRuns(
  events: ReadonlyArray<{ activity: string; timestamp: number | null; actor: string }>,
): ActorRun[] {
  const runs: ActorRun[] = [];
  let lastTime: number | null = null;
  for (const e of events) {
    const last = runs[runs.length - 1];
    if (last && last.actor === e.actor) {
      last.events++;
      if (!last.activities.includes(e.activity)) last.activities.push(e.activity);
    } else {
      const waitMs = lastTime !== null && e.timestamp !== null ? e.timestamp - lastTime : null;
      runs.push({ actor: e.actor, events: 1, activities: [e.activity], waitMs });
    }
    lastTime = e.timestamp;
  }
  return runs;
}
