import { z } from 'zod';
import { localIdSchema } from './actor.ts';
import { LIMITS } from './limits.ts';

/** `unknown`: the source does not say (e.g. a journey built from an event log, which records no channel). */
export const CHANNELS = [
  'in_person',
  'phone',
  'letter_digital_post',
  'self_service',
  'home_visit',
  'unknown',
] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.output<typeof channelSchema>;

/**
 * `auto` derives the handover from the data (the responsible actor differs from the previous step's);
 * `yes` and `no` override that, e.g. a new caseworker inside the same team, or a joint meeting where
 * the citizen does not feel a hand-off.
 */
export const HANDOVER_MODES = ['auto', 'yes', 'no'] as const;
export const handoverModeSchema = z.enum(HANDOVER_MODES);
export type HandoverMode = z.output<typeof handoverModeSchema>;

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

const listItem = z.string().trim().min(1).max(LIMITS.listItemChars);
const minutes = z
  .int()
  .min(0)
  .max(100 * 365 * 24 * 60);

/**
 * One contact between the citizen and an actor, in the order the citizen meets them. Times are whole
 * minutes: `waitingMinutes` is the wait *before* this step (since the previous one ended),
 * `durationMinutes` the contact itself. Missing times count as zero in sums.
 */
export const stepSchema = z.object({
  id: localIdSchema,
  actorId: localIdSchema,
  channel: channelSchema,
  description: z.string().trim().max(LIMITS.textChars).default(''),
  stageId: localIdSchema.optional(),
  durationMinutes: minutes.optional(),
  waitingMinutes: minutes.optional(),
  emotion: z.int().min(EMOTION_MIN).max(EMOTION_MAX).optional(),
  painPoints: z.array(listItem).max(LIMITS.listItems).default([]),
  opportunities: z.array(listItem).max(LIMITS.listItems).default([]),
  tags: z.array(z.string().trim().min(1).max(LIMITS.tagChars)).max(LIMITS.listItems).default([]),
  handover: handoverModeSchema.default('auto'),
});

export type Step = z.output<typeof stepSchema>;
export type StepInput = z.input<typeof stepSchema>;

/** A named phase ("Sygemelding", "Afklaring"…) that steps may belong to; listed in display order. */
export const stageSchema = z.object({
  id: localIdSchema,
  name: z.string().trim().min(1).max(LIMITS.labelChars),
  description: z.string().trim().max(LIMITS.textChars).optional(),
});

export type Stage = z.output<typeof stageSchema>;
