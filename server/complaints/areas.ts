import type { Kysely } from 'kysely';
import { DEFAULT_AREAS } from '../../shared/complaints/taxonomy.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext, Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { notFound } from '../http/app-error.ts';
import * as repo from './area-repository.ts';

type Db = Kysely<Database>;

/**
 * The municipality's service areas. The default list is written on first use, so from then on the
 * municipality owns it: renames, hides and additions are ordinary rows.
 */
export async function listAreas(db: Db, tenant: Tenant) {
  const rows = await repo.listAreas(db, tenant);
  if (rows.length > 0) return rows;
  await repo.insertAreas(
    db,
    tenant,
    DEFAULT_AREAS.map((key, position) => ({ key, name: null, position })),
  );
  return repo.listAreas(db, tenant);
}

/** Keys that new complaints may use. */
export async function activeAreaKeys(db: Db, tenant: Tenant): Promise<Set<string>> {
  return new Set((await listAreas(db, tenant)).filter((a) => a.active).map((a) => a.key));
}

/** Adds the municipality's own area at the end of the list. */
export async function addArea(db: Db, auth: AuthContext, name: string) {
  const areas = await listAreas(db, auth);
  const position = areas.reduce((max, a) => Math.max(max, a.position), -1) + 1;
  const key = `custom_${position}`;
  await repo.insertAreas(db, auth, [{ key, name, position }]);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'complaint.area_create',
    { type: 'complaint_area', id: key },
    { name },
  );
  return (await repo.listAreas(db, auth)).find((a) => a.key === key)!;
}

/** Renames (null restores the default name) or hides/shows an area; complaints keep their key. */
export async function changeArea(
  db: Db,
  auth: AuthContext,
  key: string,
  patch: { name?: string | null | undefined; active?: boolean | undefined },
) {
  await listAreas(db, auth);
  const clean: { name?: string | null; active?: boolean } = {};
  if (patch.name !== undefined) clean.name = patch.name;
  if (patch.active !== undefined) clean.active = patch.active;
  const row = Object.keys(clean).length
    ? await repo.updateArea(db, auth, key, clean)
    : (await repo.listAreas(db, auth)).find((a) => a.key === key);
  if (!row) throw notFound();
  await recordAudit(
    db,
    auth,
    auth.userId,
    'complaint.area_update',
    { type: 'complaint_area', id: key },
    clean,
  );
  return row;
}
