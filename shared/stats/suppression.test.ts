import { describe, expect, it } from 'vitest';
import { suppressSmallCells, type UnitCount } from './suppression.ts';

const leaf = (id: string, n: number, dontKnow = 0): UnitCount => ({ id, n, dontKnow });
const unit = (id: string, children: UnitCount[], extra = { n: 0, dontKnow: 0 }): UnitCount => ({
  id,
  n: children.reduce((s, c) => s + c.n, extra.n),
  dontKnow: children.reduce((s, c) => s + (c.dontKnow ?? 0), extra.dontKnow),
  children,
});

describe('suppressSmallCells', () => {
  it('shows a unit exactly at the threshold and hides one below', () => {
    const s = suppressSmallCells(unit('k', [leaf('a', 5), leaf('b', 5), leaf('c', 6)]));
    expect(s).toEqual({ k: 'shown', a: 'shown', b: 'shown', c: 'shown' });
    expect(suppressSmallCells(leaf('x', 4))).toEqual({ x: 'suppressed' });
    expect(suppressSmallCells(leaf('x', 3), 3)).toEqual({ x: 'shown' });
  });

  it('treats n = 0 as empty and n = 1 as suppressed', () => {
    const s = suppressSmallCells(
      unit('k', [leaf('empty', 0), leaf('one', 1), leaf('big', 10), leaf('big2', 12)]),
    );
    expect(s.empty).toBe('empty');
    expect(s.one).toBe('suppressed');
    // "one" alone could be recovered as k − big − big2, so the smallest shown sibling is hidden too.
    expect(s.big).toBe('complementary');
    expect(s.big2).toBe('shown');
    expect(s.k).toBe('shown');
  });

  it('does not use an empty sibling as complement', () => {
    const s = suppressSmallCells(unit('k', [leaf('zero', 0), leaf('two', 2), leaf('nine', 9)]));
    expect(s).toEqual({ k: 'shown', zero: 'empty', two: 'suppressed', nine: 'complementary' });
  });

  it('needs no complement when the hidden siblings together reach minN', () => {
    const s = suppressSmallCells(unit('k', [leaf('a', 2), leaf('b', 3), leaf('c', 20)]));
    expect(s).toEqual({ k: 'shown', a: 'suppressed', b: 'suppressed', c: 'shown' });
  });

  it('protects answers given directly to the parent (parent minus its children)', () => {
    // 2 answers belong to no team: k − a − b would reveal them, so a child is hidden.
    const s = suppressSmallCells(unit('k', [leaf('a', 8), leaf('b', 9)], { n: 2, dontKnow: 0 }));
    expect(s).toEqual({ k: 'shown', a: 'complementary', b: 'shown' });
    // 6 direct answers are a pool of their own: nothing to add.
    const ok = suppressSmallCells(unit('k', [leaf('a', 8), leaf('b', 9)], { n: 6, dontKnow: 0 }));
    expect(ok.a).toBe('shown');
  });

  it('handles units where everybody answered "ved ikke"', () => {
    const alone = suppressSmallCells(unit('k', [leaf('dk6', 0, 6), leaf('c', 10)]));
    expect(alone.dk6).toBe('shown'); // only its 100 % "ved ikke" share is shown
    const s = suppressSmallCells(
      unit('k', [leaf('dk6', 0, 6), leaf('dk2', 0, 2), leaf('c', 10), leaf('d', 11)]),
    );
    expect(s.dk2).toBe('suppressed');
    // k − dk6 − c − d would reveal that 2 people in dk2 said "ved ikke". The cheapest complement is the
    // sibling with no valid answers, so no mean is lost.
    expect(s).toMatchObject({ dk6: 'complementary', c: 'shown', d: 'shown' });
    expect(suppressSmallCells(unit('k', [leaf('dk2', 0, 2), leaf('c', 10)])).c).toBe('complementary');
  });

  it('works through several levels and hides a small root', () => {
    const tree = unit('k', [unit('area1', [leaf('t1', 3), leaf('t2', 7)]), unit('area2', [leaf('t3', 20)])]);
    const s = suppressSmallCells(tree);
    expect(s).toEqual({
      k: 'shown',
      area1: 'shown',
      t1: 'suppressed',
      t2: 'complementary',
      area2: 'shown',
      t3: 'shown',
    });
    expect(suppressSmallCells(unit('k', [leaf('a', 1), leaf('b', 2)]))).toEqual({
      k: 'suppressed',
      a: 'suppressed',
      b: 'suppressed',
    });
  });

  it('validates minN and the tree', () => {
    expect(() => suppressSmallCells(leaf('x', 1), 2)).toThrow(RangeError);
    expect(() => suppressSmallCells(leaf('x', 1), 21)).toThrow(RangeError);
    expect(() => suppressSmallCells(unit('k', [leaf('k', 5)]))).toThrow(/duplicate/);
    expect(() => suppressSmallCells({ id: 'k', n: 3, children: [leaf('a', 5)] })).toThrow(/add up/);
  });
});
