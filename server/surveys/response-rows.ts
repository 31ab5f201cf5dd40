import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { DatabaseKind } from '../db/database.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** Rows per cursor read or keyset page: small enough that a batch dies young in V8's nursery. */
export const RESPONSE_BATCH = 500;

/** The raw responses of one survey in id order, each with its answers as JSON objects. */
function responsesQuery(db: Db, tenant: Tenant, surveyId: string) {
  return db
    .selectFrom('survey_response as r')
    .select([
      'r.id',
      'r.unit_id',
      'r.channel',
      'r.locale',
      'r.submitted_hour',
      sql<Record<
        string,
        string
      > | null>`(select jsonb_object_agg(a.item_id, case when a.dont_know then 'dk' else a.value::text end) from survey_answer a where a.municipality_id = r.municipality_id and a.response_id = r.id)`.as(
        'answers',
      ),
      sql<Record<
        string,
        string
      > | null>`(select jsonb_object_agg(t.item_id, t.body) from survey_text_answer t where t.municipality_id = r.municipality_id and t.response_id = r.id)`.as(
        'texts',
      ),
    ])
    .where('r.municipality_id', '=', tenant.municipalityId)
    .where('r.survey_id', '=', surveyId)
    .orderBy('r.id');
}

/**
 * Every raw response of a survey, read in bounded batches so memory stays flat at any size. On
 * PostgreSQL one server-side cursor (pg-cursor through Kysely's `stream`) is read `batch` rows at a
 * time; it is closed when the consumer stops early (a client that went away). PGlite has one
 * connection for everybody and no cursor in its driver, so there it is keyset pages of `batch` rows,
 * one short query each, and other requests run in between.
 */
export async function* responseRows(
  db: Db,
  kind: DatabaseKind,
  tenant: Tenant,
  surveyId: string,
  batch = RESPONSE_BATCH,
) {
  const query = responsesQuery(db, tenant, surveyId);
  if (kind === 'postgres') {
    yield* query.stream(batch);
    return;
  }
  for (let after = 0; ; ) {
    const page = await query.where('r.id', '>', after).limit(batch).execute();
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < batch) return;
    after = last.id;
  }
}
