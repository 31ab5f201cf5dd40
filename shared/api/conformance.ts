import { z } from 'zod';
import type { ConformanceReport, DottedChart, Spectrum } from '../eventlog/conformance/index.ts';

export const ACTOR_SOURCES = ['resource', 'group'] as const;

const name = z.string().max(500);
const localId = z.string().min(1).max(64);

export const SuggestQuery = z
  .object({ logId: z.uuid(), actorBy: z.enum(ACTOR_SOURCES).default('resource') })
  .strict();

/** One name of the log with how often it occurs and the suggested match (null: not in the journey). */
const SuggestedName = z.object({
  name: z.string(),
  events: z.number(),
  suggestedId: z.string().nullable(),
  score: z.number(),
});

/** Activities and actors of a log with suggested steps and journey actors (normalised name similarity). */
export const SuggestResponse = z.object({
  activities: z.array(SuggestedName),
  actors: z.array(SuggestedName),
  /** Actor names beyond the 500 most frequent are left out of the list. */
  actorsTruncated: z.boolean(),
});
export type SuggestResponse = z.infer<typeof SuggestResponse>;

/** The mapping the user confirmed: activity → step id and resource/group → actor id. */
export const SaveMappingBody = z
  .object({
    logId: z.uuid(),
    actorBy: z.enum(ACTOR_SOURCES).default('resource'),
    activities: z.record(name, localId),
    actors: z.record(name, localId).default({}),
  })
  .strict()
  .refine((b) => Object.keys(b.activities).length <= 5_000 && Object.keys(b.actors).length <= 5_000, {
    message: 'at most 5,000 names',
    path: ['activities'],
  });
export type SaveMappingInput = z.output<typeof SaveMappingBody>;

export const Mapping = z.object({
  journeyId: z.string(),
  version: z.number(),
  logId: z.string(),
  logName: z.string(),
  actorBy: z.enum(ACTOR_SOURCES),
  activities: z.record(z.string(), z.string()),
  actors: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});
export type Mapping = z.infer<typeof Mapping>;

export const MappingResponse = z.object({ mapping: Mapping.nullable() });
export type MappingResponse = z.infer<typeof MappingResponse>;

/**
 * Conformance of the mapped log against the version: token-replay fitness, per step and handover,
 * extra handovers and the top deviating variants. The report's nested shapes are the pure module's
 * (shared/eventlog/conformance/types.ts), not repeated here. The journey and the mapping are not
 * repeated either: the page has them from the version and the mapping routes.
 */
export const ConformanceResponse = z.object({
  report: z
    .custom<ConformanceReport>((v) => typeof v === 'object' && v !== null && 'fitness' in v)
    .meta({
      type: 'object',
      description: 'ConformanceReport (shared/eventlog/conformance)',
      required: ['fitness'],
    }),
  /** Case pseudonyms of the patterns' example cases, by case number. */
  caseKeys: z.record(z.string(), z.string()),
});
export type ConformanceResponse = z.infer<typeof ConformanceResponse>;

/** Performance spectrum and dotted chart of the mapped log (sampled as each says). */
export const ChartsResponse = z.object({
  spectrum: z
    .custom<Spectrum>((v) => typeof v === 'object' && v !== null && 'segments' in v)
    .meta({ type: 'object', description: 'Spectrum (shared/eventlog/conformance)', required: ['segments'] }),
  dotted: z
    .custom<DottedChart>((v) => typeof v === 'object' && v !== null && 'offsets' in v)
    .meta({
      type: 'object',
      description: 'DottedChart (shared/eventlog/conformance)',
      required: ['offsets'],
    }),
});
export type ChartsResponse = z.infer<typeof ChartsResponse>;

const wait = z.object({ medianMs: z.number().nullable(), p90Ms: z.number().nullable(), count: z.number() });

/** Experience and waiting time on the same touchpoint, over the log's period, with monthly trends. */
export const JointResponse = z.object({
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  minGroupSize: z.number(),
  steps: z.array(
    z.object({
      stepId: z.string(),
      hasSurvey: z.boolean(),
      suppressed: z.boolean(),
      responses: z.number(),
      positiveShare: z.number().nullable(),
      score: z.number().nullable(),
      wait,
      trend: z.array(
        z.object({
          month: z.string(),
          positiveShare: z.number().nullable(),
          suppressed: z.boolean(),
          medianWaitMs: z.number().nullable(),
        }),
      ),
      alert: z.object({
        firing: z.boolean(),
        firedAt: z.string().nullable(),
        previousShare: z.number().nullable(),
        currentShare: z.number().nullable(),
        previousWaitMs: z.number().nullable(),
        currentWaitMs: z.number().nullable(),
        p: z.number().nullable(),
      }),
    }),
  ),
  ranking: z.array(z.object({ stepId: z.string(), score: z.number(), both: z.boolean() })),
});
export type JointResponse = z.infer<typeof JointResponse>;
