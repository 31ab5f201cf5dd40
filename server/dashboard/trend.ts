import type { Kysely } from 'kysely';
import { suppressSmallCells } from '../../shared/stats/index.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { aggregate } from './aggregate-query.ts';
import { emptyCell, figure } from './cells.ts';
import { type DashboardContext, presentScope } from './context.ts';
import { planTiers, type TrendInterval } from './period.ts';
import { isReverse } from './scales.ts';
import { baseQuery, groupRows, unitFigures } from './unit-cells.ts';

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
  // Weeks come from the week tier: the weeks that start inside the period.
  let current = bucketStart(from, interval);
  if (current < from) current = iso(new Date(new Date(`${current}T00:00:00Z`).getTime() + 7 * DAY_MS));
  while (current <= last && out.length < 1000) {
    out.push(current);
    const d = new Date(`${current}T00:00:00Z`);
    const next =
      interval === 'week'
        ? new Date(d.getTime() + 7 * DAY_MS)
        : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (interval === 'quarter' ? 3 : 1), 1));
    current = iso(next);
  }
  return out;
}

/**
 * An item over time for the scope, with intervals per point. A point below the minimum is hidden, and
 * so is a second one when the scope's total minus the shown points would give it away. If the scope
 * itself is hidden, so is every point.
 */
export async function trend(
  db: Kysely<Database>,
  auth: AuthContext,
  ctx: DashboardContext,
  interval: TrendInterval,
  item: string,
) {
  // The scope's status (from the unit tree) and the series are independent reads: run them together.
  const [scopeFigures, rows] = await Promise.all([
    unitFigures(db, auth, ctx, [item]),
    ctx.surveyIds?.length === 0
      ? Promise.resolve([])
      : aggregate(db, auth, {
          ...baseQuery(ctx, [item]),
          plan: planTiers(interval),
          unitIds: ctx.scopeUnitIds,
          groupBy: interval,
        }),
  ]);
  const buckets = bucketsBetween(ctx.range.from, ctx.range.to, interval);
  const series = [...groupRows(ctx, rows).entries()].map(([key, entry]) => {
    const scopeStatus = scopeFigures.get(key)?.statuses[ctx.scopeId] ?? 'empty';
    const cells = buckets.map((b) => entry.cells.get(b) ?? emptyCell());
    const total = cells.reduce((s, c) => ({ n: s.n + c.n, dontKnow: s.dontKnow + c.dontKnow }), {
      n: 0,
      dontKnow: 0,
    });
    const statuses =
      scopeStatus === 'shown'
        ? suppressSmallCells(
            {
              id: '',
              ...total,
              children: cells.map((c, i) => ({ id: String(i), n: c.n, dontKnow: c.dontKnow })),
            },
            ctx.municipality.minGroupSize,
          )
        : {};
    return {
      itemId: entry.itemId,
      scaleId: entry.scale?.id ?? null,
      reverse: isReverse(entry.itemId),
      points: buckets.map((start, i) => ({
        start,
        figure: figure(cells[i] ?? emptyCell(), entry.scale, statuses[String(i)] ?? scopeStatus, false),
      })),
    };
  });
  return { scope: presentScope(ctx), interval, itemId: item, series };
}
