import type { Aggregates } from './aggregates.ts';
import { variantKey } from './filters.ts';
import type { Interner } from './interner.ts';
import type { IdCounter } from './pair-table.ts';
import type { HandoverPair, HandoverReport, VariantRow } from './report-types.ts';

export type * from './report-types.ts';

interface ReportInput {
  by: string;
  agg: Aggregates;
  actors: Interner;
  activities: Interner;
  excluded: number;
  minVariantFrequency: number;
}

const byCount = <T extends { count?: number; cases?: number }>(a: T, b: T, an: string, bn: string) =>
  (b.count ?? b.cases ?? 0) - (a.count ?? a.cases ?? 0) || (an < bn ? -1 : an > bn ? 1 : 0);

/** Turns the aggregates into the plain, serialisable report. */
export function buildReport(input: ReportInput): HandoverReport {
  const { agg, actors, activities } = input;
  const name = (id: number) => actors.name(id);
  const act = (id: number) => activities.name(id);
  const handovers: HandoverPair[] = [];
  const selfHandovers: HandoverPair[] = [];
  for (const [a, b, stat] of agg.actorPairs.entries()) {
    const row: HandoverPair = {
      from: name(a),
      to: name(b),
      count: stat.count,
      relative: agg.pairs ? stat.count / agg.pairs : 0,
      medianWaitMs: stat.waits.quantile(0.5),
      p90WaitMs: stat.waits.quantile(0.9),
    };
    (a === b ? selfHandovers : handovers).push(row);
  }
  const pairName = (p: HandoverPair) => `${p.from}\u001f${p.to}`;
  handovers.sort((x, y) => byCount(x, y, pairName(x), pairName(y)));
  selfHandovers.sort((x, y) => byCount(x, y, x.from, y.from));

  const workingTogether = [...agg.together.entries()].map(([x, y, cases]) => {
    // Unordered pair: name it in name order so the output does not depend on first sight.
    const [a, b] = [name(x), name(y)].sort() as [string, string];
    return { a, b, cases, share: agg.cases ? cases / agg.cases : 0 };
  });
  workingTogether.sort((x, y) => byCount(x, y, `${x.a}\u001f${x.b}`, `${y.a}\u001f${y.b}`));

  const keyed: Array<{ key: string; row: VariantRow }> = [];
  for (const v of agg.variants.values()) {
    if (v.count < input.minVariantFrequency) continue;
    const names = v.actors.map(name);
    const row = {
      actors: names,
      activities: mostCommon(v.activities.values()).map(act),
      cases: v.count,
      share: agg.cases ? v.count / agg.cases : 0,
      medianDurationMs: v.durations.quantile(0.5),
    };
    keyed.push({ key: variantKey(names), row });
  }
  // Keys computed once: building them inside the comparator made large logs slow.
  keyed.sort((x, y) => byCount(x.row, y.row, x.key, y.key));
  const variants: VariantRow[] = keyed.map((k) => k.row);

  const counted = (map: IdCounter) =>
    [...map]
      .map(([id, cases]) => ({ activity: act(id), cases }))
      .sort((x, y) => byCount(x, y, x.activity, y.activity));
  const edges = [...agg.activityPairs.entries()].map(([a, b, count]) => ({
    from: act(a),
    to: act(b),
    count,
  }));
  edges.sort((x, y) => byCount(x, y, `${x.from}\u001f${x.to}`, `${y.from}\u001f${y.to}`));
  const activityRows = [...agg.activityEvents].map(([id, events]) => ({ activity: act(id), events }));
  activityRows.sort((x, y) => y.events - x.events || (x.activity < y.activity ? -1 : 1));
  const actorRows = [...agg.actorEvents].map(([id, events]) => ({
    actor: name(id),
    events,
    cases: agg.actorCases.get(id) ?? 0,
  }));
  actorRows.sort((x, y) => y.events - x.events || (x.actor < y.actor ? -1 : 1));

  return {
    by: input.by,
    summary: {
      cases: agg.cases,
      events: agg.events,
      actors: agg.actorEvents.size,
      activities: agg.activityEvents.size,
      directlyFollowingPairs: agg.pairs,
      handovers: agg.pairs - agg.selfPairs,
      selfHandovers: agg.selfPairs,
      variants: agg.variants.size,
      excludedCases: input.excluded,
      untimedCases: agg.untimedCases,
      eventsWithoutActor: agg.eventsWithoutActor,
      firstEvent: Number.isFinite(agg.firstTime) ? agg.firstTime : null,
      lastEvent: Number.isFinite(agg.lastTime) ? agg.lastTime : null,
      medianCaseDurationMs: agg.durations.quantile(0.5),
      p90CaseDurationMs: agg.durations.quantile(0.9),
    },
    actors: actorRows,
    handovers,
    selfHandovers,
    workingTogether,
    activityGraph: {
      activities: activityRows,
      edges,
      starts: counted(agg.startActivities),
      ends: counted(agg.endActivities),
    },
    variants,
    handoversPerCase: [...agg.handoversPerCase]
      .map(([handovers, cases]) => ({ handovers, cases }))
      .sort((x, y) => x.handovers - y.handovers),
  };
}

/** The activity sequence most cases of a variant share (the first seen among equals). */
function mostCommon(sequences: Iterable<{ activities: number[]; count: number }>): number[] {
  let best: { activities: number[]; count: number } | undefined;
  for (const s of sequences) if (!best || s.count > best.count) best = s;
  return best?.activities ?? [];
}

/** Keys of the variants seen at least `minFrequency` times, for a second, filtered pass. */
export function frequentVariants(report: HandoverReport, minFrequency: number): Set<string> {
  return new Set(report.variants.filter((v) => v.cases >= minFrequency).map((v) => variantKey(v.actors)));
}
