import type { Kysely } from 'kysely';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { aggregate } from './aggregate-query.ts';
import { emptyCell, figure } from './cells.ts';
import { type DashboardContext, presentScope } from './context.ts';
import { filterAxes, gridSums, rowLayer, viewLayer } from './layers.ts';
import { type DayRange, planTiers, type TrendInterval } from './period.ts';
import { figureKey, isReverse, itemScale } from './scales.ts';
import { suppressGrid } from './suppression-grid.ts';
import { baseQuery, byLayer, groupRows } from './unit-cells.ts';

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The start of the bucket (ISO week from Monday, month, quarter) that a day falls in. */
export function bucketStart(day: string, interval: TrendInterval): string {
  const d = new Date(`${day}T00:00:00Z`);
  if (interval === 'week') return iso(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS));
  const month = interval === 'quarter' ? d.getUTCMonth() - (d.getUTCMonth() % 3) : d.getUTCMonth();
  return iso(new Date(Date.UTC(d.getUTCFullYear(), month, 1)));
}

/** Every bucket start from the one holding `from` (for weeks: the first Monday on or after it) to the last before `to`. */
export function bucketsBetween(from: string, toExclusive: string, interval: TrendInterval): string[] {
  const out: string[] = [];
  const last = bucketStart(iso(new Date(new Date(`${toExclusive}T00:00:00Z`).getTime() - DAY_MS)), interval);
  // Weeks come from the week tier: the weeks that start inside the period. Months and quarters are
  // read from the month tier, so a quarter that begins before the period keeps its own start (its key).
  let current = bucketStart(from, interval);
  if (interval === 'week' && current < from) current = bucketEnd(current, interval);
  while (current <= last && out.length < 1000) {
    out.push(current);
    current = bucketEnd(current, interval);
  }
  return out;
}

/** The first day after the bucket that starts on `start`. */
export function bucketEnd(start: string, interval: TrendInterval): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === 'week') return iso(new Date(d.getTime() + 7 * DAY_MS));
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (interval === 'quarter' ? 3 : 1), 1)));
}

/**
 * True when a point holds only part of its period: the period is not over on `today`, or the chosen
 * range cuts it (only quarters can be cut: ranges are whole months, and a week is read whole from the
 * week tier). Such a point is not comparable with whole periods (fewer answers, a wider interval).
 */
export function isPartial(start: string, interval: TrendInterval, range: DayRange, today: string): boolean {
  const end = bucketEnd(start, interval);
  if (start <= today && today < end) return true;
  return interval === 'quarter' && (start < range.from || end > range.to);
}

/**
 * A survey standing for all surveys in play when they put `item` on the same scale (so their counts
 * fall into one grid whichever survey they are given to); undefined when scales differ.
 */
function sameScaleSurvey(ctx: DashboardContext, item: string): string | undefined {
  const ids = ctx.surveyIds ?? [...ctx.surveys.keys()];
  const keys = new Set(ids.map((id) => figureKey(item, itemScale(item, ctx.surveys.get(id)?.definition))));
  return keys.size === 1 ? ids[0] : undefined;
}

/**
 * The layers of a trend: one per bucket (and channel, with a channel filter), plus the whole period
 * as the sum of its buckets, and all channels as the sum of the channels.
 */
function trendSums(buckets: readonly string[], perChannel: boolean, bySelection: boolean) {
  return gridSums([{ parts: buckets, total: '' }, ...filterAxes(perChannel, bySelection)]);
}

/**
 * An item over time for the scope, with intervals per point; a point whose period is not whole is
 * marked `partial` ({@link isPartial}). Suppression covers the whole grid of
 * units × periods (× channels): a point below the minimum is hidden, and so is a second one when the
 * scope's whole period minus the shown points would give it away, and so is a unit's point when its
 * parent's point in the same period minus its siblings' would give it away (every unit's trend can be
 * asked for, so all are decided together and every view agrees).
 */
export async function trend(
  db: Kysely<Database>,
  auth: AuthContext,
  ctx: DashboardContext,
  interval: TrendInterval,
  item: string,
  today: string = iso(new Date()),
) {
  const perChannel = ctx.channel !== null;
  const bySelection = ctx.selection !== null;
  const none = ctx.surveyIds?.length === 0;
  const base = { ...baseQuery(ctx, [item]), plan: planTiers(interval) };
  // Two independent reads, run together: counts of every unit × period (× channel) for suppression,
  // and the scope's series with all statistics.
  // Counts are whole numbers: when every survey in play puts the item on the same scale, they are
  // summed over surveys in SQL (a quarter of the rows to send and parse) and given to one survey.
  const oneScale = base.bySurvey ? sameScaleSurvey(ctx, item) : undefined;
  const [counts, rows] = await Promise.all([
    none
      ? []
      : aggregate(db, auth, {
          ...base,
          bySurvey: base.bySurvey && oneScale === undefined,
          unitIds: null,
          group: { unit: true, interval, channel: perChannel, selection: bySelection },
          countsOnly: true,
        }).then((list) => (oneScale ? list.map((r) => ({ ...r, survey_id: oneScale })) : list)),
    none
      ? []
      : aggregate(db, auth, {
          ...base,
          unitIds: ctx.scopeUnitIds,
          group: { unit: false, interval, channel: false },
        }),
  ]);
  const buckets = bucketsBetween(ctx.range.from, ctx.range.to, interval);
  const layer = (b: string) => `${b}|${viewLayer(ctx.channel, bySelection)}`;
  const grids = new Map(
    [...groupRows(ctx, counts)].map(([key, entry]) => [
      key,
      suppressGrid({
        tree: ctx.tree,
        own: byLayer(entry.cells, (rest) => rowLayer(rest, perChannel, bySelection, true)),
        sums: trendSums(buckets, perChannel, bySelection),
        minN: ctx.municipality.minGroupSize,
      }),
    ]),
  );
  const series = [...groupRows(ctx, rows)].map(([key, entry]) => ({
    itemId: entry.itemId,
    scaleId: entry.scale?.id ?? null,
    reverse: isReverse(entry.itemId),
    points: buckets.map((start) => ({
      start,
      partial: isPartial(start, interval, ctx.range, today),
      figure: figure(
        entry.cells.get(start) ?? emptyCell(),
        entry.scale,
        grids.get(key)?.status(layer(start), ctx.scopeId) ?? 'empty',
        false,
      ),
    })),
  }));
  return { scope: presentScope(ctx), interval, itemId: item, series };
}
