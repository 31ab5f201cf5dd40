import { describe, expect, it } from 'vitest';
import { analyseCase } from './case-analysis.ts';
import type { LogEvent } from './types.ts';

const ev = (activity: string, resource: string, timestamp: number | null, group = 'g'): LogEvent => ({
  caseId: 'c',
  activity,
  resource,
  group,
  timestamp,
  attrs: { team: `${resource}-team` },
});

describe('analyseCase', () => {
  it('sorts by timestamp, keeps ties in file order, and measures waits', () => {
    const r = analyseCase([
      ev('C', 'carl', 300),
      ev('A', 'anna', 100),
      ev('B1', 'bo', 200),
      ev('B2', 'anna', 200),
    ]);
    expect(r.actors).toEqual(['anna', 'bo', 'anna', 'carl']);
    expect(r.activities).toEqual(['A', 'B1', 'B2', 'C']);
    expect(r.handovers.map((h) => [h.from, h.to, h.waitMs, h.index])).toEqual([
      ['anna', 'bo', 100, 1],
      ['bo', 'anna', 0, 2],
      ['anna', 'carl', 100, 3],
    ]);
    expect(r.selfRepeats).toBe(0);
    expect(r.elapsedMs).toBe(200);
  });

  it('counts self-repeats, works by group or attribute, keeps file order when untimed', () => {
    const events = [ev('A', 'anna', 5), ev('B', 'anna', null), ev('C', 'bo', 1)];
    const r = analyseCase(events);
    expect(r.actors).toEqual(['anna', 'anna', 'bo']);
    expect(r.selfRepeats).toBe(1);
    expect(r.handovers[0]?.waitMs).toBeNull();
    expect(r.elapsedMs).toBeNull();
    expect(analyseCase(events, 'group').selfRepeats).toBe(2);
    expect(analyseCase(events, 'team').actors).toEqual(['anna-team', 'anna-team', 'bo-team']);
  });
});
