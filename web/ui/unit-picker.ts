import { flattenTree, type Tree, type TreeItem } from '../units/tree.ts';

/**
 * What the unit picker opens before anyone expands or collapses: the top two levels, and the parents of every
 * chosen unit, so what is chosen is visible. Walks the built tree, so a parent cycle in the data cannot hang it.
 */
export function initiallyOpen<T extends TreeItem>(tree: Tree<T>, selected: readonly string[]): Set<string> {
  const open = new Set<string>();
  for (const root of tree.roots) {
    open.add(root.item.id);
    for (const child of root.children) open.add(child.item.id);
  }
  for (const id of selected) for (const parent of ancestors(tree, id)) open.add(parent);
  return open;
}

/** The units whose name contains `query` and their parents (so each match shows where it sits); null without a query. */
export function searchMatches<T extends TreeItem>(tree: Tree<T>, query: string): Set<string> | null {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return null;
  const keep = new Set<string>();
  for (const node of tree.byId.values()) {
    if (!node.item.name.toLocaleLowerCase().includes(q)) continue;
    keep.add(node.item.id);
    for (const parent of ancestors(tree, node.item.id)) keep.add(parent);
  }
  return keep;
}

/** The ids above a unit in the built tree (orphans and cycle members are roots there, so this ends). */
function ancestors<T extends TreeItem>(tree: Tree<T>, id: string): string[] {
  const out: string[] = [];
  let node = tree.byId.get(id);
  while (node && !node.orphan && !node.inCycle && node.item.parentId !== null) {
    const parentId: string = node.item.parentId;
    if (out.includes(parentId)) break;
    out.push(parentId);
    node = tree.byId.get(parentId);
  }
  return out;
}

/**
 * Where a unit sits, for showing one chosen unit: its name after its parents' ("Jobcenter › Ydelse"). The
 * municipality at the top is left out when it is the only root, as every path would start with it.
 */
export function unitPath<T extends TreeItem>(tree: Tree<T>, id: string): string {
  const node = tree.byId.get(id);
  if (!node) return '';
  const above = ancestors(tree, id)
    .reverse()
    .map((parentId) => tree.byId.get(parentId))
    .filter((n) => n !== undefined);
  const names = [...above, node].map((n) => n.item.name);
  const dropRoot = tree.roots.length === 1 && names.length > 1 && above[0] === tree.roots[0];
  return (dropRoot ? names.slice(1) : names).join(' › ');
}

/**
 * The unit Enter in the search box chooses: a name equal to the query, else the first name containing it in
 * tree order; only among `choosable` when given. Null without a query or a match.
 */
export function bestMatch<T extends TreeItem>(
  tree: Tree<T>,
  query: string,
  choosable?: ReadonlySet<string>,
): string | null {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return null;
  const candidates = flattenTree(tree.roots).filter((n) => !choosable || choosable.has(n.item.id));
  const name = (n: (typeof candidates)[number]) => n.item.name.toLocaleLowerCase();
  const found = candidates.find((n) => name(n) === q) ?? candidates.find((n) => name(n).includes(q));
  return found ? found.item.id : null;
}
