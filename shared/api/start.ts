import { z } from 'zod';
import { ComparisonRow, Figure, Scope } from './dashboard.ts';

/**
 * The start page: "how do citizens experience us now?". The index and the units come from the
 * dashboard's own code, so small groups are suppressed exactly as there.
 */

/** The municipality's overall index for the last 12 months, with its interval and monthly trend. */
export const StartIndex = z.object({
  scaleMax: z.number(),
  figure: Figure,
  trend: z.array(z.object({ start: z.string(), partial: z.boolean(), figure: Figure })),
  /** Last whole shown month minus the whole shown month before it; null when either is missing. */
  change: z.number().nullable(),
});
export type StartIndex = z.infer<typeof StartIndex>;

/** A unit with a shown index; `marker` says it differs from the municipality with certainty (Holm-adjusted). */
export const StartUnit = ComparisonRow;
export type StartUnit = z.infer<typeof StartUnit>;

export const StartAlert = z.object({
  unitId: z.string(),
  unitName: z.string(),
  firingNow: z.boolean(),
  surveyId: z.string().nullable(),
});
export type StartAlert = z.infer<typeof StartAlert>;

export const StartInitiative = z.object({
  id: z.string(),
  title: z.string(),
  /** The day the evaluation can be made: the end of the test period. */
  nextEvaluation: z.string(),
});
export type StartInitiative = z.infer<typeof StartInitiative>;

export const StartJourney = z.object({
  id: z.string(),
  title: z.string(),
  hotspots: z.number(),
});
export type StartJourney = z.infer<typeof StartJourney>;

export const StartPage = z.object({
  scope: Scope,
  respondents: z.object({ status: z.string(), n: z.number().nullable() }),
  index: StartIndex,
  /** Up to three units each, best first / worst first, among units with a shown index. */
  best: z.array(StartUnit),
  worst: z.array(StartUnit),
  alerts: z.array(StartAlert),
  initiatives: z.array(StartInitiative),
  journeys: z.array(StartJourney),
});
export type StartPage = z.infer<typeof StartPage>;
