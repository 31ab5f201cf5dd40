import { z } from 'zod';
import { OBSERVATION_CATEGORIES } from '../../evaluation/categories.ts';
import { BUILTIN_ITEM_IDS } from '../../indicators/index.ts';

/**
 * What a success criterion measures: a built-in survey item (the six validated indicators and the
 * psychological cost questions), an observation category per observed hour (e.g. waiting and queues)
 * a scale question of the municipality's own (a survey's local question, named by survey and question id)
 * or a hand-entered count (handovers, waiting time, phone calls). It must be one of the initiative's
 * measures, so the evaluation has a figure for it (checked by the server across fields).
 */
/** A survey's own scale question, measured like a built-in item (its ids are only unique per survey). */
export const LocalMeasure = z
  .object({ surveyId: z.uuid(), questionId: z.string().regex(/^local\.[a-z][a-z0-9_]{0,39}$/) })
  .strict();
export type LocalMeasure = z.infer<typeof LocalMeasure>;

/** The id of a local question's figures in the evaluation report: unique across surveys. */
export const localItemId = (m: LocalMeasure): string => `${m.surveyId}/${m.questionId}`;

export const CriterionMeasure = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('item'),
      itemId: z.string().refine((id) => BUILTIN_ITEM_IDS.has(id), { message: 'unknown_item' }),
    })
    .strict(),
  LocalMeasure.extend({ kind: z.literal('local') }).strict(),
  z.object({ kind: z.literal('rate'), category: z.enum(OBSERVATION_CATEGORIES) }).strict(),
  z.object({ kind: z.literal('count'), label: z.string().trim().min(1).max(120) }).strict(),
]);
export type CriterionMeasureInput = z.infer<typeof CriterionMeasure>;

/**
 * The target: an absolute value to reach (at least when going up, at most when going down), or a
 * change of at least `value` points (the measure's own unit) or percent from the before figure.
 */
export const CriterionTarget = z
  .object({
    type: z.enum(['absolute', 'points', 'percent']),
    value: z.number().finite().min(-1_000_000).max(1_000_000),
  })
  .strict()
  .refine((t) => t.type === 'absolute' || t.value > 0, { message: 'positive', path: ['value'] });

/** One structured success criterion, fixed with the measures before the test starts. */
export const SuccessCriterion = z
  .object({
    measure: CriterionMeasure,
    direction: z.enum(['up', 'down']),
    target: CriterionTarget,
    /** The date by which the target is to be reached (ISO day). */
    by: z.iso.date(),
  })
  .strict();
export type SuccessCriterion = z.infer<typeof SuccessCriterion>;

export const SuccessCriteria = z.array(SuccessCriterion).max(20);

/** A stable key of what a criterion measures, to match it with the initiative's measures. */
export function measureKey(m: CriterionMeasureInput): string {
  if (m.kind === 'item') return `item:${m.itemId}`;
  if (m.kind === 'local') return `local:${localItemId(m)}`;
  if (m.kind === 'rate') return `rate:${m.category}`;
  return `count:${m.label}`;
}
