import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The text of an observation of this municipality, or undefined. */
export async function observationText(db: Db, tenant: Tenant, id: string) {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom('improvement_observation')
    .select('what')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.what;
}

export async function quoteText(db: Db, tenant: Tenant, id: string) {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom('improvement_quote')
    .select('body')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.body;
}

/**
 * A survey free-text answer by `responseId:itemId` (read-only; the survey feature owns the table and
 * stored the text already screened).
 */
export async function surveyText(db: Db, tenant: Tenant, ref: string) {
  const match = /^(\d{1,15}):([\w.-]{1,100})$/.exec(ref);
  if (!match) return undefined;
  const row = await db
    .selectFrom('survey_text_answer')
    .select('body')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('response_id', '=', Number(match[1]))
    .where('item_id', '=', match[2] ?? '')
    .executeTakeFirst();
  return row?.body;
}

/** The newest survey free-text answers, for picking evidence. */
export async function recentSurveyTexts(db: Db, tenant: Tenant, limit = 100) {
  const rows = await db
    .selectFrom('survey_text_answer as t')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 't.municipality_id').onRef('r.id', '=', 't.response_id'),
    )
    .select(['t.response_id', 't.item_id', 't.body', 'r.submitted_hour'])
    .where('t.municipality_id', '=', tenant.municipalityId)
    .orderBy('r.submitted_hour', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ref: `${r.response_id}:${r.item_id}`,
    body: r.body,
    at: r.submitted_hour.toISOString(),
  }));
}

/** A journey pain point is referenced as `journeyId:stepId`; both are opaque to this feature. */
export function isJourneyRef(ref: string): boolean {
  const [journey, step, ...rest] = ref.split(':');
  return rest.length === 0 && UUID.test(journey ?? '') && /^[\w.-]{1,100}$/.test(step ?? '');
}
