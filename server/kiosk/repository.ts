import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** Registers a device; the caller hashes the token, which is never stored in clear. */
export function insertDevice(
  db: Db,
  tenant: Tenant,
  d: { surveyId: string; unitId: string | null; name: string; tokenHash: string; createdBy: string },
) {
  return db
    .insertInto('kiosk_device')
    .values({
      municipality_id: tenant.municipalityId,
      survey_id: d.surveyId,
      unit_id: d.unitId,
      name: d.name,
      token_hash: d.tokenHash,
      created_by: d.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The devices of a survey, newest first. */
export function listDevices(db: Db, tenant: Tenant, surveyId: string) {
  return db
    .selectFrom('kiosk_device')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('survey_id', '=', surveyId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Revokes a device: its token stops working at once. */
export function revokeDevice(db: Db, tenant: Tenant, id: string) {
  return db
    .updateTable('kiosk_device')
    .set({ revoked_at: new Date() })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** A device by the hash of its token (the tablet knows only the token), with its survey's public token. */
export function findDeviceByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('kiosk_device as d')
    .innerJoin('survey as s', (j) =>
      j.onRef('s.municipality_id', '=', 'd.municipality_id').onRef('s.id', '=', 'd.survey_id'),
    )
    .select([
      'd.municipality_id',
      'd.id',
      'd.survey_id',
      'd.unit_id',
      'd.name',
      'd.revoked_at',
      's.public_token',
    ])
    .where('d.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Notes when a device was last seen (on configuration loads, not on every answer). */
export function touchDevice(db: Db, tenant: Tenant, id: string) {
  return db
    .updateTable('kiosk_device')
    .set({ last_seen_at: new Date() })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .execute();
}
