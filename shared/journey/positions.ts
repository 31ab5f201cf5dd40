import { z } from 'zod';
import { localIdSchema } from './actor.ts';
import { LIMITS } from './limits.ts';

/** A coordinate in drawing units; bounded so a hand-edited file cannot ask for a gigantic canvas. */
const coordinate = z.number().finite().min(-20_000).max(20_000);

export const pointSchema = z.object({ x: coordinate, y: coordinate });

/**
 * Where the user dragged actors to in the drawing, by actor id, relative to the home. Saved with the
 * journey version (so exports match the screen); actors without a position keep the automatic ring
 * layout, and an empty or absent record means "automatic layout".
 */
export const journeyLayoutSchema = z.object({
  positions: z
    .record(localIdSchema, pointSchema)
    .refine((positions) => Object.keys(positions).length <= LIMITS.actors, {
      message: 'too many positions',
    })
    .default({}),
});

export type JourneyLayout = z.output<typeof journeyLayoutSchema>;
