import { type Kysely, sql } from 'kysely';
import { type SmileyFace, UNHAPPY_FACES } from '../../shared/indicators/index.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { webhookEvents } from '../integrations/webhooks/outbox-writes.ts';

type Db = Kysely<Database>;

/** Stores one press, timed to the minute; a repeated idempotency key stores nothing. */
export async function insertPress(
  db: Db,
  tenant: Tenant,
  p: {
    surveyId: string;
    unitId: string | null;
    face: SmileyFace;
    reason: string | null;
    /** The canonical tag of the language the terminal showed. */
    language: string | null;
    idempotencyKey: string | null;
  },
): Promise<boolean> {
  const rows = await db
    .insertInto('smiley_press')
    .values({
      municipality_id: tenant.municipalityId,
      survey_id: p.surveyId,
      unit_id: p.unitId,
      face: p.face,
      reason: p.reason,
      language: p.language,
      pressed_minute: sql<Date>`date_trunc('minute', now())`,
      idempotency_key: p.idempotencyKey,
    })
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'survey_id', 'idempotency_key'])
        .where('idempotency_key', 'is not', null)
        .doNothing(),
    )
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Presses per face by local hour of day and ISO weekday (1 = Monday). */
export function pressesByHourAndWeekday(db: Db, tenant: Tenant, surveyId: string, timeZone: string) {
  const local = sql`(pressed_minute at time zone ${timeZone})`;
  return db
    .selectFrom('smiley_press')
    .select([
      sql<number>`extract(hour from ${local})::int`.as('hour'),
      sql<number>`extract(isodow from ${local})::int`.as('weekday'),
      'face',
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('survey_id', '=', surveyId)
    .groupBy([sql`1`, sql`2`, 'face'])
    .execute();
}

/** Reasons given after a press, counted. */
export function reasonCounts(db: Db, tenant: Tenant, surveyId: string) {
  return db
    .selectFrom('smiley_press')
    .select(['reason', (eb) => eb.fn.countAll<number>().as('n')])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('survey_id', '=', surveyId)
    .where('reason', 'is not', null)
    .groupBy('reason')
    .execute();
}

/**
 * Presses of units since a moment, counted per unit and minute (presses are stored to the minute):
 * what an alert evaluation needs, without a row per press. One range scan of smiley_press_unit_idx
 * per unit.
 */
export async function pressCountsSince(db: Db, tenant: Tenant, unitIds: readonly string[], since: Date) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('smiley_press')
    .select((eb) => [
      'unit_id',
      'pressed_minute',
      eb.fn.countAll<string | number>().as('presses'),
      eb.fn.countAll<string | number>().filterWhere('face', 'in', UNHAPPY_FACES).as('unhappy'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('unit_id', 'in', [...unitIds])
    .where('pressed_minute', '>', since)
    .groupBy(['unit_id', 'pressed_minute'])
    .$narrowType<{ unit_id: string }>()
    .execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    at: r.pressed_minute.getTime(),
    presses: Number(r.presses),
    unhappy: Number(r.unhappy),
  }));
}

export function findAlertRule(db: Db, tenant: Tenant, unitId: string) {
  return db
    .selectFrom('smiley_alert_rule')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}

/** Creates or replaces the unit's rule. */
export function upsertAlertRule(
  db: Db,
  tenant: Tenant,
  unitId: string,
  r: { windowMinutes: number; minPresses: number; unhappyShare: number; email: string | null },
) {
  const values = {
    window_minutes: r.windowMinutes,
    min_presses: r.minPresses,
    unhappy_share: r.unhappyShare,
    email: r.email,
  };
  return db
    .insertInto('smiley_alert_rule')
    .values({ municipality_id: tenant.municipalityId, unit_id: unitId, ...values })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'unit_id']).doUpdateSet({ ...values, updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteAlertRule(db: Db, tenant: Tenant, unitId: string) {
  return db
    .deleteFrom('smiley_alert_rule')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('unit_id', '=', unitId)
    .execute();
}

/**
 * Marks the unit's alert as fired at `at`, but only if it has not fired within the last window: one
 * conditional UPDATE, so two presses arriving together cannot both claim the alert (and send two
 * e-mails). True when this call claimed it.
 */
export async function claimAlertFiring(
  db: Db,
  tenant: Tenant,
  unitId: string,
  at: Date,
  windowMinutes: number,
): Promise<boolean> {
  const windowStart = new Date(at.getTime() - windowMinutes * 60_000);
  const m = tenant.municipalityId;
  const rows = await db
    .with('upd', (qb) =>
      qb
        .updateTable('smiley_alert_rule')
        .set({ last_fired_at: at })
        .where('municipality_id', '=', m)
        .where('unit_id', '=', unitId)
        .where((eb) => eb.or([eb('last_fired_at', 'is', null), eb('last_fired_at', '<=', windowStart)]))
        .returning([
          'municipality_id',
          'unit_id',
          'last_fired_at',
          'window_minutes',
          'min_presses',
          'unhappy_share',
        ]),
    )
    .with('outbox', () => sql`(${smileyAlertEvent(m)})`)
    .selectFrom('upd')
    .select('unit_id')
    .execute();
  return rows.length > 0;
}

/**
 * `smiley.alert` for the claimed rule, in the claiming statement (../integrations/webhooks/outbox-writes.ts).
 * The claim only moves `last_fired_at` forward (windows are at least a minute), so every claim is a firing.
 */
const smileyAlertEvent = (municipalityId: string) =>
  webhookEvents({
    municipalityId,
    rows: 'upd',
    type: sql`'smiley.alert'`,
    payload: sql`jsonb_build_object('unitId', x.unit_id, 'firedAt', x.last_fired_at,
      'windowMinutes', x.window_minutes, 'minPresses', x.min_presses, 'unhappyShare', x.unhappy_share)`,
  });

/** The unit's name and its municipality's country, for the alert e-mail. */
export function unitForMail(db: Db, tenant: Tenant, unitId: string) {
  return db
    .selectFrom('org_unit as u')
    .innerJoin('municipality as m', 'm.id', 'u.municipality_id')
    .select(['u.name', 'm.country'])
    .where('u.municipality_id', '=', tenant.municipalityId)
    .where('u.id', '=', unitId)
    .executeTakeFirst();
}
