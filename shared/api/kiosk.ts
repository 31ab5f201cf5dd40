import { z } from 'zod';
import { ErrorBody, fileResponse } from './common.ts';

/** A reception tablet registered for a survey. */
export const KioskDevice = z.object({
  id: z.string(),
  surveyId: z.string(),
  unitId: z.string().nullable(),
  name: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type KioskDevice = z.infer<typeof KioskDevice>;

export const KioskParams = z.object({ id: z.uuid() }).strict();
export const RegisterKioskBody = z
  .object({ name: z.string().trim().min(1).max(80), unitId: z.uuid().nullable().default(null) })
  .strict();

export const KioskDevicesResponse = z.object({ devices: z.array(KioskDevice) });
export const KioskDeviceResponse = z.object({ device: KioskDevice });
export const RegisteredKioskResponse = z.object({ device: KioskDevice, kioskPath: z.string() });

const Localised = z.record(z.string(), z.string()).describe('text per survey language');

/** What the kiosk script reads with its device token: the survey's questions in every language. */
export const KioskConfig = z.object({
  surveyPath: z.string(),
  mode: z.enum(['questionnaire', 'smiley', 'pulse']),
  title: z.string(),
  municipality: z.string(),
  device: z.string(),
  locales: z.array(z.string()),
  /** The survey's languages with their own names and writing direction (for the language buttons). */
  languages: z.array(z.object({ tag: z.string(), name: z.string(), dir: z.enum(['ltr', 'rtl']) })),
  titles: Localised,
  texts: z.record(z.string(), z.record(z.string(), z.string())),
  /** Smiley terminal: one tap is an answer unless the survey asks for a language choice or a follow-up. */
  smiley: z.object({ followUp: z.boolean(), chooseLanguage: z.boolean() }),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      required: z.boolean(),
      text: Localised,
      maxLength: z.number().nullable(),
      options: z.array(z.object({ value: z.string(), label: Localised })),
    }),
  ),
  /**
   * The municipality's accessibility statement, shown as text on the idle screen (issue 16), with
   * its labels per offered language; null when the municipality has not given one.
   */
  accessibility: z
    .object({
      statementUrl: z.string().nullable(),
      feedbackEmail: z.string().nullable(),
      labels: z.record(z.string(), z.object({ statement: z.string(), feedback: z.string() })),
    })
    .nullable(),
});

/** The kiosk's own page, script and stylesheet: served as files. */
export const kioskFile = (contentType: string, description: string) => ({
  200: fileResponse(contentType, description),
  '4xx': ErrorBody,
});
