import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../types.ts';
import { analyseTraces } from './analyse.ts';
import { fitnessOf, replayCase } from './replay.ts';
import { dottedChart, performanceSpectrum, sampleStride } from './spectrum.ts';
import { TraceCollector } from './traces.ts';
import type { ConformancePlan } from './types.ts';

const DAY = 86_400_000;
const plan: ConformancePlan = {
  steps: [
    { id: 'apply', boundary: 'citizen' },
    { id: 'assess', boundary: 'municipality' },
    { id: 'decide', boundary: 'municipality' },
  ],
  activities: { 'Submit form': 'apply', Review: 'assess', 'Check documents': 'assess', Decision: 'decide' },
};

function ev(caseId: string, activity: string, day: number, lifecycle?: string): LogEvent {
  return {
    caseId,
    activity,
    timestamp: Date.UTC(2026, 0, 1) + day * DAY,
    attrs: {},
    ...(lifecycle ? { lifecycle } : {}),
  };
}

function run(events: LogEvent[]) {
  const c = new TraceCollector(plan);
  c.addBatch({ events, cases: [] });
  const traces = c.finish();
  return { traces, report: analyseTraces(traces, plan) };
}

describe('token replay on the plan as a sequence net', () => {
  const tokens = new Int32Array(4);
  it('a case that follows the plan fits perfectly', () => {
    const r = replayCase([0, 1, 2], 3, tokens);
    expect(r).toEqual({ produced: 4, consumed: 4, missing: 0, remaining: 0 });
    expect(fitnessOf(r)).toBe(1);
  });
  it('a skipped step costs one missing and one remaining token', () => {
    const r = replayCase([0, 2], 3, tokens);
    expect(r).toEqual({ produced: 3, consumed: 3, missing: 1, remaining: 1 });
    expect(fitnessOf(r)).toBeCloseTo(0.5 * (1 - 1 / 3) + 0.5 * (1 - 1 / 3));
  });
  it('a repeated step leaves extra tokens', () => {
    const r = replayCase([0, 1, 1, 2], 3, tokens);
    expect(r.missing).toBe(1);
    expect(r.remaining).toBe(1);
  });
});

describe('conformance of a small log', () => {
  const events = [
    // c1 follows the plan; "Review" and "Check documents" in a row are one visit of "assess".
    ev('c1', 'Submit form', 0),
    ev('c1', 'Review', 2),
    ev('c1', 'Check documents', 3),
    ev('c1', 'Decision', 5),
    // c2 skips "assess".
    ev('c2', 'Submit form', 0),
    ev('c2', 'Decision', 10),
    // c3 goes back from "decide" to "assess" (an extra contact), out of file order.
    ev('c3', 'Decision', 6),
    ev('c3', 'Submit form', 0),
    ev('c3', 'Review', 1),
    ev('c3', 'Review', 8),
    ev('c3', 'Decision', 9),
    ev('c3', 'Unrelated', 9),
    // c4 has nothing of the journey.
    ev('c4', 'Unrelated', 0),
    // lifecycle: only complete events count.
    ev('c5', 'Submit form', 0, 'start'),
    ev('c5', 'Submit form', 1, 'complete'),
    ev('c5', 'Review', 2, 'complete'),
    ev('c5', 'Decision', 4, 'COMPLETE'),
  ];
  const { report, traces } = run(events);

  it('counts cases, mapped cases and conforming ones', () => {
    expect(report.cases).toBe(5);
    expect(report.mappedCases).toBe(4);
    expect(report.conformingCases).toBe(2);
    expect(report.ignoredEvents).toBe(3);
    expect(report.fitnessHistogram[10]).toBe(2);
    expect(report.fitness.log).toBeLessThan(1);
    expect(report.fitness.meanCase).toBeGreaterThan(report.fitness.log - 0.2);
  });

  it('per step: passed, skipped, repeated', () => {
    const assess = report.steps.find((s) => s.stepId === 'assess');
    expect(assess).toMatchObject({ passed: 3, skipped: 1, repeated: 1 });
    expect(report.extraContacts).toBe(2); // c3 visits assess and decide twice each
  });

  it('per planned handover: followed and the wait from the end of one step to the next', () => {
    const h = report.handovers.find((x) => x.fromStepId === 'assess');
    expect(h?.followed).toBe(3);
    expect(h?.crossesBoundary).toBe(false);
    // c1: 3→5 = 2 days, c3: 1→6 = 5 days and 8→9 = 1 day, c5: 2→4 = 2 days
    expect(h?.wait.count).toBe(4);
    expect(h?.wait.medianMs).toBe(2 * DAY);
    expect(h?.wait.trend[0]?.month).toBe('2026-01');
    const first = report.handovers[0];
    expect(first?.crossesBoundary).toBe(true);
  });

  it('lists handovers outside the plan and the deviating variants', () => {
    expect(report.extras.map((e) => [e.fromStepId, e.toStepId, e.kind])).toEqual([
      ['apply', 'decide', 'skip'],
      ['decide', 'assess', 'back'],
    ]);
    expect(report.extraCrossBoundary).toBe(1);
    const skip = report.patterns.find((p) => p.steps.join() === 'apply,decide');
    expect(skip?.skippedSteps).toEqual(['assess']);
    expect(skip?.exampleCaseId).toBe('c2');
    // baseline = median of the conforming durations (c1: 5 days, c5: 3 days from its complete event) = 4; c2 took 10.
    expect(skip?.medianExtraMs).toBe(6 * DAY);
    const back = report.patterns.find((p) => p.repeatedSteps.length > 0);
    expect(back?.repeatedSteps).toEqual(['assess', 'decide']);
    expect(back?.medianWaitsMs[1]).toBe(1 * DAY);
  });

  it('builds the spectrum and the dotted chart from the same traces', () => {
    const spectrum = performanceSpectrum(traces);
    expect(spectrum.stride).toBe(1);
    expect(spectrum.segments[0]?.lines.length).toBe(2 * 3);
    const dotted = dottedChart(traces);
    expect(dotted.offsets.length).toBe(5);
    expect(dotted.times.length).toBe(dotted.steps.length);
    expect(sampleStride(13_087, 2_000)).toBe(7);
  });
});

describe('handovers between mapped actors', () => {
  const withActors: ConformancePlan = {
    ...plan,
    actors: { anna: 'desk', bo: 'desk', carl: 'case_worker', dora: 'doctor' },
    actorHandovers: [
      ['desk', 'case_worker'],
      ['case_worker', 'doctor'],
    ],
  };
  const at = (caseId: string, activity: string, day: number, resource?: string): LogEvent => ({
    ...ev(caseId, activity, day),
    ...(resource ? { resource } : {}),
  });
  const c = new TraceCollector(withActors);
  c.addBatch({
    events: [
      // c1: desk → case worker (planned), then case worker → desk (not in plan); "zed" is not mapped.
      at('c1', 'Submit form', 0, 'anna'),
      at('c1', 'Review', 1, 'zed'),
      at('c1', 'Review', 2, 'carl'),
      at('c1', 'Decision', 3, 'bo'),
      // c2: two desk resources are one actor, then the case worker: one planned handover.
      at('c2', 'Submit form', 0, 'bo'),
      at('c2', 'Review', 1, 'anna'),
      at('c2', 'Decision', 2, 'carl'),
      // c3: no mapped resource at all.
      at('c3', 'Submit form', 0, 'zed'),
    ],
    cases: [],
  });
  const report = analyseTraces(c.finish(), withActors);
  it('counts the planned handovers followed and lists those not in the plan', () => {
    expect(report.actorCases).toBe(2);
    expect(report.actorHandovers).toEqual([
      { fromActorId: 'desk', toActorId: 'case_worker', inPlan: true, cases: 2, occurrences: 2 },
      { fromActorId: 'case_worker', toActorId: 'doctor', inPlan: true, cases: 0, occurrences: 0 },
      { fromActorId: 'case_worker', toActorId: 'desk', inPlan: false, cases: 1, occurrences: 1 },
    ]);
  });
  it('reports none when no actor is mapped', () => {
    const { report: plain } = run([ev('c1', 'Submit form', 0)]);
    expect(plain.actorHandovers).toEqual([]);
  });
});
