import { z } from 'zod';
import { PULSE_ITEM_IDS } from '../complaints/pulse-items.ts';
import { CellStatus, Summary } from './stats.ts';

export const RoundParams = z.object({ id: z.uuid() }).strict();
export const TokenParams = z
  .object({
    token: z
      .string()
      .min(10)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/),
  })
  .strict();

export const CreateRoundBody = z
  .object({
    title: z.string().trim().min(1).max(120),
    unitIds: z.array(z.uuid()).min(1).max(200),
    opensAt: z.iso.date(),
    closesAt: z.iso.date().nullable().default(null),
  })
  .strict();
export type CreateRoundInput = z.infer<typeof CreateRoundBody>;

const answerValue = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal('dk'),
]);

export const AnswerBody = z
  .object({
    unitId: z.uuid(),
    locale: z.enum(['da', 'nb', 'en']),
    answers: z.partialRecord(z.enum(PULSE_ITEM_IDS as [string, ...string[]]), answerValue),
  })
  .strict();
export type AnswerInput = z.infer<typeof AnswerBody>;

export const SettingsBody = z.object({ minGroupSize: z.number().int().min(3).max(20) }).strict();

export const Round = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  token: z.string(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  unitIds: z.array(z.string()),
  responses: z.number(),
});

export const PublicPulse = z.object({
  title: z.string(),
  open: z.boolean(),
  languages: z.array(z.string()),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type Round = z.infer<typeof Round>;
export const RoundsResponse = z.object({ rounds: z.array(Round) });
export const CreatedRound = z.object({ round: z.object({ id: z.string(), token: z.string() }) });
export type PublicPulse = z.infer<typeof PublicPulse>;

export const ItemSummary = z.object({ itemId: z.string(), summary: Summary });
export type ItemSummary = z.infer<typeof ItemSummary>;

/** A round's results: the whole round and each unit, null where the group is too small to show. */
export const RoundResult = z.object({
  id: z.string(),
  title: z.string(),
  opensAt: z.string().nullable(),
  respondents: z.number(),
  total: z.array(ItemSummary).nullable(),
  units: z.array(
    z.object({
      unitId: z.string(),
      respondents: z.number(),
      status: CellStatus,
      items: z.array(ItemSummary).nullable(),
    }),
  ),
});
export type RoundResult = z.infer<typeof RoundResult>;
export const PulseResults = z.object({ minGroupSize: z.number(), rounds: z.array(RoundResult) });
export const PulseSettings = z.object({ minGroupSize: z.number() });
export const Answered = z.object({ ok: z.literal(true) });
/** One answer: 1–5 or "don't know". */
export type PulseAnswer = z.infer<typeof answerValue>;
