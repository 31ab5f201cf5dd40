import { z } from 'zod';
import { MAX_EMBED_ORIGINS } from '../citizen-settings/origin.ts';

/**
 * Wire schemas of the municipality's settings for its citizen pages (issue 16): the web origins
 * allowed to embed its surveys, and its accessibility statement (Danish WAS address, Norwegian
 * uustatus address) with a contact and a feedback e-mail. Origins are checked one by one by the
 * service (`parseEmbedOrigin`), so an error names the entry at fault.
 */

const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
const httpsUrl = z
  .string()
  .trim()
  .max(500)
  .regex(/^https:\/\/[^\s"'<>]+$/, { message: 'url' });

export const EmbedOriginsBody = z
  .object({ origins: z.array(z.string().max(300)).max(MAX_EMBED_ORIGINS) })
  .strict();
export type EmbedOriginsBody = z.infer<typeof EmbedOriginsBody>;

export const AccessibilityStatement = z.object({
  /** The statement itself: was.digst.dk/… in Denmark, uustatus.no/… in Norway. */
  statementUrl: z.string().nullable(),
  contactEmail: z.string().nullable(),
  /** Danish statements must offer a telephone contact too. */
  contactPhone: z.string().nullable(),
  feedbackEmail: z.string().nullable(),
});
export type AccessibilityStatement = z.infer<typeof AccessibilityStatement>;

export const AccessibilityBody = z
  .object({
    statementUrl: httpsUrl.nullable(),
    contactEmail: email.nullable(),
    contactPhone: z
      .string()
      .trim()
      .max(40)
      .regex(/^\+?[0-9 ()-]{4,40}$/, { message: 'phone' })
      .nullable()
      .default(null),
    feedbackEmail: email.nullable(),
  })
  .strict();
export type AccessibilityBody = z.input<typeof AccessibilityBody>;

export const CitizenSettings = z.object({
  embedOrigins: z.array(z.string()),
  maxEmbedOrigins: z.number().int(),
  accessibility: AccessibilityStatement,
});
export type CitizenSettings = z.infer<typeof CitizenSettings>;
