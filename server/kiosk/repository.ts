import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { locateToken, registerToken, replaceToken } from '../tokens/repository.ts';

type Db = Kysely<Database>;

/** Registers a device and its token hash in the token directory; the token is never stored in clear. */
export async function insertDevice(
  db: Db,
  tenant: Tenant,
  d: { surveyId: string; unitId: string | null; name: string; tokenHash: string; createdBy: string },
) {
  const row = await db
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
  await registerToken(db, 'kiosk', d.tokenHash, tenant, row.id);
  return row;
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

/** Revokes a device: its token leaves the directory in the same transaction, so it stops working at once. */
export async function revokeDevice(db: Db, tenant: Tenant, id: string) {
  const row = await db
    .updateTable('kiosk_device')
    .set({ revoked_at: new Date() })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (row) await replaceToken(db, 'kiosk', tenant, id, null);
  return row;
}

/**
 * A device by the hash of its token (the tablet knows only the token), with its survey's public token:
 * the token directory names the municipality and device, read then by full key.
 */
export async function findDeviceByTokenHash(db: Db, tokenHash: string) {
  const entry = await locateToken(db, 'kiosk', tokenHash);
  if (!entry) return undefined;
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
    .where('d.municipality_id', '=', entry.municipalityId)
    .where('d.id', '=', entry.refId)
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
