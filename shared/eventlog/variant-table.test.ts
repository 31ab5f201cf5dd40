import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuantileSummary } from './quantiles.ts';
import { VariantTable } from './variant-table.ts';

interface Case {
  actors: number[];
  activities: number[];
  duration: number | null;
}

/** Naive reference: string keys, a summary per variant, activity sequences counted in a Map. */
function naive(cases: Case[]) {
  const variants = new Map<
    string,
    { actors: number[]; count: number; durations: QuantileSummary; acts: Map<string, number> }
  >();
  for (const c of cases) {
    const key = c.actors.join(',');
    let v = variants.get(key);
    if (!v) {
      v = { actors: c.actors, count: 0, durations: new QuantileSummary(), acts: new Map() };
      variants.set(key, v);
    }
    v.count++;
    if (c.duration !== null) v.durations.add(c.duration);
    const a = c.activities.join(',');
    v.acts.set(a, (v.acts.get(a) ?? 0) + 1);
  }
  return [...variants.values()].map((v) => {
    let best = '';
    let most = 0;
    for (const [a, n] of v.acts) if (n > most) [best, most] = [a, n];
    return {
      actors: v.actors,
      count: v.count,
      median: v.durations.quantile(0.5),
      activities: best === '' ? [] : best.split(',').map(Number),
    };
  });
}

function table(cases: Case[]) {
  const t = new VariantTable();
  for (const c of cases) t.add(c.actors, c.activities, c.duration);
  return Array.from({ length: t.size }, (_, v) => ({
    actors: t.actorIds(v),
    count: t.count(v),
    median: t.medianDuration(v),
    activities: t.mostCommonActivities(v),
  }));
}

// Ids above 0xFFFF take the escaped three-word form.
const id = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(0xfffe, 0xffff, 70_000));
const caseArb = fc.integer({ min: 0, max: 4 }).chain((n) =>
  fc.record({
    actors: fc.array(id, { minLength: n, maxLength: n }),
    activities: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
    duration: fc.option(fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constant(Number.NaN)), { nil: null }),
  }),
);

describe('VariantTable', () => {
  it('counts variants, medians and most common activity sequences like a naive table', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 60 }), (cases) => {
        expect(table(cases)).toEqual(naive(cases));
      }),
    );
  });

  it('keeps many distinct variants apart through the growth of its columns and hash index', () => {
    const cases: Case[] = [];
    for (let i = 0; i < 5000; i++) {
      const actors = [i % 7, Math.floor(i / 7), i % 3];
      cases.push({ actors, activities: [i % 2, 1, 0], duration: i });
      if (i % 5 === 0) cases.push({ actors, activities: [0, 0, 0], duration: null });
    }
    const rows = table(cases);
    expect(rows).toHaveLength(5000);
    expect(rows).toEqual(naive(cases));
  });

  it('orders by case count, then by the actor sequence in rank order, a prefix first', () => {
    const t = new VariantTable();
    t.add([2, 1], [0, 0], 1);
    t.add([1], [0], 1);
    t.add([1, 2], [0, 0], 1);
    t.add([1, 2], [0, 0], 1);
    t.add([2], [0], 1);
    const rank = [0, 1, 0];
    const order = [0, 1, 2, 3].sort((x, y) => t.compare(x, y, rank));
    expect(order.map((v) => t.actorIds(v))).toEqual([[1, 2], [2], [2, 1], [1]]);
  });
});
