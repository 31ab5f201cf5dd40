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
  /** At most this many variant rows (the most frequent); `summary.variants` still counts all. */
  maxVariants?: number;
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

  const variants = variantRows(input);

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

/**
 * The variant rows, most cases first, ties in actor-name order element by element (a prefix first).
 * Sorted on the compact table; only the rows sent are turned into name arrays.
 */
function variantRows(input: ReportInput): VariantRow[] {
  const { agg, actors, activities } = input;
  const byName = actors.names
    .map((_, id) => id)
    .sort((a, b) => {
      const x = actors.name(a);
      const y = actors.name(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const rank: number[] = [];
  byName.forEach((id, position) => {
    rank[id] = position;
  });
  const table = agg.variants;
  const kept: number[] = [];
  for (let v = 0; v < table.size; v++) if (table.count(v) >= input.minVariantFrequency) kept.push(v);
  kept.sort((x, y) => table.compare(x, y, rank));
  return kept.slice(0, input.maxVariants ?? kept.length).map((v) => ({
    actors: table.actorIds(v).map((id) => actors.name(id)),
    activities: table.mostCommonActivities(v).map((id) => activities.name(id)),
    cases: table.count(v),
    share: agg.cases ? table.count(v) / agg.cases : 0,
    medianDurationMs: table.medianDuration(v),
  }));
}

/** Keys of the variants seen at least `minFrequency` times, for a second, filtered pass. */
export function frequentVariants(report: HandoverReport, minFrequency: number): Set<string> {
  return new Set(report.variants.filter((v) => v.cases >= minFrequency).map((v) => variantKey(v.actors)));
}
