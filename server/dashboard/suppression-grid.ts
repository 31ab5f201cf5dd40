import type { CellStatus } from '../../shared/stats/index.ts';
import { addInto, type Cell, emptyCell } from './cells.ts';
import { suppressIndexed } from './cross-suppression.ts';
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
  const layers = [...new Set<string>([...own.keys(), ...sums.flatMap((s) => [s.total, ...s.parts])])];
  for (const layer of layers) totals.set(layer, subtreeTotals(tree, own.get(layer) ?? new Map()));
  // Cells by number (layer × node), nodes in id order so that ties break as in shared/stats.
  const nodes = [...(totals.get(layers[0] ?? '')?.keys() ?? [])].sort((a, b) => a.localeCompare(b));
  const nodeIndex = new Map(nodes.map((node, i) => [node, i]));
  const layerIndex = new Map(layers.map((layer, i) => [layer, i]));
  const size = nodes.length;
  const n: number[] = new Array(layers.length * size).fill(0);
  const dk: number[] = new Array(layers.length * size).fill(0);
  layers.forEach((layer, l) => {
    for (const [node, cell] of totals.get(layer) ?? []) {
      const i = l * size + (nodeIndex.get(node) ?? 0);
      n[i] = cell.n;
      dk[i] = cell.dontKnow;
    }
  });
  const equations: { total: number; parts: number[] }[] = [];
  const parents = [...tree.children]
    .filter(([, kids]) => kids.length > 0)
    .map(([parent, kids]) => ({
      parent: nodeIndex.get(parent) ?? 0,
      kids: kids.map((k) => nodeIndex.get(k) ?? 0),
    }));
  for (let l = 0; l < layers.length; l += 1) {
    for (const { parent, kids } of parents) {
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
  return {
    totals,
    status: (layer, node) => {
      const l = layerIndex.get(layer);
      const i = nodeIndex.get(node);
      return l === undefined || i === undefined ? 'empty' : (status[l * size + i] ?? 'empty');
    },
  };
}
