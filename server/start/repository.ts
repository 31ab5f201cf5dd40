import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** Units with a smiley alert rule (its thresholds), with the latest open smiley survey aimed at each (for the link). */
export function alertRules(db: Db, tenant: Tenant) {
  return db
    .selectFrom('smiley_alert_rule as r')
    .innerJoin('org_unit as u', (j) =>
      j.onRef('u.municipality_id', '=', 'r.municipality_id').onRef('u.id', '=', 'r.unit_id'),
    )
    .select((eb) => [
      'r.unit_id',
      'u.name',
      'r.window_minutes',
      'r.min_presses',
      'r.unhappy_share',
      eb
        .selectFrom('survey_unit as su')
        .innerJoin('survey as s', (j) =>
          j.onRef('s.municipality_id', '=', 'su.municipality_id').onRef('s.id', '=', 'su.survey_id'),
        )
        .select('s.id')
        .whereRef('su.municipality_id', '=', 'r.municipality_id')
        .whereRef('su.unit_id', '=', 'r.unit_id')
        .where('s.mode', '=', 'smiley')
        .orderBy('s.created_at', 'desc')
        .limit(1)
        .as('survey_id'),
    ])
    .where('r.municipality_id', '=', tenant.municipalityId)
    .where('u.archived_at', 'is', null)
    .orderBy('u.name')
    .execute();
}

/** Initiatives whose test has started and is not yet evaluated (the test ends today or later). */
export function runningInitiatives(db: Db, tenant: Tenant, today: string, limit: number) {
  return db
    .selectFrom('improvement_initiative')
    .select(['id', 'title', 'test_end'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('started_at', 'is not', null)
    .where('test_end', '>=', sql<Date>`${today}::date`)
    .orderBy('test_end')
    .orderBy('title')
    .limit(limit)
    .execute();
}

/** Journeys with the most hotspots (in their current version), most first; journeys without any are left out. */
export function journeysByHotspots(db: Db, tenant: Tenant, limit: number) {
  const hotspots = sql<number>`coalesce((metrics->>'hotspots')::int, 0)`;
  return db
    .selectFrom('journey')
    .select(['id', 'title', hotspots.as('hotspots')])
    .where('municipality_id', '=', tenant.municipalityId)
    .where(hotspots, '>', 0)
    .orderBy(hotspots, 'desc')
    .orderBy('title')
    .limit(limit)
    .execute();
}
