import type { Kysely } from 'kysely';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../http/app-error.ts';
import { canAnalyse, canRecord } from '../policies/index.ts';
import { userUnitIds } from './units-repository.ts';

/**
 * Who may edit which journey. The route has already checked `canRecord` (staff and up); on top of that
 * staff may only edit journeys owned by one of their own units (user_unit), while analysts and admins
 * may edit all. Everyone signed in may read.
 */
export interface EditRights {
  all: boolean;
  unitIds: ReadonlySet<string>;
}

/** Loads the signed-in user's edit rights once per request. */
export async function editRights(db: Kysely<Database>, auth: AuthContext): Promise<EditRights> {
  if (!canRecord(auth)) return { all: false, unitIds: new Set() };
  if (canAnalyse(auth)) return { all: true, unitIds: new Set() };
  return { all: false, unitIds: await userUnitIds(db, auth, auth.userId) };
}

/** Whether a journey owned by `ownerUnitId` may be edited with these rights. */
export function mayEdit(rights: EditRights, ownerUnitId: string | null): boolean {
  if (rights.all) return true;
  return ownerUnitId !== null && rights.unitIds.has(ownerUnitId);
}

/** Throws 403 `journey_not_your_unit` unless every given owner unit may be edited. */
export function assertMayEdit(rights: EditRights, ...ownerUnitIds: (string | null)[]): void {
  for (const id of ownerUnitIds) if (!mayEdit(rights, id)) throw new AppError('journey_not_your_unit');
}
