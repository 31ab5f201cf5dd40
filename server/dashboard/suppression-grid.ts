import type { CellStatus } from '../../shared/stats/index.ts';
import { addInto, type Cell, emptyCell } from './cells.ts';
import { suppressIndexed } from './cross-suppression.ts';
import { subtreeTotals, type UnitTree } from './tree.ts';
import { treeIndex } from './tree-index.ts';

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
  /** The status of a node in a layer. */
  status(layer: string, node: string): CellStatus;
  /** A node's valid answers in a layer, its own and below (0 for an unknown layer or node). */
  count(layer: string, node: string): number;
  /**
   * node → total (own + below) with all statistics, for one layer; undefined for a layer the grid
   * does not have. Built on first use: suppression itself needs only the counts.
   */
  totals(layer: string): Map<string, Cell> | undefined;
}

type Sum = GridInput['sums'][number];

/**
 * The layers that are sums and were not read (all channels when the rows are per channel; a whole
 * period from its buckets), in dependency order; a total named by two sums comes twice, as both are
 * applied in turn.
 */
function sumOrder(own: ReadonlyMap<string, unknown>, sums: readonly Sum[]): Sum[] {
  const pending = sums.filter((s) => !own.has(s.total));
  const waiting = new Set(pending.map((s) => s.total));
  const order: Sum[] = [];
  while (pending.length > 0) {
    const i = pending.findIndex((s) => s.parts.every((p) => !waiting.has(p)));
    const next = pending[i];
    if (!next) throw new Error('suppressGrid: layer sums depend on each other in a circle');
    pending.splice(i, 1);
    order.push(next);
    waiting.delete(next.total);
  }
  return order;
}

/** The own cells of every layer, the sum layers filled in `order` (a later sum of a total wins). */
function withSums(own: GridInput['own'], order: readonly Sum[]): Map<string, ReadonlyMap<string, Cell>> {
  const out = new Map(own);
  for (const next of order) {
    const sum = new Map<string, Cell>();
    for (const part of next.parts) {
      for (const [unit, cell] of out.get(part) ?? []) {
        const acc = sum.get(unit) ?? emptyCell();
        addInto(acc, cell);
        sum.set(unit, acc);
      }
    }
    out.set(next.total, sum);
  }
  return out;
}

/**
 * Small-group suppression across filters: every layer's unit tree, and every node's layers adding up,
 * are protected together (`suppressAcross`), so a figure hidden in one view (a channel, a month)
 * cannot be recovered by subtracting figures another view shows (all channels, the whole period, the
 * parent unit in the same month). A view reads the statuses of its own layer; every view computes the
 * same statuses for the same cells, so they agree.
 *
 * Suppression needs only the counts (valid answers and "ved ikke") of every node in every layer: they
 * are added up in flat arrays over the tree's cached index (`tree-index.ts`), with no cell objects;
 * counts are whole numbers, so the order of adding does not matter. Full totals (means, sums of
 * squares) are built only for the layers a view asks for, in the order `subtreeTotals` always used.
 */
export function suppressGrid(input: GridInput): GridResult {
  const { tree, sums, minN } = input;
  const order = sumOrder(input.own, sums);
  const layers = [
    ...new Set<string>([
      ...input.own.keys(),
      ...order.map((s) => s.total),
      ...sums.flatMap((s) => [s.total, ...s.parts]),
    ]),
  ];
  const layerIndex = new Map(layers.map((layer, l) => [layer, l]));
  const index = treeIndex(tree);
  const size = index.nodes.length;
  const n: number[] = new Array(layers.length * size).fill(0);
  const dk: number[] = new Array(layers.length * size).fill(0);
  // Own counts of the layers that were read, then of the sum layers from their parts.
  for (const [layer, units] of input.own) {
    const base = (layerIndex.get(layer) ?? 0) * size;
    for (const [unit, cell] of units) {
      const i = index.ownIndex.get(unit);
      if (i === undefined) continue;
      n[base + i] = cell.n;
      dk[base + i] = cell.dontKnow;
    }
  }
  for (const s of order) {
    const base = (layerIndex.get(s.total) ?? 0) * size;
    // Each part's offset once per sum, not once per node and part (a trend sums 24 layers × 211 nodes).
    const partBases = s.parts.map((part) => (layerIndex.get(part) ?? 0) * size);
    for (let i = 0; i < size; i += 1) {
      let sn = 0;
      let sdk = 0;
      for (const pb of partBases) {
        sn += n[pb + i] ?? 0;
        sdk += dk[pb + i] ?? 0;
      }
      n[base + i] = sn;
      dk[base + i] = sdk;
    }
  }
  // Subtree totals: each node into its parent, children before parents.
  const { upward, parentOf } = index;
  for (let l = 0; l < layers.length; l += 1) {
    const base = l * size;
    for (const i of upward) {
      const parent = base + (parentOf[i] ?? 0);
      n[parent] = (n[parent] ?? 0) + (n[base + i] ?? 0);
      dk[parent] = (dk[parent] ?? 0) + (dk[base + i] ?? 0);
    }
  }
  const equations: { total: number; parts: number[] }[] = [];
  for (let l = 0; l < layers.length; l += 1) {
    for (const { parent, kids } of index.families) {
      equations.push({ total: l * size + parent, parts: kids.map((k) => l * size + k) });
    }
  }
  for (const s of sums) {
    const total = layerIndex.get(s.total) ?? 0;
    const parts = s.parts.map((p) => layerIndex.get(p) ?? 0);
    for (let i = 0; i < size; i += 1) {
      equations.push({ total: total * size + i, parts: parts.map((l) => l * size + i) });
    }
  }
  const status = suppressIndexed({ n, dk, equations }, minN);
  const at = (layer: string, node: string) => {
    const l = layerIndex.get(layer);
    const i = index.nodeIndex.get(node);
    return l === undefined || i === undefined ? -1 : l * size + i;
  };
  let own: Map<string, ReadonlyMap<string, Cell>> | undefined;
  const totals = new Map<string, Map<string, Cell>>();
  return {
    status: (layer, node) => status[at(layer, node)] ?? 'empty',
    count: (layer, node) => n[at(layer, node)] ?? 0,
    totals: (layer) => {
      if (!layerIndex.has(layer)) return undefined;
      let out = totals.get(layer);
      if (!out) {
        own ??= withSums(input.own, order);
        out = subtreeTotals(tree, own.get(layer) ?? new Map());
        totals.set(layer, out);
      }
      return out;
    },
  };
}
