import { z } from 'zod';
import { OBSERVATION_CATEGORIES } from '../../evaluation/categories.ts';
import { BUILTIN_ITEM_IDS } from '../../indicators/index.ts';
import { LocalMeasure, SuccessCriteria, SuccessCriterion } from './criteria.ts';

const Day = z.iso.date();
const Text = (max: number) => z.string().trim().max(max);

export const Measures = z
  .object({
    /** Built-in survey items (`coherence.solutions`), compared between the two groups. */
    items: z
      .array(z.string().refine((id) => BUILTIN_ITEM_IDS.has(id)))
      .max(20)
      .default([]),
    /** Scale questions of the municipality's own surveys, compared like built-in items. */
    local: z.array(LocalMeasure).max(10).default([]),
    /** Observation categories counted per hour observed. */
    categories: z.array(z.enum(OBSERVATION_CATEGORIES)).max(8).default([]),
    /** Counts kept elsewhere (complaints, phone calls), entered by hand for each period. */
    counts: z
      .array(
        z
          .object({
            label: z.string().trim().min(1).max(120),
            before: z.number().min(0).nullable(),
            after: z.number().min(0).nullable(),
          })
          .strict(),
      )
      .max(20)
      .default([]),
  })
  .strict();
export type MeasuresInput = z.infer<typeof Measures>;

const fields = {
  title: z.string().trim().min(1).max(200),
  background: Text(8000),
  description: Text(8000),
  owner: Text(120),
  design: z.enum(['before_after', 'comparison']),
  baselineStart: Day.nullable(),
  baselineEnd: Day.nullable(),
  testStart: Day,
  testEnd: Day,
  measures: Measures,
  /** Free text from before the structured criteria; kept and shown as a note. */
  successCriteria: Text(4000),
  criteria: SuccessCriteria,
  recommendations: Text(8000),
  ideaIds: z.array(z.uuid()).max(50),
  testUnitIds: z.array(z.uuid()).min(1).max(50),
  comparisonUnitIds: z.array(z.uuid()).max(50),
};

export const CreateInitiativeBody = z
  .object({
    ...fields,
    background: fields.background.default(''),
    description: fields.description.default(''),
    owner: fields.owner.default(''),
    design: fields.design.default('before_after'),
    baselineStart: fields.baselineStart.default(null),
    baselineEnd: fields.baselineEnd.default(null),
    successCriteria: fields.successCriteria.default(''),
    criteria: fields.criteria.default([]),
    recommendations: fields.recommendations.default(''),
    ideaIds: fields.ideaIds.default([]),
    comparisonUnitIds: fields.comparisonUnitIds.default([]),
  })
  .strict();
export type CreateInitiativeInput = z.infer<typeof CreateInitiativeBody>;

export const UpdateInitiativeBody = z.object(fields).partial().strict();
export type UpdateInitiativeInput = z.infer<typeof UpdateInitiativeBody>;

export const Initiative = z.object({
  id: z.string(),
  title: z.string(),
  background: z.string(),
  description: z.string(),
  owner: z.string(),
  design: z.enum(['before_after', 'comparison']),
  baselineStart: z.string().nullable(),
  baselineEnd: z.string().nullable(),
  testStart: z.string(),
  testEnd: z.string(),
  measures: z.object({
    items: z.array(z.string()),
    local: z.array(z.object({ surveyId: z.string(), questionId: z.string() })),
    categories: z.array(z.string()),
    counts: z.array(
      z.object({ label: z.string(), before: z.number().nullable(), after: z.number().nullable() }),
    ),
  }),
  successCriteria: z.string(),
  criteria: z.array(SuccessCriterion),
  recommendations: z.string(),
  startedAt: z.string().nullable(),
  shareToken: z.string().nullable(),
  ideaIds: z.array(z.string()),
  testUnitIds: z.array(z.string()),
  comparisonUnitIds: z.array(z.string()),
});
export type InitiativeDto = z.infer<typeof Initiative>;

export const InitiativeResponse = z.object({ initiative: Initiative });
export const InitiativeList = z.object({ initiatives: z.array(Initiative) });
export const InitiativeParams = z.object({ id: z.uuid() }).strict();
