import type { Kysely } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';

type Db = Kysely<Database>;

/** The municipality behind a public slug, when it publishes open data. */
export function findPublished(db: Db, slug: string) {
  return db
    .selectFrom('municipality as m')
    .innerJoin('open_data_publication as p', 'p.municipality_id', 'm.id')
    .select(['m.id', 'm.slug', 'm.name', 'm.country', 'p.published_at'])
    .where('m.slug', '=', slug)
    .executeTakeFirst();
}

export function findPublication(db: Db, tenant: Tenant) {
  return db
    .selectFrom('open_data_publication')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .executeTakeFirst();
}

export async function publish(db: Db, tenant: Tenant, userId: string) {
  await db
    .insertInto('open_data_publication')
    .values({ municipality_id: tenant.municipalityId, published_by: userId })
    .onConflict((oc) => oc.column('municipality_id').doNothing())
    .execute();
}

export async function unpublish(db: Db, tenant: Tenant) {
  await db.deleteFrom('open_data_publication').where('municipality_id', '=', tenant.municipalityId).execute();
}

export function municipalitySlug(db: Db, tenant: Tenant) {
  return db
    .selectFrom('municipality')
    .select('slug')
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
}
