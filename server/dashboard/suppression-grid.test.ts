import { describe, expect, it } from 'vitest';
import type { CellStatus } from '../../shared/stats/index.ts';
import { addInto, type Cell, emptyCell } from './cells.ts';
import { suppressIndexed } from './cross-suppression.ts';
import { filterAxes, gridSums } from './layers.ts';
import { type GridInput, suppressGrid } from './suppression-grid.ts';
import { NO_UNIT_ID } from './tables.ts';
import { buildTree, ROOT_ID, subtreeTotals, type TreeUnit } from './tree.ts';

/**
 * The grid as it was before the flat-array version (commit 393bc9e): a cell object per node and layer,
 * nodes sorted per call. The new one must decide every status and every total exactly as this does.
 */
function reference(input: GridInput) {
  const { tree, sums, minN } = input;
  const own = new Map(input.own);
  const pending = sums.filter((s) => !own.has(s.total));
  const waiting = new Set(pending.map((s) => s.total));
  while (pending.length > 0) {
    const i = pending.findIndex((s) => s.parts.every((p) => !waiting.has(p)));
    const next = pending.splice(i, 1)[0];
    if (!next) throw new Error('circle');
    const sum = new Map<string, Cell>();
    for (const part of next.parts) {
      for (const [unit, cell] of own.get(part) ?? []) {
        const acc = sum.get(unit) ?? emptyCell();
        addInto(acc, cell);
        sum.set(unit, acc);
      }
    }
    own.set(next.total, sum);
    waiting.delete(next.total);
  }
  const totals = new Map<string, Map<string, Cell>>();
  const layers = [...new Set<string>([...own.keys(), ...sums.flatMap((s) => [s.total, ...s.parts])])];
  for (const layer of layers) totals.set(layer, subtreeTotals(tree, own.get(layer) ?? new Map()));
  const nodes = [...(totals.get(layers[0] ?? '')?.keys() ?? [])].sort((a, b) => a.localeCompare(b));
  const nodeIndex = new Map(nodes.map((node, i) => [node, i]));
  const size = nodes.length;
  const n: number[] = new Array(layers.length * size).fill(0);
  const dk: number[] = new Array(layers.length * size).fill(0);
  layers.forEach((layer, l) => {
    for (const [node, cell] of totals.get(layer) ?? []) {
      n[l * size + (nodeIndex.get(node) ?? 0)] = cell.n;
      dk[l * size + (nodeIndex.get(node) ?? 0)] = cell.dontKnow;
    }
  });
  const equations: { total: number; parts: number[] }[] = [];
  const parents = [...tree.children]
    .filter(([, kids]) => kids.length > 0)
    .map(([p, kids]) => ({ parent: nodeIndex.get(p) ?? 0, kids: kids.map((k) => nodeIndex.get(k) ?? 0) }));
  layers.forEach((_, l) => {
    for (const { parent, kids } of parents)
      equations.push({ total: l * size + parent, parts: kids.map((k) => l * size + k) });
  });
  for (const s of sums) {
    const total = layers.indexOf(s.total);
    const parts = s.parts.map((p) => layers.indexOf(p));
    for (let i = 0; i < size; i += 1)
      equations.push({ total: total * size + i, parts: parts.map((l) => l * size + i) });
  }
  const status = suppressIndexed({ n, dk, equations }, minN);
  return {
    layers,
    nodes,
    totals,
    status: (l: number, i: number): CellStatus => status[l * size + i] ?? 'empty',
  };
}

/** Deterministic pseudo-random numbers (the test must repeat). */
function random(seed: number) {
  let x = seed;
  return (k: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % k;
  };
}

function randomGrid(seed: number): GridInput {
  const r = random(seed);
  const units: TreeUnit[] = [];
  for (let i = 0; i < 3 + r(25); i += 1) {
    const parent = i > 0 && r(3) > 0 ? (units[r(i)]?.id ?? null) : null;
    units.push({ id: `u${r(1000)}-${i}`, parentId: parent, name: `U${i}` });
  }
  const tree = buildTree(units);
  const buckets = Array.from({ length: 1 + r(6) }, (_, i) => `2026-0${i + 1}-01`);
  const perChannel = r(2) === 1;
  const bySelection = r(3) === 1;
  const axes = [{ parts: buckets, total: '' }, ...filterAxes(perChannel, bySelection)];
  const sums = gridSums(axes);
  const read = gridSums(axes.map((a) => ({ parts: a.parts, total: null })));
  // The read layers: every combination of parts (what SQL returns), sometimes with gaps.
  const readLayers = read.length > 0 ? read.map((s) => s.total) : [];
  const keys = [...new Set([...readLayers, ...axesParts(axes)])];
  const own = new Map<string, Map<string, Cell>>();
  for (const layer of keys) {
    if (r(5) === 0) continue;
    const cells = new Map<string, Cell>();
    for (const u of [...units.map((u) => u.id), NO_UNIT_ID, 'not-in-tree']) {
      if (r(3) === 0) continue;
      const n = r(9);
      const values = Array.from({ length: n }, () => 1 + r(5) + r(3) / 3);
      cells.set(u, {
        n,
        sum: values.reduce((a, b) => a + b, 0),
        sumSq: values.reduce((a, b) => a + b * b, 0),
        dontKnow: r(3),
        counts: [1, 2, 3, 4, 5, 6].map((k) => values.filter((v) => Math.floor(v) === k).length),
      });
    }
    own.set(layer, cells);
  }
  return { tree, own, sums, minN: 3 + r(3) };
}

/** Every combination of one part per axis, joined as layer keys. */
function axesParts(axes: { parts: readonly string[] }[]): string[] {
  return axes.reduce<string[]>(
    (acc, a) => acc.flatMap((k) => a.parts.map((p) => (k ? `${k}|${p}` : p))),
    [''],
  );
}

describe('suppressGrid', () => {
  it('decides every status and total exactly as the cell-object version did', () => {
    const seen = new Set<CellStatus>();
    for (let seed = 1; seed <= 300; seed += 1) {
      const input = randomGrid(seed);
      const grid = suppressGrid(input);
      const ref = reference(input);
      const cells = ref.layers.flatMap((layer, l) => ref.nodes.map((node, i) => ({ layer, node, l, i })));
      const statuses = cells.map((c) => grid.status(c.layer, c.node));
      expect(statuses, `seed ${seed}`).toEqual(cells.map((c) => ref.status(c.l, c.i)));
      expect(cells.map((c) => grid.count(c.layer, c.node))).toEqual(
        cells.map((c) => ref.totals.get(c.layer)?.get(c.node)?.n),
      );
      for (const layer of ref.layers)
        expect(grid.totals(layer), `seed ${seed}`).toEqual(ref.totals.get(layer));
      expect(grid.status('no such layer', ROOT_ID)).toBe('empty');
      expect(grid.totals('no such layer')).toBeUndefined();
      for (const s of statuses) seen.add(s);
    }
    // The generated grids reach every rule: small cells, their protection, and empty ones.
    expect([...seen].sort()).toEqual(['complementary', 'empty', 'shown', 'suppressed']);
  });
});
