import { z } from 'zod';

/** Smiley reports per survey and the per-unit alert rule. */

export const SmileySurveyParams = z.object({ id: z.uuid() }).strict();
export const SmileyUnitParams = z.object({ unitId: z.uuid() }).strict();
export const AlertRuleBody = z
  .object({
    windowMinutes: z.number().int().min(1).max(1440),
    minPresses: z.number().int().min(1).max(10_000),
    unhappyShare: z.number().min(0).max(1),
    email: z.email().nullable().default(null),
  })
  .strict();
export type AlertRule = z.input<typeof AlertRuleBody>;

const Counts = z.object({
  very_happy: z.number(),
  happy: z.number(),
  unhappy: z.number(),
  very_unhappy: z.number(),
});
/** Presses per face, the positive share and the 0–100 index (null without presses). */
const SmileySummary = z.object({
  counts: Counts,
  total: z.number(),
  positiveShare: z.number().nullable(),
  index: z.number().nullable(),
});
export const SmileyRow = SmileySummary.extend({ key: z.number().describe('hour 0–23 or ISO weekday 1–7') });
export type SmileyRow = z.infer<typeof SmileyRow>;

export const SmileyReport = z.object({
  overall: SmileySummary,
  byHour: z.array(SmileyRow),
  byWeekday: z.array(SmileyRow),
  reasons: z.array(z.object({ reason: z.string(), count: z.number() })),
  /** Presses per ISO weekday (1–7) × local hour (0–23), only cells with presses: the heat map. */
  grid: z.array(
    z.object({
      weekday: z.number(),
      hour: z.number(),
      total: z.number(),
      positiveShare: z.number().nullable(),
    }),
  ),
});
export type SmileyReport = z.infer<typeof SmileyReport>;

export const AlertState = z.object({
  rule: z
    .object({
      windowMinutes: z.number(),
      minPresses: z.number(),
      unhappyShare: z.number(),
      email: z.string().nullable(),
      lastFiredAt: z.string().nullable(),
    })
    .nullable(),
  firingNow: z.boolean(),
  /** The first window of the last day in which the rule fired. */
  lastDay: z
    .object({ from: z.string(), to: z.string(), presses: z.number(), unhappy: z.number() })
    .nullable(),
});
export type AlertState = z.infer<typeof AlertState>;

export const Ok = z.object({ ok: z.literal(true) });
