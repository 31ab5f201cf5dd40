import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Kysely, sql } from 'kysely';
import type { AuthContext, Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { deletionOrder, tenantTables } from '../export/tenant-tables.ts';

type Db = Kysely<Database>;
/** The final export must be this recent when the municipality is deleted. */
const EXPORT_VALID_MS = 24 * 3_600_000;

/** When the municipality's full export last finished (from the audit log), if within the last day. */
export async function lastExportAt(db: Db, tenant: Tenant, now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('audit_log')
    .select('at')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('action', '=', 'lifecycle.export')
    .where('at', '>', new Date(now.getTime() - EXPORT_VALID_MS))
    .orderBy('at', 'desc')
    .executeTakeFirst();
  return row?.at ?? null;
}

/** What the confirmation step shows: the name to type, the export's time and how many rows will go. */
export async function offboardingPreview(db: Db, tenant: Tenant, now: Date) {
  const m = await db
    .selectFrom('municipality')
    .select(['slug', 'name'])
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  let rows = 0;
  for (const t of await tenantTables(db)) {
    const r = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.raw(`"${t.name}"`)} where municipality_id = ${tenant.municipalityId}`.execute(
      db,
    );
    rows += r.rows[0]?.n ?? 0;
  }
  const exported = await lastExportAt(db, tenant, now);
  return { slug: m.slug, name: m.name, lastExportAt: exported?.toISOString() ?? null, rows };
}

/**
 * Deletes the municipality completely, in one transaction: every table with a municipality_id
 * (found in the catalogue, children before parents), then the municipality itself, then its photo
 * folder. Refused unless the admin typed the municipality's short name and a full export finished
 * within the last day. Returns the rows deleted per table (for the server log: the audit log goes too).
 */
export async function offboard(db: Db, auth: AuthContext, confirmSlug: string, now: Date, dataDir: string) {
  const m = auth.municipalityId;
  const row = await db
    .selectFrom('municipality')
    .select('slug')
    .where('id', '=', m)
    .executeTakeFirstOrThrow();
  if (confirmSlug !== row.slug) throw invalidField('confirmSlug', 'invalid');
  if (!(await lastExportAt(db, auth, now))) throw new AppError('offboarding_export_required');
  const tables = await tenantTables(db);
  const order = await deletionOrder(
    db,
    tables.map((t) => t.name),
  );
  const deleted: Record<string, number> = {};
  await db.transaction().execute(async (tx) => {
    for (const table of order) {
      const r = await sql`delete from ${sql.raw(`"${table}"`)} where municipality_id = ${m}`.execute(tx);
      deleted[table] = Number(r.numAffectedRows ?? 0);
    }
    await tx.deleteFrom('municipality').where('id', '=', m).execute();
  });
  await rm(join(resolve(dataDir, '..', 'improvement-photos'), m), { recursive: true, force: true });
  return deleted;
}
