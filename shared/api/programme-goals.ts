import { z } from 'zod';
import { GOALS, PERIODS } from '../complaints/programme.ts';
import { Interval } from './stats.ts';

/** The four-goal view of a dialog programme: each metric before, during and after the start. */

export const PeriodKey = z.enum(PERIODS);
export type PeriodKey = z.infer<typeof PeriodKey>;

/** One figure in one period; value and interval withheld when the group is below the minimum. */
export const Cell = z.object({
  value: z.number().nullable(),
  ci: Interval.nullable(),
  n: z.number(),
  suppressed: z.boolean(),
});
export type Cell = z.infer<typeof Cell>;
const Cells = z.object({ before: Cell, during: Cell, after: Cell });

/** A verdict as a dictionary key plus parameters; the UI turns it into prose (shared/stats/verdict.ts). */
export const Verdict = z.object({
  key: z.enum(['too_few', 'no_difference', 'improved', 'worsened']),
  params: z.object({
    nBefore: z.number(),
    nAfter: z.number(),
    minN: z.number(),
    alpha: z.number(),
    p: z.number().nullable(),
    diff: z.number().nullable(),
    ci: Interval.nullable(),
    effect: z.number().nullable(),
  }),
});

/** Before → after for one group, oriented so positive is better. */
export const Change = z.object({
  diff: z.number().nullable(),
  ci: Interval.nullable(),
  p: z.number().nullable(),
  verdict: Verdict,
});
export type Change = z.infer<typeof Change>;

export const Metric = z.object({
  key: z.string(),
  format: z.enum(['mean5', 'share', 'per1000', 'perMonth', 'days', 'count']),
  higherIsBetter: z.boolean(),
  participants: Cells,
  comparison: Cells.nullable(),
  change: Change.nullable(),
  comparisonChange: Change.nullable(),
});
export type Metric = z.infer<typeof Metric>;

const DateRange = z.object({ from: z.string(), to: z.string() });

export const GoalsView = z.object({
  programmeId: z.string(),
  periods: z.object({ before: DateRange, during: DateRange, after: DateRange }),
  participants: z.array(z.string()),
  comparison: z.array(z.string()),
  minGroupSize: z.number(),
  pulseMinGroupSize: z.number(),
  actionPlans: z.object({ total: z.number(), followed: z.number(), shared: z.number() }),
  adviceAvailable: z.boolean(),
  goals: z.array(z.object({ goal: z.enum(GOALS), metrics: z.array(Metric) })),
});
export type GoalsView = z.infer<typeof GoalsView>;
