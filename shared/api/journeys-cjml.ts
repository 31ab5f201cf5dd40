import { z } from 'zod';
import { CJML_MAX_CHARS } from '../journey/cjml/limits.ts';
import { LIMITS } from '../journey/limits.ts';
import { JourneyDetailDto } from './journeys.ts';

/** A comma-separated list in a query string, e.g. `s1,s2,s2`; empty entries stay as ''. */
const commaList = (max: number) =>
  z
    .string()
    .max(max * (LIMITS.idChars + 1))
    .transform((v) => v.split(','))
    .pipe(z.array(z.string().max(LIMITS.idChars)).max(max));

/**
 * CJML 2.0 exchange (docs/CJML.md). `kind=planned` writes the version as a planned journey (waiting
 * and duration per touchpoint); `kind=actual` as an actual journey (the emotion as the citizen's
 * experience, and timestamps counted from `start` when given). With `variant` (actual only) the file
 * is a variant of the event log as the deviation view opens it (issue 19): the plan's step ids in the
 * order the cases took them, `waits` the measured median wait before each in minutes ('' = unknown),
 * `title` the journey title; steps and handovers not in the plan are marked `bb:deviation`.
 */
export const CjmlExportQuery = z
  .object({
    version: z.coerce.number().int().min(1).optional(),
    kind: z.enum(['planned', 'actual']).default('planned'),
    start: z.iso.datetime({ offset: true }).optional(),
    variant: commaList(LIMITS.steps).optional(),
    waits: commaList(LIMITS.steps)
      .pipe(
        z.array(
          z.union([
            z.literal(''),
            z
              .string()
              .regex(/^\d{1,8}$/)
              .transform(Number),
          ]),
        ),
      )
      .optional(),
    title: z.string().min(1).max(LIMITS.titleChars).optional(),
  })
  .strict()
  .refine((q) => !q.variant || q.kind === 'actual', { path: ['variant'], message: 'actual journeys only' })
  .refine((q) => !q.waits || q.waits.length === q.variant?.length, {
    path: ['waits'],
    message: 'one wait per step of the variant',
  });
export type CjmlExportInput = z.output<typeof CjmlExportQuery>;

export const CjmlImportBody = z
  .object({
    /** The CJML file's text; every planned or actual journey in it becomes a new draft journey. */
    xml: z.string().min(1).max(CJML_MAX_CHARS),
    /** Owner unit of the new journeys (CJML has no place for Borgerblik's units). */
    ownerUnitId: z.uuid().nullable().optional(),
  })
  .strict();
export type CjmlImportInput = z.output<typeof CjmlImportBody>;

/** The journeys an import created, one per planned or actual journey of the file. */
export const CjmlImportResponse = z.object({ journeys: z.array(JourneyDetailDto) });
export type CjmlImportResponse = z.infer<typeof CjmlImportResponse>;
