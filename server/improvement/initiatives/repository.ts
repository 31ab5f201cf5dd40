import type { Insertable, Updateable } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
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

export async function updateInitiative(
  db: Db,
  tenant: Tenant,
  id: string,
  patch: Updateable<ImprovementInitiativeTable>,
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

/** Shares the report under a new token (replacing any earlier one) or, with null, revokes the link. */
export async function setReportToken(db: Db, tenant: Tenant, id: string, token: string | null) {
  await updateInitiative(db, tenant, id, { report_token: token });
  await replaceToken(db, 'report', tenant, id, token);
}
