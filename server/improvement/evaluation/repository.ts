import { sql } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';

export interface Window {
  unitIds: string[];
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** Valued answers (not "don't know") of responses given at the window's units in the window. */
function answersIn(db: Db, tenant: Tenant, w: Window) {
  return db
    .selectFrom('survey_answer as a')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 'a.municipality_id').onRef('r.id', '=', 'a.response_id'),
    )
    .where('a.municipality_id', '=', tenant.municipalityId)
    .where('r.unit_id', 'in', w.unitIds)
    .where('r.submitted_hour', '>=', w.from)
    .where('r.submitted_hour', '<', w.to)
    .where('a.dont_know', '=', false)
    .where('a.value', 'is not', null);
}

/**
 * Answer counts per item and value for responses given at the units in the window (read-only on the
 * survey feature's tables). "Don't know" is missing and is left out, as everywhere in the statistics.
 */
export async function answerCounts(db: Db, tenant: Tenant, w: Window, itemIds: string[]) {
  if (w.unitIds.length === 0 || itemIds.length === 0) return [];
  const rows = await answersIn(db, tenant, w)
    .select(['a.item_id', 'a.value', sql<number>`count(*)::int`.as('n')])
    .where('a.item_id', 'in', itemIds)
    .groupBy(['a.item_id', 'a.value'])
    .execute();
  return rows.map((r) => ({ itemId: r.item_id, value: Number(r.value), count: Number(r.n) }));
}

/**
 * Answer counts of the municipality's own questions, per question and value, for responses to the
 * question's survey given at the units in the window; ids come back as `surveyId/questionId`, the id of
 * the question's figures in the report. Read like `answerCounts`: "don't know" is left out.
 */
export async function localAnswerCounts(
  db: Db,
  tenant: Tenant,
  w: Window,
  questions: readonly { surveyId: string; questionId: string }[],
) {
  if (w.unitIds.length === 0 || questions.length === 0) return [];
  const wanted = new Set(questions.map((q) => `${q.surveyId}/${q.questionId}`));
  const rows = await answersIn(db, tenant, w)
    .select(['r.survey_id', 'a.item_id', 'a.value', sql<number>`count(*)::int`.as('n')])
    .where('r.survey_id', 'in', [...new Set(questions.map((q) => q.surveyId))])
    .where('a.item_id', 'in', [...new Set(questions.map((q) => q.questionId))])
    .groupBy(['r.survey_id', 'a.item_id', 'a.value'])
    .execute();
  return rows
    .map((r) => ({ itemId: `${r.survey_id}/${r.item_id}`, value: Number(r.value), count: Number(r.n) }))
    .filter((r) => wanted.has(r.itemId));
}

/** Closed observation sessions started at the units in the window, with counts per category. */
export async function observationSummary(db: Db, tenant: Tenant, w: Window) {
  if (w.unitIds.length === 0) return { sessions: [], byCategory: {} };
  const sessions = await db
    .selectFrom('improvement_session')
    .select(['id', 'started_at', 'ended_at'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('unit_id', 'in', w.unitIds)
    .where('started_at', '>=', w.from)
    .where('started_at', '<', w.to)
    .where('ended_at', 'is not', null)
    .execute();
  const byCategory: Record<string, number> = {};
  if (sessions.length > 0) {
    const rows = await db
      .selectFrom('improvement_observation')
      .select(['category', sql<number>`count(*)::int`.as('n')])
      .where('municipality_id', '=', tenant.municipalityId)
      .where(
        'session_id',
        'in',
        sessions.map((s) => s.id),
      )
      .groupBy('category')
      .execute();
    for (const r of rows) byCategory[r.category] = Number(r.n);
  }
  return { sessions: sessions.map((s) => ({ startedAt: s.started_at, endedAt: s.ended_at })), byCategory };
}

/** Quotes from interviews held at the units in the window, the voices beside the numbers. */
export function quotesIn(db: Db, tenant: Tenant, w: Window, limit = 6) {
  if (w.unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('improvement_quote as q')
    .innerJoin('improvement_interview as i', (j) =>
      j.onRef('i.municipality_id', '=', 'q.municipality_id').onRef('i.id', '=', 'q.interview_id'),
    )
    .select(['q.body', 'i.role', 'i.profession'])
    .where('q.municipality_id', '=', tenant.municipalityId)
    .where('i.unit_id', 'in', w.unitIds)
    .where('i.held_at', '>=', w.from)
    .where('i.held_at', '<', w.to)
    .orderBy('i.held_at')
    .orderBy('q.position')
    .limit(limit)
    .execute();
}

/** Names for the report: the municipality, units, ideas and the problems those ideas address. */
export async function names(db: Db, tenant: Tenant, unitIds: string[], ideaIds: string[]) {
  const m = tenant.municipalityId;
  const municipality = await db
    .selectFrom('municipality')
    .select(['name', 'min_group_size'])
    .where('id', '=', m)
    .executeTakeFirstOrThrow();
  const units = unitIds.length
    ? await db
        .selectFrom('org_unit')
        .select(['id', 'name'])
        .where('municipality_id', '=', m)
        .where('id', 'in', unitIds)
        .execute()
    : [];
  const ideas = ideaIds.length
    ? await db
        .selectFrom('improvement_idea')
        .select(['id', 'title'])
        .where('municipality_id', '=', m)
        .where('id', 'in', ideaIds)
        .execute()
    : [];
  const problems = ideaIds.length
    ? await db
        .selectFrom('improvement_idea_problem as l')
        .innerJoin('improvement_problem as p', (j) =>
          j.onRef('p.municipality_id', '=', 'l.municipality_id').onRef('p.id', '=', 'l.problem_id'),
        )
        .select('p.title')
        .distinct()
        .where('l.municipality_id', '=', m)
        .where('l.idea_id', 'in', ideaIds)
        .execute()
    : [];
  return { municipality, units, ideas, problems: problems.map((p) => p.title) };
}
