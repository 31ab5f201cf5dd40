import { z } from 'zod';

/** A tested practice other units can adopt: what, why, the evidence, and the initiative it came from. */
export const AdviceBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    what: z.string().trim().min(1).max(4000),
    why: z.string().trim().max(4000).default(''),
    evidence: z.string().trim().max(4000).default(''),
    initiativeId: z.uuid().nullable().default(null),
  })
  .strict();
export type AdviceInput = z.infer<typeof AdviceBody>;

export const Advice = z.object({
  id: z.string(),
  title: z.string(),
  what: z.string(),
  why: z.string(),
  evidence: z.string(),
  initiativeId: z.string().nullable(),
  initiativeTitle: z.string().nullable(),
  createdAt: z.string(),
});
export type AdviceDto = z.infer<typeof Advice>;

export const AdviceList = z.object({ advice: z.array(Advice) });
export const AdviceResponse = z.object({ advice: Advice });
export const AdviceParams = z.object({ id: z.uuid() }).strict();
