import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../../test/app.ts';
import { SecretBox } from '../../crypto/secret-box.ts';
import { isBlockedAddress } from './address-guard.ts';
import { WebhookSender } from './sender.ts';
import { Receiver } from './test/receiver.ts';
import { WebhookWorker } from './worker.ts';

/** The SSRF guard: no webhook reaches a local or private address unless configuration allows it. */
describeDb('webhook SSRF guard', () => {
  let t: TestApp;
  let admin: Session;
  let municipalityId: string;
  beforeAll(async () => {
    t = await createTestApp({ BORGERBLIK_WEBHOOK_WORKER: 'false' });
    const tenant = await makeTenant(t.database, 'ssrf');
    municipalityId = tenant.municipality.id;
    admin = await login(t.app, tenant.users.admin.email);
  });
  afterAll(() => t.close());

  it('classifies addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:a9fe:a9fe',
      'not-an-ip',
    ]) {
      expect(isBlockedAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '2a00:1450:4001:80b::200e', '8.8.8.8'])
      expect(isBlockedAddress(a), a).toBe(false);
  });

  it('refuses to subscribe loopback, private and link-local addresses, also behind a host name', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/hook',
      'http://[::ffff:7f00:1]/hook',
    ]) {
      const res = await api(t.app, admin, 'POST', '/integrations/webhooks', {
        url,
        events: ['smiley.alert'],
      });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.fields[0].path, url).toBe('url');
    }
    const scheme = await api(t.app, admin, 'POST', '/integrations/webhooks', {
      url: 'file:///etc/passwd',
      events: ['smiley.alert'],
    });
    expect(scheme.statusCode).toBe(400);
  });

  it('checks again when delivering: a stored private address is never called', async () => {
    const receiver = new Receiver();
    const url = await receiver.start();
    const box = new SecretBox('test-key');
    // A row written past the API (as if DNS had changed since): the worker must still refuse it.
    const sub = await t.database.db
      .insertInto('webhook_subscription')
      .values({
        municipality_id: municipalityId,
        url: url.replace('127.0.0.1', 'localhost'),
        events: ['smiley.alert'],
        secret_box: box.seal('s'),
        created_by: (
          await t.database.db
            .selectFrom('app_user')
            .select('id')
            .where('email', '=', 'admin@ssrf.dk')
            .executeTakeFirstOrThrow()
        ).id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`select webhook_emit(${municipalityId}::uuid, 'smiley.alert', '{}'::jsonb)`.execute(
      t.database.db,
    );
    const sender = new WebhookSender({ allowPrivate: false });
    const worker = new WebhookWorker(t.database.db, box, sender, { retryBaseMs: 60_000 });
    await worker.round();
    sender.close();
    const row = await t.database.db
      .selectFrom('webhook_delivery')
      .selectAll()
      .where('subscription_id', '=', sub.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'blocked_address',
      last_status: null,
    });
    expect(receiver.requestCount).toBe(0);
    await receiver.stop();
  });

  it('does not follow redirects', async () => {
    const receiver = new Receiver();
    const url = await receiver.start();
    receiver.script = () => 302;
    const result = await new WebhookSender({ allowPrivate: true }).send(url, {}, '{}');
    expect(result).toEqual({ status: 302, error: 'redirect_not_followed' });
    expect(receiver.requestCount).toBe(1);
    await receiver.stop();
  });
});
