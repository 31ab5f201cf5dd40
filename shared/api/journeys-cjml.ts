import { z } from 'zod';
import { CJML_MAX_CHARS } from '../journey/cjml/limits.ts';
import { JourneyDetailDto } from './journeys.ts';

/**
 * CJML 2.0 exchange (docs/CJML.md). `kind=planned` writes the version as a planned journey (waiting
 * and duration per touchpoint); `kind=actual` as an actual journey (the emotion as the citizen's
 * experience, and timestamps counted from `start` when given).
 */
export const CjmlExportQuery = z
  .object({
    version: z.coerce.number().int().min(1).optional(),
    kind: z.enum(['planned', 'actual']).default('planned'),
    start: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
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
