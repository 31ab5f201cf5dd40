import { z } from 'zod';
import { canonicalTag } from '../../shared/languages/tags.ts';

/**
 * A kiosk's JSON submission. The idempotency key is made on the tablet when the citizen finishes, so a
 * response queued offline and re-sent after a network drop is stored once.
 */
export const KioskSubmission = z
  .object({
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    // A BCP 47 tag, made canonical here (once); checked against the survey's languages by the handler.
    locale: z
      .string()
      .min(2)
      .max(35)
      .transform((tag, ctx) => {
        const canonical = canonicalTag(tag);
        if (canonical === null) ctx.addIssue({ code: 'custom', message: 'not a BCP 47 language tag' });
        return canonical ?? z.NEVER;
      }),
    answers: z.record(z.string().max(80), z.string().max(4000)).refine((a) => Object.keys(a).length <= 60, {
      message: 'too many answers',
    }),
  })
  .strict();
export type KioskSubmissionInput = z.infer<typeof KioskSubmission>;
