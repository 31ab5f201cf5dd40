import type { Kysely } from 'kysely';
import type { Scale } from '../../shared/indicators/index.ts';
import type { CellStatus } from '../../shared/stats/index.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { type AggregateQuery, type AggregateRow, aggregate } from './aggregate-query.ts';
import { addCells, type Cell, emptyCell } from './cells.ts';
import type { DashboardContext } from './context.ts';
import { figureKey, itemScale } from './scales.ts';
import { subtreeTotals, treeStatuses } from './tree.ts';

/** One item on one scale, grouped: cells per group value (unit id, period, or ''). */
export interface KeyedCells {
  itemId: string;
  scale: Scale | null;
  cells: Map<string, Cell>;
}

/** A row's sufficient statistics as a cell. */
export function rowCell(r: AggregateRow): Cell {
  return {
    n: r.n,
    sum: r.sum,
    sumSq: r.sum_sq,
    dontKnow: r.dk,
    counts: [r.c1, r.c2, r.c3, r.c4, r.c5, r.c6],
  };
}

/** Folds per-survey rows into per-(item, scale) cells, resolving each survey's scale. */
export function groupRows(ctx: DashboardContext, rows: readonly AggregateRow[]): Map<string, KeyedCells> {
  const out = new Map<string, KeyedCells>();
  for (const r of rows) {
    const scale = itemScale(r.item_id, ctx.surveys.get(r.survey_id)?.definition);
    const key = figureKey(r.item_id, scale);
    let entry = out.get(key);
    if (!entry) {
      entry = { itemId: r.item_id, scale, cells: new Map() };
      out.set(key, entry);
    }
    entry.cells.set(r.g, addCells(entry.cells.get(r.g) ?? emptyCell(), rowCell(r)));
  }
  return out;
}

/** The shared part of an aggregate query: the context's period, surveys and channel. */
export function baseQuery(ctx: DashboardContext, items: readonly string[] | null) {
  return {
    range: ctx.range,
    plan: ctx.plan,
    surveyIds: ctx.surveyIds,
    channel: ctx.channel,
    items,
  } satisfies Partial<AggregateQuery>;
}

/** Per item and scale: every node's total (own + below) and its small-group status. */
export interface UnitFigures extends KeyedCells {
  totals: Map<string, Cell>;
  statuses: Record<string, CellStatus>;
}

/**
 * Aggregates the whole municipality by unit (with the period, channel and journey filters), then adds
 * up the tree and decides suppression for every node, so a figure for one scope is hidden exactly
 * when the same figure in the unit comparison would be.
 */
export async function unitFigures(
  db: Kysely<Database>,
  tenant: Tenant,
  ctx: DashboardContext,
  items: readonly string[] | null,
): Promise<Map<string, UnitFigures>> {
  if (ctx.surveyIds?.length === 0) return new Map();
  const rows = await aggregate(db, tenant, { ...baseQuery(ctx, items), unitIds: null, groupBy: 'unit' });
  const out = new Map<string, UnitFigures>();
  for (const [key, entry] of groupRows(ctx, rows)) {
    const totals = subtreeTotals(ctx.tree, entry.cells);
    out.set(key, {
      ...entry,
      totals,
      statuses: treeStatuses(ctx.tree, totals, ctx.municipality.minGroupSize),
    });
  }
  return out;
}
