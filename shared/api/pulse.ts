import { z } from 'zod';
import { PULSE_ITEM_IDS } from '../complaints/pulse-items.ts';

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
  status: z.string(),
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
