import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEYS } from './demo.ts';
import { journeyMetrics } from './metrics.ts';
import { journeyOf } from './test-fixtures.ts';

describe('journeyMetrics', () => {
  it('is all zero for an empty journey', () => {
    const metrics = journeyMetrics(journeyOf(''));
    expect(metrics).toMatchObject({
      steps: 0,
      actors: 0,
      handovers: 0,
      painPointShare: 0,
      totalElapsedMinutes: 0,
    });
    expect(metrics.lowestEmotion).toBeNull();
  });

  it('handles a single step', () => {
    const metrics = journeyMetrics(
      journeyOf('G', { 0: { emotion: -1, painPoints: ['kø'], durationMinutes: 15 } }),
    );
    expect(metrics).toMatchObject({
      steps: 1,
      actors: 1,
      externalPartners: 1,
      employees: 0,
      handovers: 0,
      painPointShare: 1,
      totalElapsedMinutes: 15,
      lowestEmotion: { value: -1, stepId: 's1' },
    });
  });

  it('counts actors by kind, professions case-insensitively, and only actors met', () => {
    const metrics = journeyMetrics(journeyOf('A B C D G H S'));
    expect(metrics).toMatchObject({
      actors: 7,
      employees: 3,
      professions: 2, // "Sagsbehandler" and "sagsbehandler " are the same
      departments: 3, // jobcenter, sundhed, D
      externalPartners: 2,
    });
  });

  it('counts handovers, crossings and repeated contacts', () => {
    const metrics = journeyMetrics(journeyOf('A A B G A G C D', { 1: { handover: 'yes' } }));
    expect(metrics).toMatchObject({
      handovers: 7,
      derivedHandovers: 6,
      explicitHandovers: 1,
      organisationBoundaryHandovers: 4, // B→G, G→A, A→G, G→C
      departmentBoundaryHandovers: 1, // C→D
      boundaryHandovers: 5,
      repeatedContacts: 2,
    });
  });

  it('sums zero-duration steps and waiting separately', () => {
    const journey = journeyOf('A B C', {
      0: { durationMinutes: 0 },
      1: { waitingMinutes: 60, durationMinutes: 30 },
      2: { waitingMinutes: 0 },
    });
    expect(journeyMetrics(journey)).toMatchObject({
      totalDurationMinutes: 30,
      totalWaitingMinutes: 60,
      totalElapsedMinutes: 90,
    });
  });

  it('reports the first lowest emotion and the pain-point share', () => {
    const journey = journeyOf('A B C D', {
      1: { emotion: -2, painPoints: ['x'] },
      2: { emotion: -2 },
      3: { emotion: 1, painPoints: ['y'] },
    });
    const metrics = journeyMetrics(journey);
    expect(metrics.lowestEmotion).toEqual({ value: -2, stepId: 's2' });
    expect(metrics.painPointShare).toBe(0.5);
  });

  it('stays fast on 2,000 steps', () => {
    const actors = ['A', 'B', 'C', 'D', 'G', 'H', 'S', 'R'];
    const sequence = Array.from({ length: 2000 }, (_, i) => actors[(i * 7) % actors.length]).join(' ');
    const journey = journeyOf(sequence, { 5: { emotion: -2 } });
    journeyMetrics(journey); // warm-up so the JIT does not count
    const started = performance.now();
    const metrics = journeyMetrics(journey);
    expect(performance.now() - started).toBeLessThan(50);
    expect(metrics.steps).toBe(2000);
    expect(metrics.handovers).toBe(1999);
  });

  it('gives plausible figures for the demo journeys', () => {
    const metrics = journeyMetrics(DEMO_JOURNEYS.sickLeave);
    expect(metrics.handovers).toBeGreaterThan(10);
    expect(metrics.organisationBoundaryHandovers).toBeGreaterThan(3);
    expect(metrics.lowestEmotion?.value).toBe(-2);
  });
});
