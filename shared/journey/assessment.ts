import { z } from 'zod';
import { localIdSchema } from './actor.ts';
import { LIMITS } from './limits.ts';

/**
 * The questions from "Tegn en borgerrejse" as stable keys; the UI translates them via `shared/i18n`.
 * - too_little / too_much: where we do too little, or perhaps too much
 * - cooperation_start / cooperation_end: where our cooperation with the citizen should start and end
 * - do_ourselves / leave_to_others: what we should do ourselves, and what we should leave to others
 * - needs_coordination / needs_communication / needs_cross_management: where overlaps need
 *   coordination, communication and management across units
 * - appropriate / improvements: is the course appropriate, and where could it be done differently,
 *   smarter or better
 */
export const ASSESSMENT_KEYS = [
  'too_little',
  'too_much',
  'cooperation_start',
  'cooperation_end',
  'do_ourselves',
  'leave_to_others',
  'needs_coordination',
  'needs_communication',
  'needs_cross_management',
  'appropriate',
  'improvements',
] as const;

export const assessmentKeySchema = z.enum(ASSESSMENT_KEYS);
export type AssessmentKey = z.output<typeof assessmentKeySchema>;

export const assessmentAnswerSchema = z.object({
  text: z.string().trim().max(LIMITS.textChars).default(''),
  /** Steps the answer points at, e.g. the handovers that need coordination. */
  stepIds: z.array(localIdSchema).max(LIMITS.steps).default([]),
});

export type AssessmentAnswer = z.output<typeof assessmentAnswerSchema>;

/** Answers by key; unanswered questions are simply absent. */
export const assessmentSchema = z.partialRecord(assessmentKeySchema, assessmentAnswerSchema);
export type Assessment = z.output<typeof assessmentSchema>;

/** Answered keys in the canonical question order (object key order is not meaningful). */
export function answeredKeys(assessment: Assessment): AssessmentKey[] {
  return ASSESSMENT_KEYS.filter((key) => {
    const answer = assessment[key];
    return answer !== undefined && (answer.text !== '' || answer.stepIds.length > 0);
  });
}
