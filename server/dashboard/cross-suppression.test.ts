import { describe, expect, it } from 'vitest';
import { suppressSmallCells, type UnitCount } from '../../shared/stats/index.ts';
import { type Count, type Equation, suppressAcross } from './cross-suppression.ts';

/** A tree as cells and parent = Σ children equations. */
function flatten(root: UnitCount) {
  const cells = new Map<string, Count>();
  const equations: Equation[] = [];
  const visit = (u: UnitCount) => {
    cells.set(u.id, { n: u.n, dontKnow: u.dontKnow ?? 0 });
    const kids = u.children ?? [];
    if (kids.length > 0) equations.push({ total: u.id, parts: kids.map((k) => k.id) });
    kids.forEach(visit);
  };
  visit(root);
  return { cells, equations };
}

const leaf = (id: string, n: number, dontKnow = 0): UnitCount => ({ id, n, dontKnow });

describe('suppressAcross', () => {
  it('decides a one-level tree exactly like shared/stats', () => {
    // Deterministic pseudo-random leaves (no Math.random: the test must repeat).
    for (let seed = 1; seed <= 200; seed += 1) {
      const kids = Array.from({ length: 2 + (seed % 5) }, (_, i) =>
        leaf(`u${i}`, (seed * (i + 7)) % 13, (seed + i) % 3),
      );
      const own = seed % 4;
      const root: UnitCount = {
        id: 'root',
        n: kids.reduce((s, k) => s + k.n, own),
        dontKnow: kids.reduce((s, k) => s + (k.dontKnow ?? 0), 0),
        children: kids,
      };
      const { cells, equations } = flatten(root);
      expect(Object.fromEntries(suppressAcross(cells, equations, 5)), `seed ${seed}`).toEqual(
        suppressSmallCells(root, 5),
      );
    }
  });

  it('does not let a hidden department be recomputed from its shown units', () => {
    // B (3) is hidden; A is hidden with it (root − A = B). A has no answers of its own, so A1 + A2
    // would give A back: one of them is hidden too.
    const root: UnitCount = {
      id: 'root',
      n: 23,
      children: [{ id: 'A', n: 20, children: [leaf('A1', 10), leaf('A2', 10)] }, leaf('B', 3)],
    };
    const { cells, equations } = flatten(root);
    const s = suppressAcross(cells, equations, 5);
    expect(s.get('B')).toBe('suppressed');
    expect(s.get('A')).toBe('complementary');
    expect([s.get('A1'), s.get('A2')].sort()).toEqual(['complementary', 'shown']);
  });

  it('protects two crossing partitions together (units × channels)', () => {
    // all = link + qr for units x, y and their parent p. x's qr (2) is hidden.
    const cells = new Map<string, Count>(
      Object.entries({
        'p|*': 30,
        'p|link': 18,
        'p|qr': 12,
        'x|*': 8,
        'x|link': 6,
        'x|qr': 2,
        'y|*': 22,
        'y|link': 12,
        'y|qr': 10,
      }).map(([k, n]) => [k, { n, dontKnow: 0 }]),
    );
    const equations: Equation[] = ['*', 'link', 'qr'].map((c) => ({
      total: `p|${c}`,
      parts: [`x|${c}`, `y|${c}`],
    }));
    for (const u of ['p', 'x', 'y']) equations.push({ total: `${u}|*`, parts: [`${u}|link`, `${u}|qr`] });
    const s = suppressAcross(cells, equations, 5);
    expect(s.get('x|qr')).toBe('suppressed');
    expect(s.get('x|link')).toBe('complementary'); // else x|* − x|link
    expect(s.get('y|qr')).toBe('complementary'); // else p|qr − y|qr
    expect(s.get('y|link')).toBe('complementary'); // else y|* − y|qr… and p|link − y|link
  });
});
