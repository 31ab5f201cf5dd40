import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { SubscriptionCreateBody, SubscriptionPatchBody } from '../../../shared/api/integrations.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Database } from '../../db/types.ts';
import { invalidField, notFound } from '../../http/app-error.ts';
import { checkUrl } from './address-guard.ts';
import { presentDelivery, presentSubscription } from './presenter.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

/** Refuses addresses in local and private networks unless the configuration allows them. */
async function assertReachable(url: string, allowPrivate: boolean) {
  if (allowPrivate) return;
  const verdict = await checkUrl(url);
  if (verdict.status === 'blocked')
    throw invalidField('url', 'webhook_address_blocked', { address: verdict.address });
  if (verdict.status === 'unresolved') throw invalidField('url', 'webhook_address_unresolved');
}

/** Subscribes a URL; the signing secret is generated here and shown once. */
export async function createSubscription(
  db: Db,
  auth: AuthContext,
  box: SecretBox,
  allowPrivate: boolean,
  input: z.infer<typeof SubscriptionCreateBody>,
) {
  await assertReachable(input.url, allowPrivate);
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const events = [...new Set(input.events)];
  return db.transaction().execute(async (tx) => {
    const row = await repo.insertSubscription(tx, auth, {
      url: input.url,
      events,
      secretBox: box.seal(secret),
      createdBy: auth.userId,
    });
    await recordAudit(
      tx,
      auth,
      auth.userId,
      'webhook.create',
      { type: 'webhook', id: row.id },
      { url: input.url, events },
    );
    return { subscription: presentSubscription(row), secret };
  });
}

export async function listSubscriptions(db: Db, auth: AuthContext) {
  return { subscriptions: (await repo.listSubscriptions(db, auth)).map(presentSubscription) };
}

export async function updateSubscription(
  db: Db,
  auth: AuthContext,
  id: string,
  patch: z.infer<typeof SubscriptionPatchBody>,
) {
  return db.transaction().execute(async (tx) => {
    if (!(await repo.updateSubscription(tx, auth, id, patch))) throw notFound();
    await recordAudit(tx, auth, auth.userId, 'webhook.update', { type: 'webhook', id }, { ...patch });
    const [row] = await repo.listSubscriptions(tx, auth, id);
    if (!row) throw notFound();
    return presentSubscription(row);
  });
}

export async function deleteSubscription(db: Db, auth: AuthContext, id: string) {
  await db.transaction().execute(async (tx) => {
    const row = await repo.deleteSubscription(tx, auth, id);
    if (!row) throw notFound();
    await recordAudit(tx, auth, auth.userId, 'webhook.delete', { type: 'webhook', id }, { url: row.url });
  });
}

export async function listDeliveries(db: Db, auth: AuthContext, id: string, limit: number) {
  if (!(await repo.listSubscriptions(db, auth, id)).length) throw notFound();
  return { deliveries: (await repo.listDeliveries(db, auth, id, limit)).map(presentDelivery) };
}

export async function resendDelivery(db: Db, auth: AuthContext, id: string, deliveryId: string) {
  // Delivery numbers are digits; anything else names no delivery (404, like a missing one).
  if (!/^\d{1,18}$/.test(deliveryId)) throw notFound();
  return db.transaction().execute(async (tx) => {
    const row = await repo.resend(tx, auth, id, Number(deliveryId));
    if (!row) throw notFound();
    await recordAudit(
      tx,
      auth,
      auth.userId,
      'webhook.resend',
      { type: 'webhook', id },
      { eventId: row.event_id },
    );
    return presentDelivery(row);
  });
}
