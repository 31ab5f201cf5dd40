import { describe, expect, it } from 'vitest';
import { buildTree } from '../units/tree.ts';
import { bestMatch, initiallyOpen, searchMatches, unitPath } from './unit-picker.ts';

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

  it('names one chosen unit by its path, without the single municipality at the top', () => {
    const tree = buildTree(units);
    expect(unitPath(tree, 'a11')).toBe('Borgerservice › Pas og kørekort › Skranke');
    expect(unitPath(tree, 'a')).toBe('Borgerservice');
    expect(unitPath(tree, 'root')).toBe('Kommune');
    expect(unitPath(tree, 'gone')).toBe('');
  });

  it('keeps the top of the path when there are several roots, and ends on a cycle', () => {
    const twoRoots = buildTree([...units, { id: 'b', name: 'Andet', parentId: null }]);
    expect(unitPath(twoRoots, 'a1')).toBe('Kommune › Borgerservice › Pas og kørekort');
    const cyclic = buildTree([
      { id: 'x', name: 'X', parentId: 'y' },
      { id: 'y', name: 'Y', parentId: 'x' },
      { id: 'z', name: 'Zeta', parentId: 'x' },
    ]);
    expect(unitPath(cyclic, 'z')).toBe('X › Zeta');
  });

  it('lets Enter choose an exact name first, then the first containing match, among the choosable', () => {
    const tree = buildTree([...units, { id: 'b', name: 'Skranke syd', parentId: 'root' }]);
    expect(bestMatch(tree, 'skranke')).toBe('a11');
    expect(bestMatch(tree, 'kran')).toBe('a11');
    expect(bestMatch(tree, 'kran', new Set(['b']))).toBe('b');
    expect(bestMatch(tree, 'service', new Set(['a11']))).toBeNull();
    expect(bestMatch(tree, ' ')).toBeNull();
  });
});
