import { childSupportDemo } from './demo-child-support.ts';
import { homeCareDemo } from './demo-home-care.ts';
import { sickLeaveDemo } from './demo-sick-leave.ts';
import { type Journey, journeySchema } from './journey.ts';

/**
 * Three realistic Danish demo journeys (as-is), validated and with defaults filled in. Actors carry a
 * `unitName` so the seed can link them to org units by name.
 */
export const DEMO_JOURNEYS = {
  sickLeave: journeySchema.parse(sickLeaveDemo),
  homeCare: journeySchema.parse(homeCareDemo),
  childSupport: journeySchema.parse(childSupportDemo),
} as const satisfies Record<string, Journey>;

export type DemoJourneyKey = keyof typeof DEMO_JOURNEYS;

export { childSupportDemo, homeCareDemo, sickLeaveDemo };
