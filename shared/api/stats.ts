import { z } from 'zod';

/** Wire shapes of `shared/stats` results, shared by the dashboard, pulse and complaints figures. */

export const Interval = z.object({ lower: z.number(), upper: z.number() });
export type Interval = z.infer<typeof Interval>;

/** One item's summary in one group (see `shared/stats/summary.ts`). */
export const Summary = z.object({
  n: z.number(),
  dontKnow: z.number(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  ci: Interval.nullable(),
  positiveShare: z.number().nullable(),
  dontKnowShare: z.number().nullable(),
});
export type Summary = z.infer<typeof Summary>;

/** How a small-group rule treated a cell. */
export const CellStatus = z.enum(['shown', 'empty', 'suppressed', 'complementary']);
