import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEYS } from './demo.ts';
import { sickLeaveToBe } from './demo-to-be.ts';
import { journeySchema } from './journey.ts';
import { journeyMetrics } from './metrics.ts';

describe('the demo to-be journey', () => {
  const asIs = DEMO_JOURNEYS.sickLeave;
  const toBe = sickLeaveToBe(asIs);

  it('is a valid journey marked as to-be', () => {
    expect(journeySchema.safeParse(toBe).success).toBe(true);
    expect(toBe.status).toBe('to_be');
  });

  it('has fewer handovers and fewer cross-boundary handovers than the as-is journey', () => {
    const before = journeyMetrics(asIs);
    const after = journeyMetrics(toBe);
    expect(after.handovers).toBeLessThan(before.handovers);
    expect(after.boundaryHandovers).toBeLessThan(before.boundaryHandovers);
    expect(after.actors).toBeLessThan(before.actors);
  });
});
