import { z } from 'zod';
import { type Actor, actorSchema } from './actor.ts';
import { type Assessment, assessmentSchema } from './assessment.ts';
import { LIMITS } from './limits.ts';
import { journeyLayoutSchema } from './positions.ts';
import { checkReferences } from './references.ts';
import { type Stage, type Step, stageSchema, stepSchema } from './step.ts';

export const JOURNEY_STATUSES = ['draft', 'as_is', 'to_be'] as const;
export const journeyStatusSchema = z.enum(JOURNEY_STATUSES);
export type JourneyStatus = z.output<typeof journeyStatusSchema>;

/** The journey's fields without the cross-reference checks (for `.pick`/`.partial` in the API). */
export const journeyShapeSchema = z.object({
  title: z.string().trim().min(1).max(LIMITS.titleChars),
  /** The citizen type the journey is told from, e.g. "Sygemeldt lønmodtager, 52 år". */
  persona: z.string().trim().max(LIMITS.textChars).default(''),
  situation: z.string().trim().max(LIMITS.textChars).default(''),
  ownerUnitId: z.uuid().nullable().default(null),
  status: journeyStatusSchema.default('draft'),
  stages: z.array(stageSchema).max(LIMITS.stages).default([]),
  actors: z.array(actorSchema).max(LIMITS.actors).default([]),
  steps: z.array(stepSchema).max(LIMITS.steps).default([]),
  assessment: assessmentSchema.default({}),
  /** Actor positions dragged in the drawing; absent means the automatic layout. */
  layout: journeyLayoutSchema.optional(),
});

/**
 * A complete, internally consistent journey: ids are unique and every step, stage and assessment
 * reference resolves. Used by the HTTP API and the JSON import alike.
 */
export const journeySchema = journeyShapeSchema.superRefine((journey, ctx) => {
  for (const issue of checkReferences(journey)) {
    if (ctx.issues.length >= LIMITS.issues) return;
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: issue.params });
  }
});

export type Journey = z.output<typeof journeySchema>;
export type JourneyInput = z.input<typeof journeySchema>;
export type { Actor, Assessment, Stage, Step };

/** A fresh, empty draft; handy for "new journey" forms and tests. */
export function emptyJourney(title: string): Journey {
  return {
    title,
    persona: '',
    situation: '',
    ownerUnitId: null,
    status: 'draft',
    stages: [],
    actors: [],
    steps: [],
    assessment: {},
  };
}
