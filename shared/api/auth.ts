import { z } from 'zod';
import { LOCALES } from '../i18n/locale.ts';

export const LoginBody = z
  .object({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(1024),
  })
  .strict();

export const UpdateMeBody = z
  .object({
    locale: z
      .enum(LOCALES)
      .nullable()
      .optional()
      .describe(
        "The user's own language; null goes back to the municipality's default (bokmål in Norway, Danish in Denmark).",
      ),
    name: z.string().trim().min(1).max(120).optional(),
  })
  .strict();

export const ChangePasswordBody = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    // Length is what makes a password strong; no composition rules (NIST SP 800-63B).
    newPassword: z.string().min(12).max(1024),
  })
  .strict();

export const Me = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'analyst', 'staff', 'viewer']),
    locale: z
      .enum(LOCALES)
      .describe("The language in effect: the user's own choice, else the municipality's default"),
    localeChosen: z.boolean().describe("True when locale is the user's own choice"),
    unitIds: z.array(z.string()),
    mustChangePassword: z.boolean(),
  }),
  municipality: z.object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    country: z.enum(['DK', 'NO']),
    minGroupSize: z.number().int(),
  }),
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof Me>;
