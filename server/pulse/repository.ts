import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { registerToken } from '../tokens/repository.ts';

type Db = Kysely<Database>;

/** A pulse round is an ordinary survey (mode 'pulse') aimed at one or more units. */
export async function insertPulseSurvey(
  db: Db,
  tenant: Tenant,
  values: {
    title: string;
    unitIds: readonly string[];
    languages: string[];
    definition: object;
    token: string;
    opensAt: string;
    closesAt: string | null;
    createdBy: string | null;
    /** Defaults to an open pulse; the demo seed also writes closed rounds and citizen surveys. */
    mode?: 'pulse' | 'questionnaire';
    status?: 'open' | 'closed';
  },
) {
  const row = await db
    .insertInto('survey')
    .values({
      municipality_id: tenant.municipalityId,
      title: values.title,
      status: values.status ?? 'open',
      mode: values.mode ?? 'pulse',
      languages: values.languages,
      channels: ['link'],
      definition: JSON.stringify(values.definition),
      public_token: values.token,
      previous_version_id: null,
      journey_id: null,
      touchpoint_id: null,
      opens_at: values.opensAt,
      closes_at: values.closesAt,
      created_by: values.createdBy,
    })
    .returning(['id', 'title', 'status', 'public_token', 'opens_at', 'closes_at'])
    .executeTakeFirstOrThrow();
  await registerToken(db, 'survey', row.public_token, tenant, row.id);
  await db
    .insertInto('survey_unit')
    .values(
      values.unitIds.map((unitId) => ({
        municipality_id: tenant.municipalityId,
        survey_id: row.id,
        unit_id: unitId,
      })),
    )
    .execute();
  return row;
}

/** Pulse rounds, newest first, with their units and number of responses. */
export function listPulseSurveys(db: Db, tenant: Tenant) {
  return db
    .selectFrom('survey as s')
    .select((eb) => [
      's.id',
      's.title',
      's.status',
      's.public_token',
      's.opens_at',
      's.closes_at',
      sql<string[]>`coalesce((select array_agg(su.unit_id::text order by su.unit_id) from survey_unit su
        where su.municipality_id = s.municipality_id and su.survey_id = s.id), '{}')`.as('unit_ids'),
      eb
        .selectFrom('survey_response as r')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('r.municipality_id', '=', 's.municipality_id')
        .whereRef('r.survey_id', '=', 's.id')
        .as('responses'),
    ])
    .where('s.municipality_id', '=', tenant.municipalityId)
    .where('s.mode', '=', 'pulse')
    .orderBy('s.opens_at', 'desc')
    .execute();
}

/** Closes a round; a closed round takes no more answers. */
export function closePulseSurvey(db: Db, tenant: Tenant, id: string) {
  return db
    .updateTable('survey')
    .set({ status: 'closed', closes_at: new Date(), updated_at: new Date() })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .where('mode', '=', 'pulse')
    .returning('id')
    .executeTakeFirst();
}

/** The pulse minimum group size (own setting; 5 until changed). */
export async function pulseMinGroupSize(db: Db, tenant: Tenant): Promise<number> {
  const row = await db
    .selectFrom('dialog_setting')
    .select('pulse_min_group_size')
    .where('municipality_id', '=', tenant.municipalityId)
    .executeTakeFirst();
  return row?.pulse_min_group_size ?? 5;
}

export async function setPulseMinGroupSize(db: Db, tenant: Tenant, size: number) {
  await db
    .insertInto('dialog_setting')
    .values({ municipality_id: tenant.municipalityId, pulse_min_group_size: size })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ pulse_min_group_size: size }))
    .execute();
}
