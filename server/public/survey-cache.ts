import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { smileyQuestions } from '../smiley/questions.ts';
import { type Question, surveyQuestions } from '../surveys/definition.ts';
import { findSurveyByToken, type PublicSurvey } from './repository.ts';

const TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;
const cache = new Map<string, { at: number; survey: PublicSurvey | undefined; questions: Question[] }>();

/**
 * A survey by public token, with its questions, cached for a few seconds: a busy survey is looked up
 * once per TTL instead of once per response. Status changes in this process clear the entry at once.
 */
export async function publicSurvey(db: Kysely<Database>, token: string) {
  const hit = cache.get(token);
  if (hit && Date.now() - hit.at < TTL_MS) return hit;
  const survey = /^[A-Za-z0-9_-]{10,64}$/.test(token) ? await findSurveyByToken(db, token) : undefined;
  let questions: Question[] = [];
  if (survey)
    questions =
      survey.mode === 'smiley' ? smileyQuestions() : surveyQuestions(survey.definition, survey.plural);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const entry = { at: Date.now(), survey, questions };
  cache.set(token, entry);
  return entry;
}

/** Drops a cached survey after it was opened, closed or changed. */
export function forgetPublicSurvey(token: string): void {
  cache.delete(token);
}
