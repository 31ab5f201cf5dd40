import type { Kysely } from 'kysely';
import { holmAdjust, welchTest } from '../../shared/stats/index.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { emptyCell, subtractCells } from './cells.ts';
import { type DashboardContext, presentScope } from './context.ts';
import { nodeFigure } from './overview.ts';
import { isReverse } from './scales.ts';
import { leaves } from './tree.ts';
import { type UnitFigures, unitFigures } from './unit-cells.ts';

export type ComparisonLevel = 'children' | 'units';
const ALPHA = 0.05;

/** The units to compare: the scope's direct sub-units, or every unit at the bottom of the scope. */
export function comparedUnits(ctx: DashboardContext, level: ComparisonLevel): string[] {
  return level === 'units' ? leaves(ctx.tree, ctx.scopeId) : (ctx.tree.children.get(ctx.scopeId) ?? []);
}

/**
 * Each unit against the rest of the scope (Welch's t-test on the means, from sufficient statistics),
 * with Holm's adjustment over all units compared, so that with 200 units the chance of any false
 * marker stays at 5 %. Hidden units get no figure and no test.
 */
function compareSeries(entry: UnitFigures, ctx: DashboardContext, unitIds: readonly string[]) {
  const scopeCell = entry.totals.get(ctx.scopeId) ?? emptyCell();
  const rows = unitIds.map((id) => {
    const fig = nodeFigure(entry, id, false);
    const cell = entry.totals.get(id) ?? emptyCell();
    const test = fig.status === 'shown' ? welchTest(subtractCells(scopeCell, cell), cell) : null;
    return { unitId: id, name: ctx.tree.units.get(id)?.name ?? id, figure: fig, test };
  });
  const tested = rows.filter((r) => r.test !== null);
  const adjusted = holmAdjust(tested.map((r) => r.test?.p ?? 1));
  const pAdjusted = new Map(tested.map((r, i) => [r.unitId, adjusted[i] ?? 1]));
  return rows
    .map((r) => {
      const p = pAdjusted.get(r.unitId) ?? null;
      const diff = r.test?.diff ?? null;
      const marker: 'higher' | 'lower' | null =
        p !== null && p < ALPHA && diff !== null ? (diff > 0 ? 'higher' : 'lower') : null;
      return {
        unitId: r.unitId,
        name: r.name,
        figure: r.figure,
        diff,
        p: r.test?.p ?? null,
        pAdjusted: p,
        marker,
      };
    })
    .sort(
      (a, b) =>
        (b.figure.mean ?? Number.NEGATIVE_INFINITY) - (a.figure.mean ?? Number.NEGATIVE_INFINITY) ||
        a.name.localeCompare(b.name),
    );
}

/** Units side by side for one item: sorted by mean, with intervals and significance markers. */
export async function comparison(
  db: Kysely<Database>,
  auth: AuthContext,
  ctx: DashboardContext,
  item: string,
  level: ComparisonLevel,
) {
  const figures = await unitFigures(db, auth, ctx, [item]);
  const unitIds = comparedUnits(ctx, level);
  const series = [...figures.values()].map((entry) => ({
    itemId: entry.itemId,
    scaleId: entry.scale?.id ?? null,
    reverse: isReverse(entry.itemId),
    scope: nodeFigure(entry, ctx.scopeId, false),
    rows: compareSeries(entry, ctx, unitIds),
  }));
  return { scope: presentScope(ctx), itemId: item, level, alpha: ALPHA, series };
}
