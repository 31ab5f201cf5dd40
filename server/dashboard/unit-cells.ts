import type { Kysely } from 'kysely';
import type { Scale } from '../../shared/indicators/index.ts';
import type { CellStatus } from '../../shared/stats/index.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { type AggregateQuery, type AggregateRow, aggregate } from './aggregate-query.ts';
import { type Cell, emptyCell } from './cells.ts';
import type { DashboardContext } from './context.ts';
import { filterAxes, gridSums, rowLayer, viewLayer } from './layers.ts';
import { figureKey, itemScale } from './scales.ts';
import { suppressGrid } from './suppression-grid.ts';

/** One item on one scale, grouped: cells per group value (unit id, period, or ''). */
export interface KeyedCells {
  itemId: string;
  scale: Scale | null;
  cells: Map<string, Cell>;
}

/** Adds a row's statistics into a cell in place (the cell is this call's own, never shared). */
function addRow(cell: Cell, r: AggregateRow): void {
  cell.n += r.n;
  cell.sum += r.sum;
  cell.sumSq += r.sum_sq;
  cell.dontKnow += r.dk;
  const c = cell.counts;
  c[0] = (c[0] ?? 0) + r.c1;
  c[1] = (c[1] ?? 0) + r.c2;
  c[2] = (c[2] ?? 0) + r.c3;
  c[3] = (c[3] ?? 0) + r.c4;
  c[4] = (c[4] ?? 0) + r.c5;
  c[5] = (c[5] ?? 0) + r.c6;
}

/**
 * Folds per-survey rows into per-(item, scale) cells, resolving each survey's scale once per item and
 * survey. Rows with the same key (the rollup's and the queue's part of a group) are added up.
 */
export function groupRows(ctx: DashboardContext, rows: readonly AggregateRow[]): Map<string, KeyedCells> {
  const out = new Map<string, KeyedCells>();
  // survey → item → entry: no key string is built per row (thousands of rows per call).
  const bySurvey = new Map<string | null, Map<string, KeyedCells>>();
  for (const r of rows) {
    let byItem = bySurvey.get(r.survey_id);
    if (!byItem) {
      byItem = new Map();
      bySurvey.set(r.survey_id, byItem);
    }
    let entry = byItem.get(r.item_id);
    if (!entry) {
      const definition = r.survey_id ? ctx.surveys.get(r.survey_id)?.definition : ctx.sharedDefinition;
      const scale = itemScale(r.item_id, definition);
      const key = figureKey(r.item_id, scale);
      entry = out.get(key) ?? { itemId: r.item_id, scale, cells: new Map() };
      out.set(key, entry);
      byItem.set(r.item_id, entry);
    }
    let cell = entry.cells.get(r.g);
    if (!cell) {
      cell = emptyCell();
      entry.cells.set(r.g, cell);
    }
    addRow(cell, r);
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
    selection: ctx.selection,
    items,
    bySurvey: ctx.sharedDefinition === null,
  } satisfies Partial<AggregateQuery>;
}

/** Per item and scale: every node's total (own + below) and its small-group status. */
export interface UnitFigures extends KeyedCells {
  totals: Map<string, Cell>;
  statuses: Record<string, CellStatus>;
}

/**
 * Splits cells keyed `unit|layer…` into layer → unit → cell (`layerOf` maps the rest of the key). A
 * grid has thousands of cells but only a few dozen distinct rests (periods × channels): each rest is
 * mapped once.
 */
export function byLayer(cells: ReadonlyMap<string, Cell>, layerOf: (rest: string[]) => string) {
  const out = new Map<string, Map<string, Cell>>();
  const layers = new Map<string, string>();
  let unitOnly: string | undefined;
  for (const [g, cell] of cells) {
    const cut = g.indexOf('|');
    let layer: string;
    if (cut < 0) layer = unitOnly ??= layerOf([]);
    else {
      const rest = g.slice(cut + 1);
      layer = layers.get(rest) ?? layerOf(rest.split('|'));
      layers.set(rest, layer);
    }
    const unit = cut < 0 ? g : g.slice(0, cut);
    let units = out.get(layer);
    if (!units) {
      units = new Map<string, Cell>();
      out.set(layer, units);
    }
    units.set(unit, cell);
  }
  return out;
}

/**
 * Aggregates the whole municipality by unit (with the period, channel and journey filters), then adds
 * up the tree and decides suppression for every node, so a figure for one scope is hidden exactly
 * when the same figure in the unit comparison would be. With a channel filter the rows come per
 * channel, and the channels adding up to "all channels" are protected together with the tree, so a
 * unit hidden under one channel cannot be recovered from all channels minus the others. With a
 * language filter the rows come in and out of the selection, protected together the same way, so a
 * figure hidden in the selection cannot be recovered as "all answers minus the excluded ones".
 */
export async function unitFigures(
  db: Kysely<Database>,
  tenant: Tenant,
  ctx: DashboardContext,
  items: readonly string[] | null,
): Promise<Map<string, UnitFigures>> {
  if (ctx.surveyIds?.length === 0) return new Map();
  const perChannel = ctx.channel !== null;
  const bySelection = ctx.selection !== null;
  const rows = await aggregate(db, tenant, {
    ...baseQuery(ctx, items),
    unitIds: null,
    group: { unit: true, interval: null, channel: perChannel, selection: bySelection },
  });
  const layer = viewLayer(ctx.channel, bySelection);
  const sums = gridSums(filterAxes(perChannel, bySelection));
  const out = new Map<string, UnitFigures>();
  for (const [key, entry] of groupRows(ctx, rows)) {
    const own = byLayer(entry.cells, (rest) => rowLayer(rest, perChannel, bySelection));
    const grid = suppressGrid({
      tree: ctx.tree,
      own,
      sums,
      minN: ctx.municipality.minGroupSize,
    });
    const totals = grid.totals(layer) ?? new Map<string, Cell>();
    const statuses: Record<string, CellStatus> = {};
    for (const node of totals.keys()) statuses[node] = grid.status(layer, node);
    out.set(key, { ...entry, cells: own.get(layer) ?? new Map(), totals, statuses });
  }
  return out;
}
