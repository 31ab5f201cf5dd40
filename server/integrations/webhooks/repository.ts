import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';

type Db = Kysely<Database>;

export function insertSubscription(
  db: Db,
  tenant: Tenant,
  s: { url: string; events: string[]; secretBox: string; createdBy: string },
) {
  return db
    .insertInto('webhook_subscription')
    .values({
      municipality_id: tenant.municipalityId,
      url: s.url,
      events: s.events,
      secret_box: s.secretBox,
      created_by: s.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Subscriptions with the number of their pending and given-up deliveries. */
export function listSubscriptions(db: Db, tenant: Tenant, id?: string) {
  let query = db
    .selectFrom('webhook_subscription as s')
    .select((eb) => [
      's.id',
      's.url',
      's.events',
      's.active',
      's.created_at',
      eb
        .selectFrom('webhook_delivery as d')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('d.municipality_id', '=', 's.municipality_id')
        .whereRef('d.subscription_id', '=', 's.id')
        .where('d.status', '=', 'pending')
        .as('pending'),
      eb
        .selectFrom('webhook_delivery as d')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('d.municipality_id', '=', 's.municipality_id')
        .whereRef('d.subscription_id', '=', 's.id')
        .where('d.status', '=', 'failed')
        .as('failed'),
    ])
    .where('s.municipality_id', '=', tenant.municipalityId)
    .orderBy('s.created_at');
  if (id) query = query.where('s.id', '=', id);
  return query.execute();
}

export async function updateSubscription(
  db: Db,
  tenant: Tenant,
  id: string,
  patch: { active?: boolean; events?: string[] },
) {
  // An empty change still answers whether the subscription exists (404 otherwise), without a write.
  if (patch.active === undefined && patch.events === undefined) {
    return db
      .selectFrom('webhook_subscription')
      .select('id')
      .where('municipality_id', '=', tenant.municipalityId)
      .where('id', '=', id)
      .executeTakeFirst();
  }
  return db
    .updateTable('webhook_subscription')
    .set(patch)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
}

export function deleteSubscription(db: Db, tenant: Tenant, id: string) {
  return db
    .deleteFrom('webhook_subscription')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returning(['id', 'url'])
    .executeTakeFirst();
}

/** The subscription's latest deliveries, newest first. */
export function listDeliveries(db: Db, tenant: Tenant, subscriptionId: string, limit: number) {
  return db
    .selectFrom('webhook_delivery')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('subscription_id', '=', subscriptionId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * "Send again": a new outbox row with the same event id and payload, at the end of the subscription's
 * queue (so order is kept and the earlier attempts stay visible).
 */
export function resend(db: Db, tenant: Tenant, subscriptionId: string, deliveryId: number) {
  return db
    .insertInto('webhook_delivery')
    .columns(['municipality_id', 'subscription_id', 'event_id', 'event_type', 'payload', 'occurred_at'])
    .expression((eb) =>
      eb
        .selectFrom('webhook_delivery')
        .select(['municipality_id', 'subscription_id', 'event_id', 'event_type', 'payload', 'occurred_at'])
        .where('municipality_id', '=', tenant.municipalityId)
        .where('subscription_id', '=', subscriptionId)
        .where('id', '=', deliveryId),
    )
    .returningAll()
    .executeTakeFirst();
}
