import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEYS } from './demo.ts';
import { findHotspots } from './hotspots.ts';
import { journeyMetrics } from './metrics.ts';

describe('demo journeys', () => {
  for (const [key, journey] of Object.entries(DEMO_JOURNEYS)) {
    it(`${key} is realistic and complete`, () => {
      expect(journey.steps.length).toBeGreaterThanOrEqual(12);
      expect(journey.steps.length).toBeLessThanOrEqual(25);
      for (const actor of journey.actors) {
        const municipal = actor.kind !== 'external' && actor.kind !== 'relative';
        if (municipal) expect(actor.unitName, actor.id).toBeTruthy();
      }
      const metrics = journeyMetrics(journey);
      expect(metrics.actors).toBe(journey.actors.length);
      expect(metrics.handovers).toBeGreaterThanOrEqual(8);
      expect(metrics.boundaryHandovers).toBeGreaterThan(3);
      expect(metrics.painPointShare).toBeGreaterThan(0.2);
      expect(journey.steps.every((step) => step.emotion !== undefined && step.stageId !== undefined)).toBe(
        true,
      );
      expect(Object.keys(journey.assessment).length).toBeGreaterThan(0);
      expect(findHotspots(journey).length).toBeGreaterThan(0);
    });
  }
});
