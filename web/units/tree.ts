/** Anything with an id and an optional parent: units from the API, or test fixtures. */
export interface TreeItem {
  id: string;
  parentId: string | null;
  name: string;
}

export interface TreeNode<T extends TreeItem> {
  item: T;
  children: TreeNode<T>[];
  depth: number;
  /** The parent id points to an item not in the list (archived, deleted, or not visible to this user). */
  orphan: boolean;
  /** The item's parent chain loops back to itself; its parent link is ignored so it can still be shown. */
  inCycle: boolean;
}

export interface Tree<T extends TreeItem> {
  roots: TreeNode<T>[];
  /** Every node, by id, for quick lookups from a selection. */
  byId: Map<string, TreeNode<T>>;
  hasOrphans: boolean;
  hasCycles: boolean;
}

const defaultCollator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/**
 * Builds a tree from a flat, parent-pointing list. The server prevents cycles, but the UI must not hang or
 * lose units if data is ever inconsistent: orphans and the members of a cycle become roots, flagged so the
 * page can point them out. Siblings are sorted by name with `collator` (Danish rules put æ, ø, å last).
 */
export function buildTree<T extends TreeItem>(
  items: readonly T[],
  collator: Intl.Collator = defaultCollator,
): Tree<T> {
  const byId = new Map<string, TreeNode<T>>();
  for (const item of items) {
    if (!byId.has(item.id))
      byId.set(item.id, { item, children: [], depth: 0, orphan: false, inCycle: false });
  }
  markOrphansAndCycles(byId);

  const roots: TreeNode<T>[] = [];
  for (const node of byId.values()) {
    const parent =
      node.orphan || node.inCycle || node.item.parentId === null ? undefined : byId.get(node.item.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sortAndDepth = (nodes: TreeNode<T>[], depth: number): void => {
    nodes.sort((a, b) => collator.compare(a.item.name, b.item.name));
    for (const node of nodes) {
      node.depth = depth;
      sortAndDepth(node.children, depth + 1);
    }
  };
  sortAndDepth(roots, 0);
  const all = [...byId.values()];
  return { roots, byId, hasOrphans: all.some((n) => n.orphan), hasCycles: all.some((n) => n.inCycle) };
}

/** Walks each parent chain once; a node met again on the current walk closes a cycle. */
function markOrphansAndCycles<T extends TreeItem>(byId: Map<string, TreeNode<T>>): void {
  const done = new Set<string>();
  for (const start of byId.values()) {
    const path: TreeNode<T>[] = [];
    const onPath = new Set<string>();
    let node: TreeNode<T> | undefined = start;
    while (node && !done.has(node.item.id)) {
      if (onPath.has(node.item.id)) {
        const loopStart = path.indexOf(node);
        for (const member of path.slice(loopStart)) member.inCycle = true;
        break;
      }
      path.push(node);
      onPath.add(node.item.id);
      const parentId: string | null = node.item.parentId;
      if (parentId === null) break;
      const parent = byId.get(parentId);
      if (!parent) {
        node.orphan = true;
        break;
      }
      node = parent;
    }
    for (const visited of path) done.add(visited.item.id);
  }
}

/** The nodes in display order (depth first), e.g. for an indented `<select>`. */
export function flattenTree<T extends TreeItem>(roots: readonly TreeNode<T>[]): TreeNode<T>[] {
  const out: TreeNode<T>[] = [];
  const visit = (nodes: readonly TreeNode<T>[]) => {
    for (const node of nodes) {
      out.push(node);
      visit(node.children);
    }
  };
  visit(roots);
  return out;
}

/** The ids of a node and everything below it: a unit cannot be moved under any of these. */
export function subtreeIds<T extends TreeItem>(node: TreeNode<T>): Set<string> {
  return new Set(flattenTree([node]).map((n) => n.item.id));
}

/**
 * Option texts for choosing a unit: the plain name, so the list reads (and is found) by name, with the
 * parent's name added only when two units share a name ("Sekretariat (Børn og Unge)").
 */
export function optionLabels<T extends TreeItem>(
  nodes: readonly TreeNode<T>[],
  byId: Map<string, TreeNode<T>>,
): Map<string, string> {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.item.name, (counts.get(node.item.name) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const node of nodes) {
    const parentName = node.item.parentId ? byId.get(node.item.parentId)?.item.name : undefined;
    const duplicate = (counts.get(node.item.name) ?? 0) > 1;
    labels.set(node.item.id, duplicate && parentName ? `${node.item.name} (${parentName})` : node.item.name);
  }
  return labels;
}

/** The nodes a person can currently reach with the arrow keys: everything not inside a collapsed node. */
export function visibleNodes<T extends TreeItem>(
  roots: readonly TreeNode<T>[],
  collapsed: ReadonlySet<string>,
): TreeNode<T>[] {
  const out: TreeNode<T>[] = [];
  const visit = (nodes: readonly TreeNode<T>[]) => {
    for (const node of nodes) {
      out.push(node);
      if (!collapsed.has(node.item.id)) visit(node.children);
    }
  };
  visit(roots);
  return out;
}
