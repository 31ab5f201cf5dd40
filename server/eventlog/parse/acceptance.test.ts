import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HandoverAnalysis } from '../../../shared/eventlog/analyzer.ts';
import type { HandoverReport } from '../../../shared/eventlog/report-types.ts';
import { type ActorKey, actorOf, type LogEvent } from '../../../shared/eventlog/types.ts';
import { parseCsv } from './csv-parser.ts';
import { fixture, skipWithoutFixtures } from './fixtures.ts';
import type { EventLogStream } from './stream.ts';
import { parseXes } from './xes-parser.ts';

async function collect(stream: EventLogStream): Promise<LogEvent[]> {
  const events: LogEvent[] = [];
  for await (const batch of stream) events.push(...batch.events);
  return events;
}

function analyse(events: LogEvent[], by: ActorKey): HandoverReport {
  const analysis = new HandoverAnalysis({ by });
  for (const e of events) analysis.addEvent(e);
  return analysis.finish();
}

/** Independent, deliberately simple recount: group, sort by time (stable), count pairs. */
function naive(events: LogEvent[], by: ActorKey) {
  const cases = new Map<string, LogEvent[]>();
  for (const e of events) cases.set(e.caseId, [...(cases.get(e.caseId) ?? []), e]);
  const pairs = new Map<string, number>();
  let total = 0;
  let self = 0;
  for (const list of cases.values()) {
    const sorted = list
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (a.e.timestamp ?? 0) - (b.e.timestamp ?? 0) || a.i - b.i);
    for (let i = 1; i < sorted.length; i++) {
      const a = actorOf(sorted[i - 1]?.e as LogEvent, by);
      const b = actorOf(sorted[i]?.e as LogEvent, by);
      total++;
      if (a === b) self++;
      else pairs.set(`${a}>${b}`, (pairs.get(`${a}>${b}`) ?? 0) + 1);
    }
  }
  return { total, self, pairs };
}

const receipt = 'receipt.xes.gz';
describe.skipIf(skipWithoutFixtures(receipt))('receipt.xes.gz (Buijs 2014, 4TU.ResearchData)', async () => {
  const events = skipWithoutFixtures(receipt)
    ? []
    : await collect(parseXes(createReadStream(fixture(receipt))));

  it('reproduces the acceptance figures by resource', () => {
    const r = analyse(events, 'resource');
    expect(r.summary).toMatchObject({ cases: 1434, events: 8577, actors: 48, activities: 27 });
    expect(r.summary.directlyFollowingPairs).toBe(7143);
    expect(r.summary.selfHandovers).toBe(5935);
    expect(r.handovers[0]).toMatchObject({ from: 'Resource10', to: 'admin1', count: 180 });
    expect(r.handovers[0]?.relative).toBeCloseTo(180 / 7143, 10);
  });

  it('matches a naive recount, by resource and by group', () => {
    for (const by of ['resource', 'group'] as const) {
      const r = analyse(events, by);
      const n = naive(events, by);
      expect(r.summary.directlyFollowingPairs).toBe(n.total);
      expect(r.summary.selfHandovers).toBe(n.self);
      expect(new Map(r.handovers.map((h) => [`${h.from}>${h.to}`, h.count]))).toEqual(n.pairs);
    }
  });

  it('gives the group figures', () => {
    const r = analyse(events, 'group');
    expect(r.summary).toMatchObject({ actors: 10, directlyFollowingPairs: 7143, selfHandovers: 1703 });
    expect(r.handovers[0]).toMatchObject({ from: 'Group 3', to: 'Group 2', count: 992 });
  });
});

const example = ['running-example.xes', 'running-example.csv'];
describe.skipIf(skipWithoutFixtures(...example))('running example (van der Aalst)', () => {
  it('gives identical reports from XES and CSV', async () => {
    const xes = analyse(await collect(parseXes(createReadStream(fixture(example[0] ?? '')))), 'resource');
    const mapping = {
      caseId: 'case:concept:name',
      activity: 'concept:name',
      timestamp: 'time:timestamp',
      resource: 'org:resource',
    };
    const csv = analyse(
      await collect(parseCsv(createReadStream(fixture(example[1] ?? '')), { mapping })),
      'resource',
    );
    expect(csv).toEqual(xes);
    expect(xes.summary).toMatchObject({
      cases: 6,
      events: 42,
      actors: 6,
      directlyFollowingPairs: 36,
      selfHandovers: 4,
    });
    expect(xes.handovers[0]).toMatchObject({ from: 'Sara', to: 'Ellen', count: 4 });
    // Sara→Ellen waits are 70h15m, 72h43m, 75h42m, 144h50m (recomputed outside): median of the middle two.
    expect(xes.handovers[0]?.medianWaitMs).toBe(267_150_000);
  });
});
