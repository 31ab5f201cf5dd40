import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';

type Db = Kysely<Database>;

/** A pending delivery with what sending it needs. */
export interface DueDelivery {
  municipality_id: string;
  id: number;
  subscription_id: string;
  event_id: string;
  event_type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  attempts: number;
  next_attempt_at: Date;
  url: string;
  secret_box: string;
}

/**
 * The oldest pending deliveries of active subscriptions, across municipalities (the worker serves
 * them all), in outbox order. Rows not yet due are included: they hold back later rows of their
 * subscription, which keeps each subscription's events in order. `fromId` skips the rows below it
 * (see the worker's floor).
 */
export function pendingDeliveries(db: Db, limit: number, fromId = 0): Promise<DueDelivery[]> {
  return db
    .selectFrom('webhook_delivery as d')
    .innerJoin('webhook_subscription as s', (j) =>
      j.onRef('s.municipality_id', '=', 'd.municipality_id').onRef('s.id', '=', 'd.subscription_id'),
    )
    .select([
      'd.municipality_id',
      'd.id',
      'd.subscription_id',
      'd.event_id',
      'd.event_type',
      'd.payload',
      'd.occurred_at',
      'd.attempts',
      'd.next_attempt_at',
      's.url',
      's.secret_box',
    ])
    .where('d.status', '=', 'pending')
    .where('d.id', '>=', fromId)
    .where('s.active', '=', true)
    .orderBy('d.id')
    .limit(limit)
    .execute();
}

/** Marks deliveries as delivered: one statement per municipality and answer status (usually one). */
export async function markDelivered(
  db: Db,
  rows: ReadonlyArray<{ municipality_id: string; id: number; status: number }>,
) {
  const groups = new Map<string, { municipalityId: string; status: number; ids: number[] }>();
  for (const r of rows) {
    const key = `${r.municipality_id}|${r.status}`;
    const group = groups.get(key) ?? { municipalityId: r.municipality_id, status: r.status, ids: [] };
    group.ids.push(r.id);
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    await db
      .updateTable('webhook_delivery')
      .set({
        status: 'delivered',
        attempts: sql`attempts + 1`,
        last_attempt_at: sql`now()`,
        delivered_at: sql`now()`,
        last_status: g.status,
        last_error: null,
      })
      .where('municipality_id', '=', g.municipalityId)
      .where('id', 'in', g.ids)
      .execute();
  }
}

/** Records a failed attempt: retried at `retryAt`, or given up (`failed`) when it is null. */
export async function markAttemptFailed(
  db: Db,
  row: { municipality_id: string; id: number },
  result: { status: number | null; error: string | null },
  retryAt: Date | null,
) {
  await db
    .updateTable('webhook_delivery')
    .set({
      attempts: sql`attempts + 1`,
      last_attempt_at: sql`now()`,
      last_status: result.status,
      last_error: result.error,
      ...(retryAt ? { next_attempt_at: retryAt } : { status: 'failed' }),
    })
    .where('municipality_id', '=', row.municipality_id)
    .where('id', '=', row.id)
    .execute();
}
