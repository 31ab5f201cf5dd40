import { type LocalMeasure, localItemId } from '../../shared/api/improvement/criteria.ts';
import { SurveyDefinition } from '../../shared/api/surveys.ts';
import type { LocalQuestion } from '../../shared/indicators/index.ts';
import type { Tenant } from '../auth/context.ts';
import { invalidField } from '../http/app-error.ts';
import type { Db } from './common.ts';

/** A local question an initiative measures, as its survey defines it. */
export interface MeasuredLocalQuestion {
  /** `surveyId/questionId`, the id of its figures in the evaluation. */
  id: string;
  surveyTitle: string;
  question: LocalQuestion;
}

/** The surveys named by `measures`, of the caller's municipality only (read-only on the survey feature). */
function surveysOf(db: Db, tenant: Tenant, measures: readonly LocalMeasure[]) {
  const ids = [...new Set(measures.map((m) => m.surveyId))];
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('survey')
    .select(['id', 'title', 'definition'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', 'in', ids)
    .execute();
}

type SurveyRow = Awaited<ReturnType<typeof surveysOf>>[number];

function questionsIn(surveys: readonly SurveyRow[], measures: readonly LocalMeasure[]) {
  const found = new Map<string, MeasuredLocalQuestion>();
  for (const m of measures) {
    const survey = surveys.find((s) => s.id === m.surveyId);
    const parsed = survey ? SurveyDefinition.safeParse(survey.definition) : null;
    const question = parsed?.success
      ? parsed.data.localQuestions.find((q) => q.id === m.questionId)
      : undefined;
    if (survey && question)
      found.set(localItemId(m), { id: localItemId(m), surveyTitle: survey.title, question });
  }
  return found;
}

/** The local questions named by `measures`; a survey of another municipality is simply not found. */
export async function localQuestions(db: Db, tenant: Tenant, measures: readonly LocalMeasure[]) {
  return questionsIn(await surveysOf(db, tenant, measures), measures);
}

/**
 * Each local measure must be a scale question of a survey of the caller's municipality: only answers on
 * an ordered scale can be compared the way built-in items are (Mann–Whitney and Welch). The error names
 * the field at fault, `measures.local[i].surveyId` or `.questionId`.
 */
export async function checkLocalMeasures(db: Db, tenant: Tenant, measures: readonly LocalMeasure[]) {
  const surveys = await surveysOf(db, tenant, measures);
  const found = questionsIn(surveys, measures);
  measures.forEach((m, i) => {
    if (!surveys.some((s) => s.id === m.surveyId))
      throw invalidField(`measures.local[${i}].surveyId`, 'unknown_reference');
    const q = found.get(localItemId(m));
    if (!q) throw invalidField(`measures.local[${i}].questionId`, 'unknown_reference');
    if (q.question.type !== 'scale') throw invalidField(`measures.local[${i}].questionId`, 'local_not_scale');
  });
}
