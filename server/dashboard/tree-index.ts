import { NO_UNIT_ID } from './tables.ts';
import { descendants, ROOT_ID, type UnitTree } from './tree.ts';

/** A unit tree numbered for the suppression grid: what every grid over the same tree shares. */
export interface TreeIndex {
  /** Every node under the root (the root included), in id order, so ties break as in shared/stats. */
  nodes: readonly string[];
  nodeIndex: ReadonlyMap<string, number>;
  /** The node an own cell belongs to: a unit's id, or NO_UNIT_ID for the root (answers without a unit). */
  ownIndex: ReadonlyMap<string, number>;
  /** The parent of each node (the root's is itself; it is never read). */
  parentOf: readonly number[];
  /** Every node but the root, each before its parent: adding each into its parent in this order sums subtrees. */
  upward: readonly number[];
  /** Each parent with its children, in the tree's order: one equation per layer each. */
  families: readonly { parent: number; kids: readonly number[] }[];
}

const cache = new WeakMap<UnitTree, TreeIndex>();

/**
 * The index of a tree, built once per tree: a tree is never changed after `buildTree`, and the
 * dashboard keeps it between requests in the municipality's snapshot, so sorting its ids and building
 * the maps is paid once per snapshot rather than once per item and request.
 */
export function treeIndex(tree: UnitTree): TreeIndex {
  const cached = cache.get(tree);
  if (cached) return cached;
  const preorder = descendants(tree, ROOT_ID);
  const nodes = [...preorder].sort((a, b) => a.localeCompare(b));
  const nodeIndex = new Map(nodes.map((node, i) => [node, i]));
  const ownIndex = new Map(nodes.map((node, i) => [node === ROOT_ID ? NO_UNIT_ID : node, i]));
  const parentOf: number[] = nodes.map((_, i) => i);
  for (const [parent, kids] of tree.children) {
    const p = nodeIndex.get(parent);
    if (p === undefined) continue;
    for (const kid of kids) {
      const k = nodeIndex.get(kid);
      if (k !== undefined) parentOf[k] = p;
    }
  }
  // In preorder every node comes before all below it; reversed, every node comes before its parent.
  const upward = preorder
    .filter((node) => node !== ROOT_ID)
    .reverse()
    .map((node) => nodeIndex.get(node) ?? 0);
  // `?? 0` for a node outside the root's tree (a parent loop) as the grid always did.
  const families = [...tree.children]
    .filter(([, kids]) => kids.length > 0)
    .map(([parent, kids]) => ({
      parent: nodeIndex.get(parent) ?? 0,
      kids: kids.map((k) => nodeIndex.get(k) ?? 0),
    }));
  const index = { nodes, nodeIndex, ownIndex, parentOf, upward, families };
  cache.set(tree, index);
  return index;
}
