import { z } from 'zod';
import { BUILTIN_ITEM_IDS } from './library.ts';
import type { Locale } from './types.ts';

/** A municipality may add at most this many local questions to a survey. */
export const MAX_LOCAL_QUESTIONS = 10;
export const MAX_CHOICE_OPTIONS = 12;
export const MAX_FREE_TEXT_LENGTH = 2000;

const text = z.string().trim().min(1).max(300);

/**
 * Question text per locale. Danish or Norwegian must be present (the survey's own language); English is
 * optional and falls back to the first present locale when shown.
 */
export const localTextSchema = z
  .object({ da: text.optional(), nb: text.optional(), en: text.optional() })
  .strict()
  .refine((t) => t.da !== undefined || t.nb !== undefined, { message: 'da or nb text required' });
export type LocalText = z.infer<typeof localTextSchema>;

/** Local texts fall back to Danish, then Norwegian, when a locale is missing. */
export function localText(text: LocalText, locale: Locale): string {
  return text[locale] ?? text.da ?? text.nb ?? '';
}

/** Ids are lowercase slugs prefixed `local.` so they can never collide with built-in `set.item` ids. */
const localId = z
  .string()
  .regex(/^local\.[a-z][a-z0-9_]{0,39}$/, 'id must look like local.my_question')
  .refine((id) => !BUILTIN_ITEM_IDS.has(id), { message: 'built-in items are locked' });

const base = { id: localId, text: localTextSchema, required: z.boolean().default(false) };

export const localScaleQuestionSchema = z
  .object({ ...base, type: z.literal('scale'), scaleId: z.enum(['agree5', 'agree6', 'satisfaction5']) })
  .strict();

export const localChoiceQuestionSchema = z
  .object({
    ...base,
    type: z.literal('single_choice'),
    options: z
      .array(z.object({ key: z.string().regex(/^[a-z0-9_]{1,40}$/), label: localTextSchema }).strict())
      .min(2)
      .max(MAX_CHOICE_OPTIONS)
      .refine((opts) => new Set(opts.map((o) => o.key)).size === opts.length, {
        message: 'duplicate option key',
      }),
  })
  .strict();

export const localFreeTextQuestionSchema = z
  .object({
    ...base,
    type: z.literal('free_text'),
    maxLength: z.number().int().min(1).max(MAX_FREE_TEXT_LENGTH).default(MAX_FREE_TEXT_LENGTH),
  })
  .strict();

export const localQuestionSchema = z.discriminatedUnion('type', [
  localScaleQuestionSchema,
  localChoiceQuestionSchema,
  localFreeTextQuestionSchema,
]);
export type LocalQuestion = z.infer<typeof localQuestionSchema>;

/** The local questions of one survey: at most `MAX_LOCAL_QUESTIONS`, unique ids. */
export const localQuestionsSchema = z
  .array(localQuestionSchema)
  .max(MAX_LOCAL_QUESTIONS)
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'duplicate question id' });
