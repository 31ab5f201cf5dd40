import type { Kysely } from 'kysely';
import { BUILTIN_SETS, itemId } from '../../shared/indicators/index.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { emptyCell, type Figure, figure } from './cells.ts';
import { type DashboardContext, presentScope } from './context.ts';
import { INDEX_ITEM, isReverse, RESPONSES_ITEM, setOfItem } from './scales.ts';
import { type UnitFigures, unitFigures } from './unit-cells.ts';

/** Display order: the overall index, then the library's items set by set. */
export const ITEM_ORDER: readonly string[] = [
  INDEX_ITEM,
  ...BUILTIN_SETS.flatMap((set) => set.items.map((item) => itemId(set, item))),
];

export interface IndicatorDto {
  itemId: string;
  setKey: 'coherence' | 'psychcost' | 'satisfaction';
  scaleId: 'agree5' | 'agree6' | 'satisfaction5';
  reverse: boolean;
  figure: Figure;
}

/** The figure of one node (a unit with its sub-units, or the municipality) for one item. */
export function nodeFigure(entry: UnitFigures, nodeId: string, withDistribution = true): Figure {
  const status = entry.statuses[nodeId] ?? 'empty';
  return figure(entry.totals.get(nodeId) ?? emptyCell(), entry.scale, status, withDistribution);
}

/** Indicators of a scope, in display order; items nobody was asked are left out. */
export function indicatorsOf(figures: Map<string, UnitFigures>, nodeId: string): IndicatorDto[] {
  const out: IndicatorDto[] = [];
  for (const entry of figures.values()) {
    const setKey = setOfItem(entry.itemId);
    if (!setKey || !entry.scale) continue;
    out.push({
      itemId: entry.itemId,
      setKey,
      scaleId: entry.scale.id,
      reverse: isReverse(entry.itemId),
      figure: nodeFigure(entry, nodeId, entry.itemId !== INDEX_ITEM),
    });
  }
  const rank = (id: string) => ITEM_ORDER.indexOf(id);
  return out.sort((a, b) => rank(a.itemId) - rank(b.itemId) || a.scaleId.localeCompare(b.scaleId));
}

/** Respondents in scope (responses), shown only at or above the minimum group size. */
export function respondentsOf(figures: Map<string, UnitFigures>, nodeId: string) {
  const entry = [...figures.values()].find((e) => e.itemId === RESPONSES_ITEM);
  const status = entry?.statuses[nodeId] ?? 'empty';
  return { status, n: status === 'shown' ? (entry?.totals.get(nodeId)?.n ?? 0) : null };
}

/**
 * The overview of a scope: each indicator's mean, CI, share positive, n and share "ved ikke", the
 * overall index and the distributions, all after small-group suppression.
 */
export async function overview(db: Kysely<Database>, auth: AuthContext, ctx: DashboardContext) {
  const figures = await unitFigures(db, auth, ctx, null);
  return {
    scope: presentScope(ctx),
    respondents: respondentsOf(figures, ctx.scopeId),
    indicators: indicatorsOf(figures, ctx.scopeId),
  };
}
