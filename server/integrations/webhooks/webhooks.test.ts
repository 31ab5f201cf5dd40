import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../../test/app.ts';
import { bigCsv, importLog } from '../../eventlog/test/helpers.ts';
import { Receiver } from './test/receiver.ts';

/** Webhooks end to end: outbox written with the change, delivered in order, signed, retried. */
describeDb('webhooks', () => {
  let t: TestApp;
  let admin: Session;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  let receiver: Receiver;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp({ BORGERBLIK_WEBHOOK_ALLOW_PRIVATE: 'true', BORGERBLIK_WEBHOOK_RETRY_MS: '100' });
    tenant = await makeTenant(t.database, 'hooks');
    admin = await login(t.app, tenant.users.admin.email);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await receiver?.stop();
    await t.database.db.deleteFrom('webhook_subscription').execute();
  });

  async function subscribe(events: string[]) {
    receiver = new Receiver();
    url = await receiver.start();
    const res = await api(t.app, admin, 'POST', '/integrations/webhooks', { url, events });
    expect(res.statusCode, res.body).toBe(201);
    receiver.secret = res.json().secret;
    return res.json().subscription.id as string;
  }

  const complaint = (severity: 1 | 2 | 3) =>
    api(t.app, admin, 'POST', '/complaints', {
      receivedOn: '2026-11-02',
      unitId: tenant.unit.id,
      channel: 'email',
      aboutProcess: true,
      aboutDecision: false,
      severity,
      description: 'Borgeren Hans Hansen, tlf 12345678, er vred',
    });

  it('delivers complaint.created in order, signed, without free text', async () => {
    await subscribe(['complaint.created']);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await complaint(((i % 3) + 1) as 1 | 2 | 3)).json().complaint.id);
    await receiver.until(() => receiver.received.length >= 6);
    expect(receiver.received.map((r) => r.event.data.complaintId)).toEqual(ids);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    expect(receiver.received[0]?.headers['borgerblik-event-id']).toBe(receiver.received[0]?.event.id);
    expect(receiver.received.map((r) => r.body).join('')).not.toMatch(/Hans|12345678|vred/);
  });

  it('retries after 500s with back-off and keeps the order; the deliveries view shows the attempts', async () => {
    const id = await subscribe(['complaint.created']);
    receiver.script = (n) => (n < 3 ? 500 : 200);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await complaint(2)).json().complaint.id);
    await receiver.until(() => receiver.received.length >= 4);
    expect(receiver.received.map((r) => r.event.data.complaintId)).toEqual(ids);
    // The worker marks deliveries after the receiver answered: wait for the outbox to settle.
    let deliveries: Array<{ id: string; status: string; eventId: string }> = [];
    for (let i = 0; i < 100; i++) {
      deliveries = (await api(t.app, admin, 'GET', `/integrations/webhooks/${id}/deliveries`)).json()
        .deliveries;
      if (deliveries.every((d) => d.status === 'delivered')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const first = deliveries.at(-1);
    expect(first).toMatchObject({ status: 'delivered', attempts: 4, lastStatus: 200 });
    expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);

    // "Send again": the same event id once more, at the end of the queue.
    const resend = await api(
      t.app,
      admin,
      'POST',
      `/integrations/webhooks/${id}/deliveries/${first?.id}/resend`,
    );
    expect(resend.statusCode, resend.body).toBe(201);
    await receiver.until(() => receiver.received.length >= 5);
    expect(receiver.received[4]?.event.id).toBe(first?.eventId);
  });

  it('reports event logs that became ready', async () => {
    await subscribe(['eventlog.ready', 'eventlog.failed']);
    const log = await importLog(t.app, admin, bigCsv(40), {
      format: 'csv',
      csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
    });
    expect(log.status).toBe('ready');
    await receiver.until(() => receiver.received.length >= 1);
    expect(receiver.received[0]?.event).toMatchObject({
      type: 'eventlog.ready',
      data: { eventLogId: log.id, events: 40, cases: 4 },
    });
  });

  it('reports responses per minute only in groups of at least the minimum size', async () => {
    await subscribe(['response.received']);
    const { flushResponseTicks } = await import('./response-ticks.ts');
    const db = t.database.db;
    const survey = '11111111-1111-4111-8111-111111111111';
    const old = new Date(Date.now() - 120_000);
    await db
      .insertInto('webhook_response_tick')
      .values({ municipality_id: tenant.municipality.id, survey_id: survey, n: 2, at: old })
      .execute();
    expect(await flushResponseTicks(db)).toBe(0);
    await db
      .insertInto('webhook_response_tick')
      .values({ municipality_id: tenant.municipality.id, survey_id: survey, n: 3, at: old })
      .execute();
    expect(await flushResponseTicks(db)).toBe(1);
    await receiver.until(() => receiver.received.length >= 1);
    expect(receiver.received[0]?.event.data).toMatchObject({ surveys: [{ surveyId: survey, responses: 5 }] });
  });

  it('keeps subscriptions and their deliveries inside the municipality and for admins', async () => {
    const id = await subscribe(['smiley.alert']);
    const other = await makeTenant(t.database, 'hooksb');
    const otherAdmin = await login(t.app, other.users.admin.email);
    expect((await api(t.app, otherAdmin, 'GET', `/integrations/webhooks/${id}/deliveries`)).statusCode).toBe(
      404,
    );
    expect(
      (await api(t.app, otherAdmin, 'PATCH', `/integrations/webhooks/${id}`, { active: false })).statusCode,
    ).toBe(404);
    const analyst = await login(t.app, tenant.users.analyst.email);
    expect((await api(t.app, analyst, 'GET', '/integrations/webhooks')).statusCode).toBe(403);
    const stored = await t.database.db
      .selectFrom('webhook_subscription')
      .select('secret_box')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.secret_box).not.toContain(receiver.secret.slice(6));
  });
});
