import type { OpenSessionDto } from '../../../shared/api/improvement/observations.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import { AppError, notFound } from '../../http/app-error.ts';
import { canManageAnySession } from '../../policies/index.ts';
import type { Db } from '../common.ts';
import * as open from './open-queries.ts';
import { presentObservation, presentSession } from './presenter.ts';
import * as queries from './queries.ts';

/** Whose open sessions the caller sees and may resume or close: all, or their own and their units'. */
async function scopeOf(db: Db, auth: AuthContext) {
  if (canManageAnySession(auth)) return null;
  return { userId: auth.userId, unitIds: await open.userUnitIds(db, auth, auth.userId) };
}

function present(auth: AuthContext, row: open.OpenSessionRow): OpenSessionDto {
  return {
    ...presentSession(row),
    observerId: row.observer_id,
    device: row.device,
    lastActivityAt: new Date(row.last_activity_at).toISOString(),
    mine: row.observer_id === auth.userId,
  };
}

/** The open sessions the caller may act on, most recently used first. */
export async function listOpen(db: Db, auth: AuthContext): Promise<OpenSessionDto[]> {
  const rows = await open.listOpenSessions(db, auth, await scopeOf(db, auth));
  return rows.map((r) => present(auth, r));
}

/** One open session the caller may act on; 404 when it is not theirs to see, 409 when already closed. */
async function findOpen(db: Db, auth: AuthContext, id: string) {
  const [row] = await open.listOpenSessions(db, auth, await scopeOf(db, auth), id);
  if (row) return row;
  const any = await queries.findSession(db, auth, id);
  if (any?.ended_at && (canManageAnySession(auth) || any.observer_id === auth.userId))
    throw new AppError('improvement_session_closed');
  throw notFound();
}

/** Continues a session on this device: records the device and returns what was noted so far. */
export async function resumeSession(db: Db, auth: AuthContext, id: string, device: string) {
  const row = await findOpen(db, auth, id);
  await open.setDevice(db, auth, id, device);
  await recordAudit(db, auth, auth.userId, 'improvement.session_resume', { type: 'session', id }, { device });
  const observations = await queries.listObservations(db, auth, id);
  return { session: present(auth, { ...row, device }), observations: observations.map(presentObservation) };
}

/** Closes a session left open elsewhere, recording who closed it and when. */
export async function closeSession(db: Db, auth: AuthContext, id: string) {
  const row = await findOpen(db, auth, id);
  if (!(await open.closeSession(db, auth, id, auth.userId, new Date(row.last_activity_at))))
    throw new AppError('improvement_session_closed');
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.session_close',
    { type: 'session', id },
    {
      observer: row.observer_id,
    },
  );
  const closed = await queries.findSession(db, auth, id);
  if (!closed?.ended_at) throw notFound();
  return {
    ...presentSession(closed),
    endedAt: closed.ended_at.toISOString(),
    closedByName: await open.closerName(db, auth, id),
  };
}
