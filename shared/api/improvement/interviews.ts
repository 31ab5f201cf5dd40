import { z } from 'zod';
import { INTERVIEW_ROLES } from '../../evaluation/categories.ts';

/**
 * An interview. There is no name field on purpose: citizens are never named; employees are described by
 * their profession. Consent must be given, or nothing is stored.
 */
export const CreateInterviewBody = z
  .object({
    unitId: z.uuid().nullable().default(null),
    heldAt: z.iso.date(),
    role: z.enum(INTERVIEW_ROLES),
    profession: z.string().trim().min(1).max(80).nullable().default(null),
    consent: z.literal(true),
    guide: z.string().max(10_000).default(''),
    notes: z.string().max(50_000).default(''),
    quotes: z.array(z.string().trim().min(1).max(2000)).max(100).default([]),
  })
  .strict();
export type CreateInterviewInput = z.infer<typeof CreateInterviewBody>;

export const Quote = z.object({ id: z.string(), body: z.string() });

export const Interview = z.object({
  id: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  heldAt: z.string(),
  role: z.enum(INTERVIEW_ROLES),
  profession: z.string().nullable(),
  consent: z.boolean(),
  guide: z.string(),
  notes: z.string(),
  quotes: z.array(Quote),
});
export type InterviewDto = z.infer<typeof Interview>;

export const InterviewResponse = z.object({ interview: Interview });
export const InterviewList = z.object({ interviews: z.array(Interview) });
export const InterviewParams = z.object({ id: z.uuid() }).strict();
