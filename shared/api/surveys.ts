import { z } from 'zod';
import { localQuestionSchema, localQuestionsSchema } from '../indicators/index.ts';
import { canonicalTag } from '../languages/tags.ts';

/** What a survey asks: built-in sets (locked wording), an optional agreement-scale override, local questions. */
export const SurveyDefinition = z
  .object({
    sets: z
      .array(z.enum(['coherence', 'psychcost', 'satisfaction']))
      .max(3)
      .refine((s) => new Set(s).size === s.length, { message: 'duplicate set' })
      .default(['coherence']),
    scaleId: z.enum(['agree5', 'agree6']).optional(),
    localQuestions: localQuestionsSchema.default([]),
    /**
     * Smiley terminal options. By default one tap is one answer; the citizen may be asked to choose a
     * language first and/or asked a follow-up question (why?) after the tap.
     */
    smiley: z
      .object({ followUp: z.boolean().default(false), chooseLanguage: z.boolean().default(false) })
      .strict()
      .optional(),
  })
  .strict();
export type SurveyDefinitionInput = z.infer<typeof SurveyDefinition>;

export const SURVEY_LANGUAGES = ['da', 'nb', 'en'] as const;
export const SURVEY_CHANNELS = ['link', 'qr', 'kiosk', 'smiley'] as const;
export const SURVEY_MODES = ['questionnaire', 'smiley'] as const;

/**
 * A stored definition as the API shows it: the keys the staff app reads are typed; other keys (a pulse
 * survey's own definition) pass through.
 */
const SurveyDefinitionView = z
  .object({
    sets: z.array(z.enum(['coherence', 'psychcost', 'satisfaction'])).optional(),
    scaleId: z.enum(['agree5', 'agree6']).optional(),
    localQuestions: z.array(localQuestionSchema).optional(),
    smiley: z.object({ followUp: z.boolean(), chooseLanguage: z.boolean() }).optional(),
  })
  .catchall(z.unknown());

export const SurveyParams = z.object({ id: z.uuid() }).strict();
/**
 * The preview's form fields, sent back with GET in test mode: `step`, `lang`, `c`, `u`, `nav` and the
 * answers as `a.<item>`; anything else is reported on the page as the citizen's form would.
 */
export const SurveyPreviewQuery = z.record(z.string().max(200), z.string().max(4000));
/** A QR code or sheet for the whole survey, or for one of its target units. */
export const QrQuery = z.object({ unit: z.uuid().optional() }).strict();

/**
 * A survey's languages: BCP 47 tags (built-in or added by the municipality, checked by the service);
 * the first is the language a citizen without a preference gets.
 */
const languages = z
  .array(
    z
      .string()
      .min(2)
      .max(35)
      .refine((tag) => canonicalTag(tag) !== null, { message: 'not a BCP 47 language tag' }),
  )
  .min(1)
  .max(20)
  .refine((l) => new Set(l).size === l.length, { message: 'duplicate language' });
const channels = z
  .array(z.enum(SURVEY_CHANNELS))
  .min(1)
  .max(4)
  .refine((c) => new Set(c).size === c.length, { message: 'duplicate channel' });
const when = z.iso.datetime({ offset: true }).nullable();

export const CreateSurveyBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    mode: z.enum(SURVEY_MODES).default('questionnaire'),
    languages: languages.default(['da']),
    channels: channels.default(['link', 'qr']),
    plural: z.boolean().default(false),
    definition: SurveyDefinition.default({ sets: ['coherence'], localQuestions: [] }),
    unitIds: z.array(z.uuid()).min(1).max(50),
    // Opaque until the journeys feature lands: stored and shown, not resolved.
    journeyId: z.uuid().nullable().default(null),
    touchpointId: z.string().trim().min(1).max(100).nullable().default(null),
    opensAt: when.default(null),
    closesAt: when.default(null),
  })
  .strict();
export type CreateSurveyInput = z.infer<typeof CreateSurveyBody>;

export const UpdateSurveyBody = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    mode: z.enum(SURVEY_MODES).optional(),
    languages: languages.optional(),
    channels: channels.optional(),
    plural: z.boolean().optional(),
    definition: SurveyDefinition.optional(),
    unitIds: z.array(z.uuid()).min(1).max(50).optional(),
    journeyId: z.uuid().nullable().optional(),
    touchpointId: z.string().trim().min(1).max(100).nullable().optional(),
    opensAt: when.optional(),
    closesAt: when.optional(),
  })
  .strict();
export type UpdateSurveyInput = z.infer<typeof UpdateSurveyBody>;

export const Survey = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  mode: z.enum(['questionnaire', 'smiley', 'pulse']),
  version: z.number(),
  previousVersionId: z.string().nullable(),
  /** BCP 47 tags: built-in or added by the municipality (issue 16), the first the default. */
  languages: z.array(z.string()),
  channels: z.array(z.string()),
  plural: z.boolean(),
  definition: SurveyDefinitionView,
  publicPath: z.string(),
  unitIds: z.array(z.string()),
  journeyId: z.string().nullable(),
  touchpointId: z.string().nullable(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  responseCount: z.number(),
});
export type SurveyDto = z.infer<typeof Survey>;
export const SurveyResponse = z.object({ survey: Survey });

export const SurveyStats = z.object({
  total: z.number(),
  perDay: z.array(z.object({ day: z.string(), channel: z.string(), count: z.number() })),
  minGroupSize: z.number(),
  freeTextMinGroupSize: z.number(),
});

export const FreeTextList = z.object({
  answers: z.array(z.object({ itemId: z.string(), hour: z.string(), body: z.string() })),
});
export type FreeTextAnswer = z.infer<typeof FreeTextList>['answers'][number];
