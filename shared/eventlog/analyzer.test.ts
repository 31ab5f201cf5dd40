import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HandoverAnalysis } from './analyzer.ts';
import { frequentVariants } from './report.ts';
import type { LogEvent } from './types.ts';

const ev = (
  caseId: string,
  activity: string,
  resource: string,
  timestamp: number,
  channel = 'web',
): LogEvent => ({
  caseId,
  activity,
  // '' stands for an event without the resource attribute.
  ...(resource === '' ? {} : { resource }),
  timestamp,
  attrs: { channel },
});

/** Naive reference: whole cases in memory, plain loops and string keys. */
function naive(events: LogEvent[]) {
  const byCase = new Map<string, LogEvent[]>();
  for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  const pairs: Record<string, number> = {};
  const dfg: Record<string, number> = {};
  const together: Record<string, number> = {};
  const variants: Record<string, number> = {};
  let total = 0;
  let withoutActor = 0;
  for (const list of byCase.values()) {
    const s = list
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (a.e.timestamp ?? 0) - (b.e.timestamp ?? 0) || a.i - b.i);
    // Actor figures: the events that carry the actor attribute only, consecutive ones linked.
    const actors = s.flatMap((x) => (x.e.resource === undefined ? [] : [x.e.resource]));
    withoutActor += s.length - actors.length;
    for (let i = 1; i < actors.length; i++) {
      total++;
      const k = `${actors[i - 1]}>${actors[i]}`;
      pairs[k] = (pairs[k] ?? 0) + 1;
    }
    for (let i = 1; i < s.length; i++) {
      const d = `${s[i - 1]?.e.activity}>${s[i]?.e.activity}`;
      dfg[d] = (dfg[d] ?? 0) + 1;
    }
    const distinct = [...new Set(actors)].sort();
    for (const a of distinct)
      for (const b of distinct) if (a < b) together[`${a}&${b}`] = (together[`${a}&${b}`] ?? 0) + 1;
    variants[actors.join(',')] = (variants[actors.join(',')] ?? 0) + 1;
  }
  return { total, pairs, dfg, together, variants, withoutActor, cases: byCase.size };
}

const logArb = fc.array(
  fc.record({
    c: fc.integer({ min: 0, max: 6 }),
    a: fc.constantFrom('A', 'B', 'C'),
    r: fc.constantFrom('ann', 'bo', 'cy', 'Ann', ''),
    t: fc.integer({ min: 0, max: 20 }),
  }),
  { maxLength: 80 },
);

describe('HandoverAnalysis', () => {
  it('agrees with a naive computation on random interleaved logs', () => {
    fc.assert(
      fc.property(logArb, (rows) => {
        const events = rows.map((x) => ev(`c${x.c}`, x.a, x.r, x.t));
        const analysis = new HandoverAnalysis();
        for (const e of events) analysis.addEvent(e);
        const r = analysis.finish();
        const n = naive(events);
        const all = [...r.handovers, ...r.selfHandovers];
        expect(r.summary.cases).toBe(n.cases);
        expect(r.summary.directlyFollowingPairs).toBe(n.total);
        expect(r.summary.eventsWithoutActor).toBe(n.withoutActor);
        expect(r.actors.every((a) => a.actor !== '')).toBe(true);
        expect(Object.fromEntries(all.map((h) => [`${h.from}>${h.to}`, h.count]))).toEqual(n.pairs);
        expect(Object.fromEntries(r.activityGraph.edges.map((e) => [`${e.from}>${e.to}`, e.count]))).toEqual(
          n.dfg,
        );
        expect(Object.fromEntries(r.workingTogether.map((w) => [`${w.a}&${w.b}`, w.cases]))).toEqual(
          n.together,
        );
        expect(Object.fromEntries(r.variants.map((v) => [v.actors.join(','), v.cases]))).toEqual(n.variants);
        expect(r.handoversPerCase.reduce((s, d) => s + d.cases, 0)).toBe(n.cases);
        const rel = all.reduce((s, h) => s + h.relative, 0);
        if (n.total > 0) expect(rel).toBeCloseTo(1, 9);
      }),
    );
  });

  it('links the events around one without an actor, with the wait between them', () => {
    const a = new HandoverAnalysis();
    for (const e of [ev('1', 'A', 'ann', 0), ev('1', 'B', '', 10), ev('1', 'C', 'bo', 25)]) a.addEvent(e);
    const r = a.finish();
    expect(r.handovers).toEqual([
      { from: 'ann', to: 'bo', count: 1, relative: 1, medianWaitMs: 25, p90WaitMs: 25 },
    ]);
    expect(r.summary).toMatchObject({
      events: 3,
      eventsWithoutActor: 1,
      actors: 2,
      directlyFollowingPairs: 1,
    });
    expect(r.activityGraph.edges).toHaveLength(2);
    expect(r.variants.map((v) => v.actors)).toEqual([['ann', 'bo']]);
  });

  it('closes cases on closed records (bounded buffering) with the same result', () => {
    const events = [
      ev('1', 'A', 'ann', 1),
      ev('1', 'B', 'bo', 5),
      ev('2', 'A', 'bo', 2),
      ev('2', 'B', 'bo', 3),
    ];
    const streamed = new HandoverAnalysis();
    streamed.addBatch({ events: events.slice(0, 2), cases: [{ caseId: '1', attrs: {}, closed: true }] });
    expect(streamed.openCases).toBe(0);
    streamed.addBatch({ events: events.slice(2), cases: [{ caseId: '2', attrs: {}, closed: true }] });
    const whole = new HandoverAnalysis();
    whole.addBatch({ events, cases: [] });
    expect(streamed.finish()).toEqual(whole.finish());
  });

  it('reports waits, durations and per-case distribution', () => {
    const a = new HandoverAnalysis();
    for (const e of [ev('1', 'A', 'ann', 0), ev('1', 'B', 'bo', 10), ev('1', 'C', 'bo', 15)]) a.addEvent(e);
    for (const e of [ev('2', 'A', 'ann', 0), ev('2', 'B', 'bo', 30)]) a.addEvent(e);
    const r = a.finish();
    expect(r.handovers).toEqual([
      { from: 'ann', to: 'bo', count: 2, relative: 2 / 3, medianWaitMs: 20, p90WaitMs: 28 },
    ]);
    expect(r.selfHandovers[0]).toMatchObject({ from: 'bo', count: 1, medianWaitMs: 5 });
    expect(r.summary.medianCaseDurationMs).toBe(22.5);
    expect(r.handoversPerCase).toEqual([{ handovers: 1, cases: 2 }]);
    expect(r.workingTogether).toEqual([{ a: 'ann', b: 'bo', cases: 2, share: 1 }]);
    expect(r.activityGraph.starts).toEqual([{ activity: 'A', cases: 2 }]);
  });

  it('filters by period, case attribute and variant frequency', () => {
    const events = [
      ev('1', 'A', 'ann', 100),
      ev('1', 'B', 'bo', 200),
      ev('2', 'A', 'ann', 300),
      ev('2', 'B', 'bo', 400),
      ev('3', 'A', 'cy', 500),
    ];
    const run = (filters: ConstructorParameters<typeof HandoverAnalysis>[0]) => {
      const a = new HandoverAnalysis(filters);
      a.addBatch({
        events,
        cases: [
          { caseId: '1', attrs: { channel: 'desk' }, closed: true },
          { caseId: '2', attrs: { channel: 'web' }, closed: true },
          { caseId: '3', attrs: { channel: 'web' }, closed: true },
        ],
      });
      return a.finish();
    };
    expect(run({ filters: { period: { from: 250 } } }).summary).toMatchObject({ cases: 2, excludedCases: 1 });
    expect(run({ filters: { period: { from: 150, mode: 'intersecting' } } }).summary.cases).toBe(3);
    expect(run({ filters: { period: { to: 350, mode: 'contained' } } }).summary.cases).toBe(1);
    expect(run({ filters: { caseAttributes: { channel: ['web'] } } }).summary.cases).toBe(2);
    const first = run({ filters: { minVariantFrequency: 2 } });
    expect(first.variants).toEqual([
      { actors: ['ann', 'bo'], activities: ['A', 'B'], cases: 2, share: 2 / 3, medianDurationMs: 100 },
    ]);
    const second = run({ filters: { allowedVariants: frequentVariants(first, 2) } });
    expect(second.summary).toMatchObject({ cases: 2, actors: 2, excludedCases: 1 });
  });
});
