import type { SyncInput } from '../../../shared/api/improvement/observations.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import { invalidField, notFound } from '../../http/app-error.ts';
import { type Db, screened } from '../common.ts';
import { photoPath, readPhoto, storePhoto } from './photos.ts';
import * as queries from './queries.ts';
import * as repo from './repository.ts';

/**
 * Stores what a phone recorded, possibly offline for a whole session. Sessions go first so observations
 * can point at them; every write is keyed by the phone's ids, so sending the same queue twice (a lost
 * answer, a retry) stores nothing twice and loses nothing.
 */
export async function syncObservations(db: Db, auth: AuthContext, input: SyncInput) {
  const unitIds = [...new Set(input.sessions.map((s) => s.unitId))];
  const units = await repo.existingUnitIds(db, auth, unitIds);
  input.sessions.forEach((s, i) => {
    if (!units.has(s.unitId)) throw invalidField(`sessions[${i}].unitId`, 'unknown_reference');
    if (s.endedAt && s.endedAt < s.startedAt) throw invalidField(`sessions[${i}].endedAt`, 'invalid');
  });
  const sessions = input.sessions.map((x) => ({ ...x, place: screened(auth, x.place) }));
  const sessionIds = await repo.upsertSessions(db, auth, auth.userId, sessions);
  const known = await repo.existingSessionIds(db, auth, [
    ...new Set(input.observations.map((o) => o.sessionId)),
  ]);
  input.observations.forEach((o, i) => {
    if (!known.has(o.sessionId)) throw invalidField(`observations[${i}].sessionId`, 'unknown_reference');
  });
  const observations = input.observations.map((o) => ({ ...o, what: screened(auth, o.what) }));
  const observationIds = await repo.insertObservations(db, auth, auth.userId, observations);
  if (input.sessions.length + input.observations.length > 0) {
    await recordAudit(db, auth, auth.userId, 'improvement.observations_sync', null, {
      sessions: sessionIds.length,
      observations: observationIds.length,
    });
  }
  return { sessionIds, observationIds };
}

/** A session with its observations. */
export async function sessionDetail(db: Db, auth: AuthContext, id: string) {
  const session = await queries.findSession(db, auth, id);
  if (!session) throw notFound();
  return { session, observations: await queries.listObservations(db, auth, id) };
}

/** Stores a room photo (no faces, confirmed by the observer) for an observation of this municipality. */
export async function attachPhoto(
  db: Db,
  auth: AuthContext,
  dataDir: string,
  id: string,
  bytes: Buffer,
  type: string,
) {
  const observation = await queries.findObservation(db, auth, id);
  if (!observation) throw notFound();
  const stored = await storePhoto(photoPath(dataDir, auth.municipalityId, id), bytes, type);
  await queries.setPhotoType(db, auth, id, stored);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.photo_store',
    { type: 'observation', id },
    { bytes: bytes.length },
  );
}

/** The stored photo and its type. */
export async function loadPhoto(db: Db, auth: AuthContext, dataDir: string, id: string) {
  const observation = await queries.findObservation(db, auth, id);
  if (!observation?.photo_type) throw notFound();
  return {
    type: observation.photo_type,
    bytes: await readPhoto(photoPath(dataDir, auth.municipalityId, id)),
  };
}
