import { describe, expect, it } from 'vitest';
import { buildTree, flattenTree, optionLabels, subtreeIds, visibleNodes } from './tree.ts';

const item = (id: string, parentId: string | null, name = id) => ({ id, parentId, name });

describe('buildTree', () => {
  it('nests children under parents and sorts siblings by Danish collation', () => {
    const tree = buildTree([
      item('c', 'a', 'Åbo skole'),
      item('a', null, 'Børn og Unge'),
      item('d', 'a', 'Ansgar skole'),
      item('b', null, 'Ældre'),
      item('e', 'd', 'Indskoling'),
    ]);
    expect(tree.roots.map((n) => n.item.name)).toEqual(['Børn og Unge', 'Ældre']);
    const first = tree.roots[0];
    expect(first?.children.map((n) => n.item.name)).toEqual(['Ansgar skole', 'Åbo skole']);
    expect(tree.byId.get('e')?.depth).toBe(2);
    expect(flattenTree(tree.roots).map((n) => n.item.id)).toEqual(['a', 'd', 'e', 'c', 'b']);
    expect(tree.hasOrphans).toBe(false);
    expect(tree.hasCycles).toBe(false);
  });

  it('shows orphans at the top level, flagged, with their own children intact', () => {
    const tree = buildTree([item('a', 'missing'), item('b', 'a'), item('r', null)]);
    expect(tree.roots.map((n) => n.item.id).sort()).toEqual(['a', 'r']);
    expect(tree.byId.get('a')?.orphan).toBe(true);
    expect(tree.byId.get('b')?.orphan).toBe(false);
    expect(tree.byId.get('b')?.depth).toBe(1);
    expect(tree.hasOrphans).toBe(true);
  });

  it('breaks cycles without losing or repeating any node', () => {
    const items = [item('a', 'c'), item('b', 'a'), item('c', 'b'), item('x', 'a'), item('self', 'self')];
    const tree = buildTree(items);
    const flat = flattenTree(tree.roots).map((n) => n.item.id);
    expect(flat.sort()).toEqual(['a', 'b', 'c', 'self', 'x']);
    expect(tree.hasCycles).toBe(true);
    for (const id of ['a', 'b', 'c', 'self']) expect(tree.byId.get(id)?.inCycle).toBe(true);
    expect(tree.byId.get('x')?.inCycle).toBe(false);
    expect(tree.roots.map((n) => n.item.id).sort()).toEqual(['a', 'b', 'c', 'self']);
  });

  it('ignores duplicate ids and handles an empty list', () => {
    expect(buildTree([]).roots).toEqual([]);
    const tree = buildTree([item('a', null, 'First'), item('a', null, 'Second')]);
    expect(tree.roots).toHaveLength(1);
    expect(tree.roots[0]?.item.name).toBe('First');
  });
});

describe('subtreeIds', () => {
  it('contains the node and all its descendants, not its siblings', () => {
    const tree = buildTree([item('a', null), item('b', 'a'), item('c', 'b'), item('d', null)]);
    const a = tree.byId.get('a');
    expect(a && [...subtreeIds(a)].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('optionLabels', () => {
  it('uses plain names and adds the parent only to tell equal names apart', () => {
    const tree = buildTree([
      item('a', null, 'Børn og Unge'),
      item('b', null, 'Ældre'),
      item('s1', 'a', 'Sekretariat'),
      item('s2', 'b', 'Sekretariat'),
      item('j', 'a', 'Jobcenter'),
    ]);
    const labels = optionLabels(flattenTree(tree.roots), tree.byId);
    expect(labels.get('j')).toBe('Jobcenter');
    expect(labels.get('s1')).toBe('Sekretariat (Børn og Unge)');
    expect(labels.get('s2')).toBe('Sekretariat (Ældre)');
  });
});

describe('visibleNodes', () => {
  it('skips the descendants of collapsed nodes only', () => {
    const tree = buildTree([item('a', null), item('b', 'a'), item('c', 'b'), item('d', null)]);
    expect(visibleNodes(tree.roots, new Set()).map((n) => n.item.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(visibleNodes(tree.roots, new Set(['b'])).map((n) => n.item.id)).toEqual(['a', 'b', 'd']);
    expect(visibleNodes(tree.roots, new Set(['a'])).map((n) => n.item.id)).toEqual(['a', 'd']);
  });
});
