import { type Insertable, type Kysely, sql } from 'kysely';
import type { ListComplaintsFilter } from '../../shared/api/complaints.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { webhookEvents } from '../integrations/webhooks/outbox-writes.ts';
import type { ComplaintTable } from './tables.ts';

type Db = Kysely<Database>;
export type ComplaintInsert = Omit<Insertable<ComplaintTable>, 'municipality_id'>;

/** A `date` column as `YYYY-MM-DD` text, identical on node-postgres and PGlite. */
export const dateText = (column: string) => sql<string>`${sql.ref(column)}::text`;

const COLUMNS = [
  'id',
  'unit_id',
  'area_key',
  'kind',
  'channel',
  'about_process',
  'process_reasons',
  'about_decision',
  'severity',
  'outcome',
  'description',
  'import_batch',
] as const;

/**
 * Inserts complaints in one statement per 500 rows; the caller's transaction makes it all-or-nothing.
 * The same statement writes `complaint.created` for each complaint that is not imported.
 */
export async function insertComplaints(
  db: Db,
  tenant: Tenant,
  rows: readonly ComplaintInsert[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => ({ ...r, municipality_id: tenant.municipalityId }));
    const insert = db.insertInto('complaint').values(chunk).returningAll();
    const inserted = await sql<{
      id: string;
    }>`with ins as (${insert}), outbox as (${complaintCreated(tenant)})
      select id from ins`.execute(db);
    ids.push(...inserted.rows.map((r) => r.id));
  }
  return ids;
}

const complaintCreated = (tenant: Tenant) =>
  webhookEvents({
    municipalityId: tenant.municipalityId,
    rows: 'ins',
    type: sql`'complaint.created'`,
    payload: sql`jsonb_build_object('complaintId', x.id, 'unitId', x.unit_id, 'receivedOn', x.received_on,
      'kind', x.kind, 'channel', x.channel, 'severity', x.severity, 'aboutProcess', x.about_process,
      'aboutDecision', x.about_decision)`,
    when: sql`x.import_batch is null`,
  });

/** One complaint with its dates as text. */
export function findComplaint(db: Db, tenant: Tenant, id: string) {
  return selectComplaints(db, tenant).where('id', '=', id).executeTakeFirst();
}

function selectComplaints(db: Db, tenant: Tenant) {
  return db
    .selectFrom('complaint')
    .select([
      ...COLUMNS,
      dateText('received_on').as('received_on'),
      dateText('answered_on').as('answered_on'),
    ])
    .where('municipality_id', '=', tenant.municipalityId);
}

/** The newest complaints first, optionally for one unit and a date range. */
export function listComplaints(db: Db, tenant: Tenant, filter: ListComplaintsFilter) {
  let q = selectComplaints(db, tenant);
  if (filter.unitId) q = q.where('unit_id', '=', filter.unitId);
  if (filter.from) q = q.where('received_on', '>=', filter.from);
  if (filter.to) q = q.where('received_on', '<=', filter.to);
  return q.orderBy('received_on', 'desc').orderBy('created_at', 'desc').limit(filter.limit).execute();
}
export type ComplaintRow = Awaited<ReturnType<typeof listComplaints>>[number];

export async function deleteComplaint(db: Db, tenant: Tenant, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('complaint')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Active and archived units of the municipality by id and name, for validating references. */
export function unitNames(db: Db, tenant: Tenant) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'parent_id', 'archived_at'])
    .where('municipality_id', '=', tenant.municipalityId)
    .execute();
}

/** Records (or replaces) a unit's contact volume for one month. */
export async function upsertVolume(db: Db, tenant: Tenant, unitId: string, month: string, contacts: number) {
  await upsertVolumes(db, tenant, [{ unitId, month, contacts }]);
}

/** Records many units' monthly contact volumes in one statement (the demo seed writes dozens). */
export async function upsertVolumes(
  db: Db,
  tenant: Tenant,
  rows: readonly { unitId: string; month: string; contacts: number }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto('unit_contact_volume')
    .values(
      rows.map((r) => ({
        municipality_id: tenant.municipalityId,
        unit_id: r.unitId,
        month: `${r.month}-01`,
        contacts: r.contacts,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'unit_id', 'month'])
        .doUpdateSet((eb) => ({ contacts: eb.ref('excluded.contacts') })),
    )
    .execute();
}

/** Recorded contact volumes, per unit and month. */
export function listVolumes(db: Db, tenant: Tenant, from: string, to: string) {
  return db
    .selectFrom('unit_contact_volume')
    .select(['unit_id', 'contacts', sql<string>`to_char(month, 'YYYY-MM')`.as('month')])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('month', '>=', `${from.slice(0, 7)}-01`)
    .where('month', '<=', to)
    .orderBy('month')
    .execute();
}
