import { type CellStatus, suppressSmallCells, type UnitCount } from '../../shared/stats/index.ts';
import { addCells, addInto, type Cell, emptyCell } from './cells.ts';
import { NO_UNIT_ID } from './tables.ts';

/** The municipality as a whole: the virtual root above the top-level units. */
export const ROOT_ID = 'municipality';

export interface TreeUnit {
  id: string;
  parentId: string | null;
  name: string;
}

export interface UnitTree {
  units: Map<string, TreeUnit>;
  children: Map<string, string[]>;
}

/**
 * The organisation as a tree under `ROOT_ID`. Archived units stay in it (their history counts);
 * a unit whose parent is unknown hangs under the root.
 */
export function buildTree(units: readonly TreeUnit[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, string[]>([[ROOT_ID, []]]);
  for (const u of units) {
    const parent = u.parentId && byId.has(u.parentId) ? u.parentId : ROOT_ID;
    const list = children.get(parent) ?? [];
    list.push(u.id);
    children.set(parent, list);
  }
  return { units: byId, children };
}

/** The node and everything below it, the node first. */
export function descendants(tree: UnitTree, id: string): string[] {
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    out.push(next);
    stack.push(...(tree.children.get(next) ?? []));
  }
  return out;
}

/** Leaf units at or below a node (the "all units" comparison level). */
export function leaves(tree: UnitTree, id: string): string[] {
  return descendants(tree, id).filter((u) => u !== ROOT_ID && (tree.children.get(u) ?? []).length === 0);
}

/**
 * Each node's total: its own answers plus all below it. The root also holds answers given without a
 * unit. `own` maps unit ids (and `NO_UNIT_ID`) to cells.
 */
export function subtreeTotals(tree: UnitTree, own: ReadonlyMap<string, Cell>): Map<string, Cell> {
  const totals = new Map<string, Cell>();
  const visit = (id: string): Cell => {
    // A new cell per node, summed in place: `own`'s cells are never modified.
    const total = addCells(emptyCell(), own.get(id === ROOT_ID ? NO_UNIT_ID : id) ?? emptyCell());
    for (const child of tree.children.get(id) ?? []) addInto(total, visit(child));
    totals.set(id, total);
    return total;
  };
  visit(ROOT_ID);
  return totals;
}

/** Small-group status of every node, with complementary suppression (shared/stats). */
export function treeStatuses(
  tree: UnitTree,
  totals: ReadonlyMap<string, Cell>,
  minN: number,
): Record<string, CellStatus> {
  const toCount = (id: string): UnitCount => {
    const cell = totals.get(id) ?? emptyCell();
    return {
      id,
      n: cell.n,
      dontKnow: cell.dontKnow,
      children: (tree.children.get(id) ?? []).map(toCount),
    };
  };
  return suppressSmallCells(toCount(ROOT_ID), minN);
}
