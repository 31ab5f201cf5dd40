import { analyseContacts, type Contact } from './contacts.ts';
import type { Journey } from './journey.ts';
import { MINUTES_PER_DAY } from './limits.ts';

/** A stage where many distinct actors are involved. */
export interface CrowdedStageHotspot {
  kind: 'crowded_stage';
  stepIds: string[];
  params: { stageId: string; actors: number; actorIds: string[] };
}

/** The citizen is sent back and forth between two actors (A→B→A), `occurrences` times. */
export interface PingPongHotspot {
  kind: 'ping_pong';
  stepIds: string[];
  params: { actorA: string; actorB: string; occurrences: number };
}

/** Many handovers close together, in steps and (when known) in time. */
export interface HandoverBurstHotspot {
  kind: 'handover_burst';
  stepIds: string[];
  params: { handovers: number; spanSteps: number; spanMinutes: number };
}

/** A coordination hotspot: a kind, the steps involved and parameters; no prose (the UI translates). */
export type Hotspot = CrowdedStageHotspot | PingPongHotspot | HandoverBurstHotspot;
export type HotspotKind = Hotspot['kind'];

export interface HotspotOptions {
  /** Distinct actors in one stage that make it crowded. */
  stageActors: number;
  /** Handovers that make a burst when they fall within both spans below. */
  burstHandovers: number;
  burstMaxSteps: number;
  burstMaxMinutes: number;
}

export const DEFAULT_HOTSPOT_OPTIONS: HotspotOptions = {
  stageActors: 3,
  burstHandovers: 3,
  burstMaxSteps: 5,
  burstMaxMinutes: 14 * MINUTES_PER_DAY,
};

function crowdedStages(journey: Pick<Journey, 'stages' | 'steps'>, min: number): CrowdedStageHotspot[] {
  const byStage = new Map<string, { stepIds: string[]; actorIds: string[] }>();
  for (const step of journey.steps) {
    if (step.stageId === undefined) continue;
    const entry = byStage.get(step.stageId) ?? { stepIds: [], actorIds: [] };
    entry.stepIds.push(step.id);
    if (!entry.actorIds.includes(step.actorId)) entry.actorIds.push(step.actorId);
    byStage.set(step.stageId, entry);
  }
  // Stage list order first, then any stage only referenced by steps, so output is deterministic.
  const order = [...new Set([...journey.stages.map((stage) => stage.id), ...byStage.keys()])];
  return order.flatMap((stageId) => {
    const entry = byStage.get(stageId);
    if (!entry || entry.actorIds.length < min) return [];
    const params = { stageId, actors: entry.actorIds.length, actorIds: entry.actorIds };
    return [{ kind: 'crowded_stage' as const, stepIds: entry.stepIds, params }];
  });
}

/** Consecutive steps with the same actor collapse into one visit, so A,A,B,A is still A→B→A. */
function visits(contacts: readonly Contact[]): { actorId: string; stepIds: string[] }[] {
  const out: { actorId: string; stepIds: string[] }[] = [];
  for (const contact of contacts) {
    const last = out.at(-1);
    if (last && last.actorId === contact.actorId) last.stepIds.push(contact.stepId);
    else out.push({ actorId: contact.actorId, stepIds: [contact.stepId] });
  }
  return out;
}

function pingPongs(contacts: readonly Contact[]): PingPongHotspot[] {
  const seq = visits(contacts);
  const byPair = new Map<string, { hotspot: PingPongHotspot; stepIds: Set<string> }>();
  for (let i = 2; i < seq.length; i += 1) {
    const [a, b, c] = [seq[i - 2], seq[i - 1], seq[i]];
    if (!a || !b || !c || a.actorId !== c.actorId) continue;
    const key = JSON.stringify([a.actorId, b.actorId].sort());
    const entry = byPair.get(key) ?? {
      hotspot: {
        kind: 'ping_pong',
        stepIds: [],
        params: { actorA: a.actorId, actorB: b.actorId, occurrences: 0 },
      },
      stepIds: new Set<string>(),
    };
    entry.hotspot.params.occurrences += 1;
    for (const id of [...a.stepIds, ...b.stepIds, ...c.stepIds]) entry.stepIds.add(id);
    byPair.set(key, entry);
  }
  // Sets keep insertion order, which is step order because visits are walked in order.
  return [...byPair.values()].map(({ hotspot, stepIds }) => ({ ...hotspot, stepIds: [...stepIds] }));
}

function handoverBursts(contacts: readonly Contact[], options: HotspotOptions): HandoverBurstHotspot[] {
  const handovers = contacts.filter((contact) => contact.isHandover);
  const windows: [number, number][] = [];
  let left = 0;
  for (let right = 0; right < handovers.length; right += 1) {
    const fits = (l: number) => {
      const first = handovers[l];
      const last = handovers[right];
      if (!first || !last) return false;
      return (
        last.index - first.index + 1 <= options.burstMaxSteps &&
        last.startMinute - first.startMinute <= options.burstMaxMinutes
      );
    };
    while (left < right && !fits(left)) left += 1;
    if (right - left + 1 < options.burstHandovers) continue;
    const previous = windows.at(-1);
    // Overlapping windows belong to the same burst.
    if (previous && left <= previous[1]) previous[1] = right;
    else windows.push([left, right]);
  }
  return windows.map(([l, r]) => {
    const burst = handovers.slice(l, r + 1);
    const first = burst[0];
    const last = burst.at(-1);
    const stepIds = contacts
      .slice(first?.index ?? 0, (last?.index ?? -1) + 1)
      .map((contact) => contact.stepId);
    const spanSteps = stepIds.length;
    const spanMinutes = (last?.startMinute ?? 0) - (first?.startMinute ?? 0);
    return {
      kind: 'handover_burst' as const,
      stepIds,
      params: { handovers: burst.length, spanSteps, spanMinutes },
    };
  });
}

/**
 * Finds coordination hotspots: crowded stages, ping-pong between two actors, and bursts of handovers.
 * Pass `contacts` when already computed to avoid walking the steps twice.
 */
export function findHotspots(
  journey: Pick<Journey, 'actors' | 'steps' | 'stages'>,
  options: Partial<HotspotOptions> = {},
  contacts?: Contact[],
): Hotspot[] {
  const opts = { ...DEFAULT_HOTSPOT_OPTIONS, ...options };
  const all = contacts ?? analyseContacts(journey);
  return [...crowdedStages(journey, opts.stageActors), ...pingPongs(all), ...handoverBursts(all, opts)];
}
