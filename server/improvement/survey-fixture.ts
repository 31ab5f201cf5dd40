import { randomBytes } from 'node:crypto';
import { enqueueResponses } from '../dashboard/queue.ts';
import { tickStoredResponses } from '../integrations/webhooks/outbox-writes.ts';
import { registerToken } from '../tokens/repository.ts';
import type { Db } from './common.ts';

/** Answer counts per value for one item, e.g. `{ 'satisfaction.overall': { 5: 10, 4: 8 } }`. */
export type AnswerCounts = Record<string, Record<number, number>>;

/**
 * Inserts anonymous survey responses with known answer counts into the survey feature's tables, for the
 * demo seed and the tests: the evaluation then computes a real difference from real rows. Each response
 * answers every item once, as long as that item still has answers left to hand out.
 */
export async function insertSurveyAnswers(
  db: Db,
  municipalityId: string,
  o: { surveyId: string; unitId: string; hour: Date; counts: AnswerCounts },
): Promise<number> {
  const queues = Object.entries(o.counts).map(([itemId, byValue]) => ({
    itemId,
    values: Object.entries(byValue).flatMap(([value, n]) => Array<number>(n).fill(Number(value))),
  }));
  const total = Math.max(0, ...queues.map((q) => q.values.length));
  const stored: number[] = [];
  for (let r = 0; r < total; r++) {
    const response = await db
      .insertInto('survey_response')
      .values({
        municipality_id: municipalityId,
        survey_id: o.surveyId,
        unit_id: o.unitId,
        channel: 'kiosk',
        locale: 'da',
        submitted_hour: new Date(o.hour.getTime() + (r % 8) * 3_600_000),
        idempotency_key: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    stored.push(response.id);
    const answers = queues
      .filter((q) => q.values[r] !== undefined)
      .map((q) => ({
        municipality_id: municipalityId,
        response_id: response.id,
        item_id: q.itemId,
        value: q.values[r] ?? null,
      }));
    if (answers.length > 0) await db.insertInto('survey_answer').values(answers).execute();
  }
  // The dashboard's queue and the webhook count, once for all (the caller's transaction holds them together).
  await enqueueResponses(db, { municipalityId }, stored);
  await tickStoredResponses(db, { municipalityId }, stored);
  return total;
}

/** A closed questionnaire to hang the responses on. */
export async function insertSurvey(db: Db, municipalityId: string, title: string, unitId: string) {
  const survey = await db
    .insertInto('survey')
    .values({
      municipality_id: municipalityId,
      title,
      status: 'closed',
      definition: JSON.stringify({ sets: ['coherence', 'satisfaction'], localQuestions: [] }),
      public_token: randomBytes(16).toString('base64url'),
    })
    .returning(['id', 'public_token'])
    .executeTakeFirstOrThrow();
  await registerToken(db, 'survey', survey.public_token, { municipalityId }, survey.id);
  await db
    .insertInto('survey_unit')
    .values({ municipality_id: municipalityId, survey_id: survey.id, unit_id: unitId })
    .execute();
  return survey.id;
}
