import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { registerToken, replaceToken } from '../tokens/repository.ts';
import type { SurveyTable } from './tables.ts';

type Db = Kysely<Database>;
export type SurveyRow = Selectable<SurveyTable>;
export type SurveyInsert = Omit<Insertable<SurveyTable>, 'municipality_id'>;

/** The surveys of the municipality, newest first. */
export function listSurveys(db: Db, tenant: Tenant) {
  return db
    .selectFrom('survey')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** One survey of the municipality; `lock` takes a row lock for a state change. */
export function findSurvey(db: Db, tenant: Tenant, id: string, lock = false) {
  const q = db
    .selectFrom('survey')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id);
  return (lock ? q.forUpdate() : q).executeTakeFirst();
}

/** A new survey; its public token goes into the token directory in the same transaction. */
export async function insertSurvey(db: Db, tenant: Tenant, values: SurveyInsert) {
  const row = await db
    .insertInto('survey')
    .values({ ...values, municipality_id: tenant.municipalityId })
    .returningAll()
    .executeTakeFirstOrThrow();
  await registerToken(db, 'survey', row.public_token, tenant, row.id);
  return row;
}

/** Changes a survey; a new public token (rotation) replaces the old one in the token directory. */
export async function updateSurvey(db: Db, tenant: Tenant, id: string, patch: Updateable<SurveyTable>) {
  const row = await db
    .updateTable('survey')
    .set({ ...patch, updated_at: new Date() })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (patch.public_token !== undefined) await replaceToken(db, 'survey', tenant, id, row.public_token);
  return row;
}

/** Target units per survey, for a set of surveys. */
export async function unitIdsBySurvey(db: Db, tenant: Tenant, surveyIds: string[]) {
  const map = new Map<string, string[]>();
  if (surveyIds.length === 0) return map;
  const rows = await db
    .selectFrom('survey_unit')
    .select(['survey_id', 'unit_id'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('survey_id', 'in', surveyIds)
    .orderBy('unit_id')
    .execute();
  for (const r of rows) map.set(r.survey_id, [...(map.get(r.survey_id) ?? []), r.unit_id]);
  return map;
}

/** Replaces a survey's target units. */
export async function setSurveyUnits(db: Db, tenant: Tenant, surveyId: string, unitIds: string[]) {
  await db
    .deleteFrom('survey_unit')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('survey_id', '=', surveyId)
    .execute();
  if (unitIds.length === 0) return;
  await db
    .insertInto('survey_unit')
    .values(
      unitIds.map((unitId) => ({
        municipality_id: tenant.municipalityId,
        survey_id: surveyId,
        unit_id: unitId,
      })),
    )
    .execute();
}

/** How many of the given ids are active units of the municipality. */
export async function countActiveUnits(db: Db, tenant: Tenant, unitIds: string[]): Promise<number> {
  const row = await db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', 'in', unitIds)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Response counts per survey (questionnaire responses plus smiley presses). */
export async function responseCounts(db: Db, tenant: Tenant): Promise<Map<string, number>> {
  const [responses, presses] = await Promise.all([
    db
      .selectFrom('survey_response')
      .select(['survey_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('municipality_id', '=', tenant.municipalityId)
      .groupBy('survey_id')
      .execute(),
    db
      .selectFrom('smiley_press')
      .select(['survey_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('municipality_id', '=', tenant.municipalityId)
      .groupBy('survey_id')
      .execute(),
  ]);
  const map = new Map<string, number>();
  for (const r of [...responses, ...presses]) map.set(r.survey_id, (map.get(r.survey_id) ?? 0) + Number(r.n));
  return map;
}
