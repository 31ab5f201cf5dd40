import { describe, expect, it } from 'vitest';
import { buildTree } from '../units/tree.ts';
import { initiallyOpen, searchMatches } from './unit-picker.ts';

const units = [
  { id: 'root', name: 'Kommune', parentId: null },
  { id: 'a', name: 'Borgerservice', parentId: 'root' },
  { id: 'a1', name: 'Pas og kørekort', parentId: 'a' },
  { id: 'a11', name: 'Skranke', parentId: 'a1' },
];

describe('unit picker logic', () => {
  it('opens the top two levels and the parents of chosen units', () => {
    expect([...initiallyOpen(buildTree(units), [])].sort()).toEqual(['a', 'root']);
    expect([...initiallyOpen(buildTree(units), ['a11'])].sort()).toEqual(['a', 'a1', 'root']);
  });

  it('keeps search matches and their parents', () => {
    expect([...(searchMatches(buildTree(units), 'skranke') ?? [])].sort()).toEqual([
      'a',
      'a1',
      'a11',
      'root',
    ]);
    expect(searchMatches(buildTree(units), '  ')).toBeNull();
  });

  it('ends on a parent cycle in the data instead of hanging', () => {
    const cyclic = [
      { id: 'x', name: 'X', parentId: 'y' },
      { id: 'y', name: 'Y', parentId: 'x' },
      { id: 'z', name: 'Zeta', parentId: 'x' },
    ];
    const tree = buildTree(cyclic);
    expect([...(searchMatches(tree, 'zeta') ?? [])].sort()).toEqual(['x', 'z']);
    expect(initiallyOpen(tree, ['z']).has('x')).toBe(true);
  });
});
