import { z } from 'zod';
import {
  JOURNEY_STATUSES,
  journeyShapeSchema,
  LIMITS,
  NUMERIC_METRICS,
  stepSchema,
} from '../journey/index.ts';

/** Numeric keys the list can sort by, read from the stored metrics in SQL. */
export const METRIC_SORT_KEYS = [...NUMERIC_METRICS, 'hotspots'] as const;
export type MetricSortKey = (typeof METRIC_SORT_KEYS)[number];

/** Sort keys of the journey list: plain columns first, then the metrics. */
export const SORT_KEYS = ['title', 'status', 'updatedAt', ...METRIC_SORT_KEYS] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * The API's own ceiling on steps. The shared model accepts up to 2,000, but the editor and drawing are
 * measured usable at 1,000 (docs/performance/journeys.md), so the API refuses more with a 400 on `steps`.
 */
export const API_MAX_STEPS = 1_000;

/** Request body size for routes carrying a whole journey: a 1,000-step journey is several hundred KB. */
export const JOURNEY_BODY_LIMIT = 8 * 1024 * 1024;

/**
 * A journey as the API accepts it: field rules from the shared schema, steps capped at API_MAX_STEPS.
 * Cross-references (actor, stage and step ids) are checked by the service, which names each bad path.
 */
export const JourneyBody = journeyShapeSchema.extend({
  steps: z.array(stepSchema).max(API_MAX_STEPS).default([]),
});

const note = z.string().trim().max(500).default('');

export const CreateJourneyBody = z.object({ journey: JourneyBody, note }).strict();
export type CreateJourneyInput = z.output<typeof CreateJourneyBody>;

export const SaveVersionBody = z
  .object({
    /** The version the editor started from; a newer one on the server means someone else saved. */
    baseVersion: z.int().min(1),
    journey: JourneyBody,
    note,
  })
  .strict();
export type SaveVersionInput = z.output<typeof SaveVersionBody>;

export const ImportBody = z
  .object({
    /** The export file's text, parsed on the server so that bad JSON is reported like any other error. */
    json: z.string().min(1).max(LIMITS.jsonChars),
    /** Overrides the file's owner unit (e.g. a file from another municipality). */
    ownerUnitId: z.uuid().nullable().optional(),
  })
  .strict();
export type ImportInput = z.output<typeof ImportBody>;

export const JourneyParams = z.object({ id: z.uuid() }).strict();
export const VersionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) }).strict();

export const ListJourneysQuery = z
  .object({
    unitId: z.uuid().optional(),
    persona: z.string().trim().max(200).optional(),
    status: z.enum(JOURNEY_STATUSES).optional(),
    sort: z.enum(SORT_KEYS).default('updatedAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .strict();
export type ListJourneysInput = z.output<typeof ListJourneysQuery>;

/** Two journeys (as-is vs to-be) or two versions of one; a missing version means the newest. */
export const CompareQuery = z
  .object({
    before: z.uuid(),
    beforeVersion: z.coerce.number().int().min(1).optional(),
    after: z.uuid(),
    afterVersion: z.coerce.number().int().min(1).optional(),
  })
  .strict();
export type CompareInput = z.output<typeof CompareQuery>;

/* Responses: the server validates against these, the web app infers its types from them. */

const numericShape = Object.fromEntries(
  [...NUMERIC_METRICS, 'hotspots'].map((key) => [key, z.number()]),
) as Record<MetricSortKey, z.ZodNumber>;

export const MetricsDto = z.object({
  ...numericShape,
  lowestEmotion: z.object({ value: z.number(), stepId: z.string() }).nullable(),
});

export const JourneySummaryDto = z.object({
  id: z.string(),
  title: z.string(),
  persona: z.string(),
  status: z.enum(JOURNEY_STATUSES),
  ownerUnitId: z.string().nullable(),
  ownerUnitName: z.string().nullable(),
  version: z.number(),
  metrics: MetricsDto,
  updatedAt: z.string(),
  /** Whether the signed-in user may save new versions (staff: only for their own units). */
  canEdit: z.boolean(),
});
export type JourneySummary = z.infer<typeof JourneySummaryDto>;

export const JourneyDetailDto = JourneySummaryDto.extend({
  createdAt: z.string(),
  note: z.string(),
  journey: journeyShapeSchema,
});
export type JourneyDetail = z.infer<typeof JourneyDetailDto>;
export const JourneyResponse = z.object({ journey: JourneyDetailDto });

export const VersionDto = z.object({
  version: z.number(),
  title: z.string(),
  status: z.enum(JOURNEY_STATUSES),
  note: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  metrics: MetricsDto,
});
export type VersionSummary = z.infer<typeof VersionDto>;

const diff = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.object({ id: z.string(), fields: z.array(z.string()) })),
});

export const CompareResponse = z.object({
  before: JourneyDetailDto,
  after: JourneyDetailDto,
  comparison: z.object({
    metrics: z.array(
      z.object({ metric: z.enum(NUMERIC_METRICS), before: z.number(), after: z.number(), delta: z.number() }),
    ),
    lowestEmotion: z.object({ before: z.number().nullable(), after: z.number().nullable() }),
    steps: diff,
    actors: diff,
    stages: diff,
  }),
});

export const IndicatorScoreDto = z.object({
  set: z.string(),
  answers: z.number(),
  /** Share of positive (top-2-box) answers, 0…1, reverse-keyed items mirrored first. */
  positiveShare: z.number(),
  /** Mean on a 0…100 scale (higher is better). */
  score: z.number(),
});

export const ExperienceResponse = z.object({
  minGroupSize: z.number(),
  surveys: z.number(),
  touchpoints: z.array(
    z.object({
      touchpointId: z.string(),
      responses: z.number(),
      /** True when fewer than `minGroupSize` people answered: no scores are given. */
      suppressed: z.boolean(),
      indicators: z.array(IndicatorScoreDto),
    }),
  ),
});
export type Experience = z.infer<typeof ExperienceResponse>;
