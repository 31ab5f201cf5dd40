import { type Insertable, sql, type Updateable } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import { webhookEvents } from '../../integrations/webhooks/outbox-writes.ts';
import { locateToken, replaceToken } from '../../tokens/repository.ts';
import type { Db } from '../common.ts';
import type { ImprovementInitiativeTable } from '../tables.ts';

type Columns = Omit<Insertable<ImprovementInitiativeTable>, 'municipality_id'>;

export function listInitiatives(db: Db, tenant: Tenant, id?: string) {
  let q = db
    .selectFrom('improvement_initiative')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId);
  if (id) q = q.where('id', '=', id);
  return q.orderBy('test_start', 'desc').orderBy('created_at', 'desc').execute();
}

export type InitiativeRow = Awaited<ReturnType<typeof listInitiatives>>[number];

export function listLinks(db: Db, tenant: Tenant) {
  return Promise.all([
    db
      .selectFrom('improvement_initiative_idea')
      .select(['initiative_id', 'idea_id'])
      .where('municipality_id', '=', tenant.municipalityId)
      .execute(),
    db
      .selectFrom('improvement_initiative_unit')
      .select(['initiative_id', 'unit_id', 'role'])
      .where('municipality_id', '=', tenant.municipalityId)
      .execute(),
  ]);
}

/** A new initiative; a report token given at once is recorded in the token directory too. */
export async function insertInitiative(db: Db, tenant: Tenant, values: Columns) {
  const row = await db
    .insertInto('improvement_initiative')
    .values({ ...values, municipality_id: tenant.municipalityId })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (values.report_token) await replaceToken(db, 'report', tenant, row.id, values.report_token);
  return row;
}

/** Changes columns of an initiative; its report token only through `setReportToken` (it has an event). */
export async function updateInitiative(
  db: Db,
  tenant: Tenant,
  id: string,
  patch: Omit<Updateable<ImprovementInitiativeTable>, 'report_token'>,
) {
  await db
    .updateTable('improvement_initiative')
    .set({ ...patch, updated_at: new Date() })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Replaces the ideas and the test/comparison units of an initiative. */
export async function setLinks(
  db: Db,
  tenant: Tenant,
  id: string,
  links: { ideaIds?: string[]; testUnitIds?: string[]; comparisonUnitIds?: string[] },
) {
  const m = tenant.municipalityId;
  if (links.ideaIds) {
    await db
      .deleteFrom('improvement_initiative_idea')
      .where('municipality_id', '=', m)
      .where('initiative_id', '=', id)
      .execute();
    if (links.ideaIds.length > 0)
      await db
        .insertInto('improvement_initiative_idea')
        .values(links.ideaIds.map((idea_id) => ({ municipality_id: m, initiative_id: id, idea_id })))
        .execute();
  }
  for (const [role, ids] of [
    ['test', links.testUnitIds],
    ['comparison', links.comparisonUnitIds],
  ] as const) {
    if (!ids) continue;
    await db
      .deleteFrom('improvement_initiative_unit')
      .where('municipality_id', '=', m)
      .where('initiative_id', '=', id)
      .where('role', '=', role)
      .execute();
    if (ids.length > 0)
      await db
        .insertInto('improvement_initiative_unit')
        .values(ids.map((unit_id) => ({ municipality_id: m, initiative_id: id, unit_id, role })))
        .execute();
  }
}

/**
 * The initiative whose report is shared under this token. The link names no municipality: the token
 * directory does, and the initiative is read by its full key (still carrying the token).
 */
export async function findByToken(db: Db, token: string) {
  const entry = await locateToken(db, 'report', token);
  if (!entry) return undefined;
  return db
    .selectFrom('improvement_initiative')
    .select(['municipality_id', 'id'])
    .where('municipality_id', '=', entry.municipalityId)
    .where('id', '=', entry.refId)
    .where('report_token', '=', token)
    .executeTakeFirst();
}

/**
 * Shares the report under a new token (replacing any earlier one) or, with null, revokes the link.
 * Sharing a report that was not shared writes `initiative.evaluated` in the same statement
 * (../../integrations/webhooks/outbox-writes.ts); replacing a token does not.
 */
export async function setReportToken(db: Db, tenant: Tenant, id: string, token: string | null) {
  const m = tenant.municipalityId;
  await db
    .with('prev', (qb) =>
      qb
        .selectFrom('improvement_initiative')
        .select(['id', 'report_token'])
        .where('municipality_id', '=', m)
        .where('id', '=', id)
        .forUpdate(),
    )
    .with('upd', (qb) =>
      qb
        .updateTable('improvement_initiative as i')
        .from('prev')
        .set({ report_token: token, updated_at: new Date() })
        .where('i.municipality_id', '=', m)
        .whereRef('i.id', '=', 'prev.id')
        .returning([
          'i.municipality_id',
          'i.id',
          'i.design',
          'i.test_start',
          'i.test_end',
          'i.report_token',
          'prev.report_token as old_token',
        ]),
    )
    .with(
      'outbox',
      () =>
        sql`(${webhookEvents({
          municipalityId: m,
          rows: 'upd',
          type: sql`'initiative.evaluated'`,
          payload: sql`jsonb_build_object('initiativeId', x.id, 'design', x.design, 'testStart', x.test_start,
          'testEnd', x.test_end)`,
          when: sql`x.old_token is null and x.report_token is not null`,
        })})`,
    )
    .selectFrom('upd')
    .select('id')
    .execute();
  await replaceToken(db, 'report', tenant, id, token);
}
