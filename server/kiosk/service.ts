import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { invalidField, notFound } from '../http/app-error.ts';
import { findSurvey, unitIdsBySurvey } from '../surveys/repository.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

/** SHA-256 of a device token, as stored. */
export const hashDeviceToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Whether a string looks like one of our device tokens (before any lookup). */
export const isDeviceTokenShape = (token: unknown): token is string =>
  typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * Registers a reception tablet for a survey and returns its device token once. The token identifies
 * the device (its own rate-limit bucket, its unit), never a respondent.
 */
export async function registerDevice(
  db: Db,
  auth: AuthContext,
  surveyId: string,
  input: { name: string; unitId: string | null },
) {
  const survey = await findSurvey(db, auth, surveyId);
  if (!survey) throw notFound();
  const units = (await unitIdsBySurvey(db, auth, [surveyId])).get(surveyId) ?? [];
  if (input.unitId && !units.includes(input.unitId)) throw invalidField('unitId', 'unknown_reference');
  const unitId = input.unitId ?? (units.length === 1 ? (units[0] ?? null) : null);
  const token = randomBytes(32).toString('base64url');
  const device = await repo.insertDevice(db, auth, {
    surveyId,
    unitId,
    name: input.name,
    tokenHash: hashDeviceToken(token),
    createdBy: auth.userId,
  });
  await recordAudit(
    db,
    auth,
    auth.userId,
    'kiosk.register',
    { type: 'kiosk_device', id: device.id },
    { surveyId, name: input.name },
  );
  return { device, token };
}

/** Revokes a device. */
export async function revokeDevice(db: Db, auth: AuthContext, id: string) {
  const device = await repo.revokeDevice(db, auth, id);
  if (!device) throw notFound();
  await recordAudit(
    db,
    auth,
    auth.userId,
    'kiosk.revoke',
    { type: 'kiosk_device', id },
    { name: device.name },
  );
  return device;
}

/** The active device behind a token, or undefined. */
export async function deviceForToken(db: Db, token: unknown) {
  if (!isDeviceTokenShape(token)) return undefined;
  const device = await repo.findDeviceByTokenHash(db, hashDeviceToken(token));
  return device && !device.revoked_at ? device : undefined;
}
