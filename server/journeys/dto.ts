import { z } from 'zod';
import { JOURNEY_STATUSES, journeyShapeSchema, NUMERIC_METRICS } from '../../shared/journey/index.ts';
import type { MetricSortKey } from './metrics.ts';

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
