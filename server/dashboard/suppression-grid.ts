import type { CellStatus } from '../../shared/stats/index.ts';
import { addInto, type Cell, emptyCell } from './cells.ts';
import { type Count, type Equation, suppressAcross } from './cross-suppression.ts';
import { subtreeTotals, type UnitTree } from './tree.ts';

/**
 * Layers of one item: a layer is one combination of the other filters (a period bucket, a channel,
 * or the whole period over all channels), each holding the unit tree's own cells. `sums` says which
 * layer adds up from which others (all channels = Σ channels; a period = Σ its buckets).
 */
export interface GridInput {
  tree: UnitTree;
  /** layer → unit id (or NO_UNIT_ID) → own cell. */
  own: ReadonlyMap<string, ReadonlyMap<string, Cell>>;
  sums: readonly { total: string; parts: readonly string[] }[];
  minN: number;
}

export interface GridResult {
  /** layer → node → total (own + below). */
  totals: Map<string, Map<string, Cell>>;
  /** The status of a node in a layer. */
  status(layer: string, node: string): CellStatus;
}

const key = (layer: string, node: string) => `${layer}#${node}`;

/**
 * The own cells of every layer that is a sum and was not read (all channels when the rows are per
 * channel; a whole period from its buckets), filled in dependency order.
 */
function withSums(
  own: ReadonlyMap<string, ReadonlyMap<string, Cell>>,
  sums: GridInput['sums'],
): Map<string, ReadonlyMap<string, Cell>> {
  const out = new Map(own);
  const pending = sums.filter((s) => !own.has(s.total));
  const waiting = new Set(pending.map((s) => s.total));
  while (pending.length > 0) {
    const i = pending.findIndex((s) => s.parts.every((p) => !waiting.has(p)));
    const next = pending[i];
    if (!next) throw new Error('suppressGrid: layer sums depend on each other in a circle');
    pending.splice(i, 1);
    const sum = new Map<string, Cell>();
    for (const part of next.parts) {
      for (const [unit, cell] of out.get(part) ?? []) {
        const acc = sum.get(unit) ?? emptyCell();
        addInto(acc, cell);
        sum.set(unit, acc);
      }
    }
    out.set(next.total, sum);
    waiting.delete(next.total);
  }
  return out;
}

/**
 * Small-group suppression across filters: every layer's unit tree, and every node's layers adding up,
 * are protected together (`suppressAcross`), so a figure hidden in one view (a channel, a month)
 * cannot be recovered by subtracting figures another view shows (all channels, the whole period, the
 * parent unit in the same month). A view reads the statuses of its own layer; every view computes the
 * same statuses for the same cells, so they agree.
 */
export function suppressGrid(input: GridInput): GridResult {
  const { tree, sums, minN } = input;
  const own = withSums(input.own, sums);
  const totals = new Map<string, Map<string, Cell>>();
  const counts = new Map<string, Count>();
  const layers = new Set<string>([...own.keys(), ...sums.flatMap((s) => [s.total, ...s.parts])]);
  for (const layer of layers) {
    const t = subtreeTotals(tree, own.get(layer) ?? new Map());
    totals.set(layer, t);
    for (const [node, cell] of t) counts.set(key(layer, node), { n: cell.n, dontKnow: cell.dontKnow });
  }
  const equations: Equation[] = [];
  const parents = [...tree.children].filter(([, kids]) => kids.length > 0);
  for (const layer of layers) {
    for (const [parent, kids] of parents) {
      equations.push({ total: key(layer, parent), parts: kids.map((k) => key(layer, k)) });
    }
  }
  const nodes = [...(totals.values().next().value?.keys() ?? [])];
  for (const s of sums) {
    for (const node of nodes) {
      equations.push({ total: key(s.total, node), parts: s.parts.map((p) => key(p, node)) });
    }
  }
  const status = suppressAcross(counts, equations, minN);
  return { totals, status: (layer, node) => status.get(key(layer, node)) ?? 'empty' };
}
