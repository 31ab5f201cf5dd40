import { exactQuantile } from '../quantiles.ts';
import { actorHandoversOf } from './actor-handovers.ts';
import { type DeviationPattern, patternsOf, type VariantAcc } from './patterns.ts';
import { fitnessOf, replayCase } from './replay.ts';
import type { MappedTraces } from './traces.ts';
import type { ConformancePlan, ConformanceReport, ExtraHandover } from './types.ts';
import { WaitAccumulator } from './waits.ts';

/** How many deviating patterns the report lists. */
export const TOP_PATTERNS = 10;

interface ExtraAcc {
  from: number;
  to: number;
  occurrences: number;
  cases: number;
  lastCase: number;
  waits: number[];
}

/**
 * Conformance of mapped traces against the plan: token-replay fitness per case and overall, per
 * step passed/skipped/repeated and the wait before it, per planned handover followed or not and
 * its wait, the handovers outside the plan, and the most common deviating variants. One pass over
 * the visits plus a sort of the variants.
 */
export function analyseTraces(traces: MappedTraces, plan: ConformancePlan): ConformanceReport {
  const n = plan.steps.length;
  const tokens = new Int32Array(n + 1);
  const seen = new Int32Array(n);
  const passed = new Int32Array(n);
  const repeated = new Int32Array(n);
  const followed = new Int32Array(Math.max(0, n - 1));
  const followedNow = new Uint8Array(Math.max(0, n - 1));
  const waitBefore = plan.steps.map(() => new WaitAccumulator());
  const handoverWait = plan.steps.slice(1).map(() => new WaitAccumulator());
  const extras = new Map<number, ExtraAcc>();
  const variants = new Map<string, VariantAcc>();
  const histogram = new Int32Array(11);
  let produced = 0;
  let consumed = 0;
  let missing = 0;
  let remaining = 0;
  let fitnessSum = 0;
  let conforming = 0;
  let extraContacts = 0;
  const mapped = traces.caseIds.length;
  const { steps, starts, ends, offsets } = traces;

  for (let c = 0; c < mapped; c++) {
    const from = offsets[c] ?? 0;
    const to = offsets[c + 1] ?? from;
    const visits = steps.slice(from, to);
    const counts = replayCase(visits, n, tokens);
    produced += counts.produced;
    consumed += counts.consumed;
    missing += counts.missing;
    remaining += counts.remaining;
    const fitness = fitnessOf(counts);
    fitnessSum += fitness;
    const fits = counts.missing === 0 && counts.remaining === 0;
    if (fits) conforming++;
    const bin = fits ? 10 : Math.min(9, Math.floor(fitness * 10));
    histogram[bin] = (histogram[bin] ?? 0) + 1;
    seen.fill(0);
    followedNow.fill(0);
    for (let j = from; j < to; j++) {
      const k = steps[j] ?? 0;
      seen[k] = (seen[k] ?? 0) + 1;
      if (j === from) continue;
      const prev = steps[j - 1] ?? 0;
      const wait = (starts[j] ?? Number.NaN) - (ends[j - 1] ?? Number.NaN);
      const at = starts[j] ?? Number.NaN;
      waitBefore[k]?.add(wait, at);
      if (k === prev + 1) {
        followedNow[prev] = 1;
        handoverWait[prev]?.add(wait, at);
        continue;
      }
      const key = prev * 65_536 + k;
      let acc = extras.get(key);
      if (!acc) {
        acc = { from: prev, to: k, occurrences: 0, cases: 0, lastCase: -1, waits: [] };
        extras.set(key, acc);
      }
      acc.occurrences++;
      if (acc.lastCase !== c) {
        acc.cases++;
        acc.lastCase = c;
      }
      if (Number.isFinite(wait) && wait >= 0) acc.waits.push(wait);
    }
    for (let k = 0; k < n; k++) {
      const s = seen[k] ?? 0;
      if (s > 0) passed[k] = (passed[k] ?? 0) + 1;
      if (s > 1) {
        repeated[k] = (repeated[k] ?? 0) + 1;
        extraContacts += s - 1;
      }
    }
    for (let k = 0; k < n - 1; k++) if (followedNow[k]) followed[k] = (followed[k] ?? 0) + 1;
    const key = visits.join(',');
    let v = variants.get(key);
    if (!v) {
      v = { visits, cases: 0, durations: [], fitness, firstCase: c, waits: visits.map(() => []) };
      variants.set(key, v);
    }
    v.cases++;
    const duration = (ends[to - 1] ?? Number.NaN) - (starts[from] ?? Number.NaN);
    if (Number.isFinite(duration)) v.durations.push(duration);
    for (let j = from + 1; j < to; j++) {
      const w = (starts[j] ?? Number.NaN) - (ends[j - 1] ?? Number.NaN);
      if (Number.isFinite(w) && w >= 0) v.waits[j - from]?.push(w);
    }
  }

  const ids = plan.steps.map((s) => s.id);
  const boundary = plan.steps.map((s) => s.boundary);
  const crosses = (a: number, b: number) => boundary[a] !== boundary[b];
  const extraList: ExtraHandover[] = [...extras.values()]
    .sort((a, b) => b.occurrences - a.occurrences || a.from - b.from || a.to - b.to)
    .map((e) => ({
      fromStepId: ids[e.from] ?? '',
      toStepId: ids[e.to] ?? '',
      kind: e.to <= e.from ? 'back' : 'skip',
      crossesBoundary: crosses(e.from, e.to),
      cases: e.cases,
      occurrences: e.occurrences,
      medianWaitMs: roundOrNull(exactQuantile(e.waits, 0.5)),
    }));
  const baseline = baselineOf(variants);
  const patterns: DeviationPattern[] = patternsOf(variants, ids, traces.caseIds, TOP_PATTERNS, baseline);
  return {
    method: 'token_replay',
    cases: traces.cases,
    mappedCases: mapped,
    conformingCases: conforming,
    ignoredEvents: traces.ignoredEvents,
    fitness: {
      log: mapped === 0 ? 1 : fitnessOf({ produced, consumed, missing, remaining }),
      meanCase: mapped === 0 ? 1 : fitnessSum / mapped,
    },
    fitnessHistogram: Array.from(histogram),
    baselineDurationMs: baseline,
    steps: ids.map((stepId, k) => ({
      stepId,
      passed: passed[k] ?? 0,
      skipped: mapped - (passed[k] ?? 0),
      repeated: repeated[k] ?? 0,
      waitBefore: waitBefore[k]?.stats() ?? emptyStats(),
    })),
    handovers: ids.slice(1).map((toStepId, k) => ({
      fromStepId: ids[k] ?? '',
      toStepId,
      followed: followed[k] ?? 0,
      notFollowed: mapped - (followed[k] ?? 0),
      crossesBoundary: crosses(k, k + 1),
      wait: handoverWait[k]?.stats() ?? emptyStats(),
    })),
    extras: extraList,
    extraContacts,
    extraCrossBoundary: extraList.filter((e) => e.crossesBoundary).reduce((s, e) => s + e.occurrences, 0),
    patterns,
    ...actorHandoversOf(traces, plan.actorHandovers ?? []),
  };
}

const roundOrNull = (v: number | null) => (v === null ? null : Math.round(v));
const emptyStats = () => ({ count: 0, medianMs: null, p90Ms: null, trend: [] });

/** Median duration of the conforming cases, or of all cases when none conforms. */
export function baselineOf(variants: ReadonlyMap<string, VariantAcc>): number | null {
  const fitting = [...variants.values()].filter((v) => v.fitness === 1).flatMap((v) => v.durations);
  const pool = fitting.length > 0 ? fitting : [...variants.values()].flatMap((v) => v.durations);
  return roundOrNull(exactQuantile(pool, 0.5));
}
