import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { sendMail } from '../mail/mailer.ts';
import { openSurveyFor } from '../surveys/test-helpers.ts';
import { claimAlertFiring } from './repository.ts';

interface Received {
  to: string[];
  data: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives (no TLS, no login: loopback only). */
async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describeDb('smiley alert e-mail', () => {
  let t: TestApp;
  let analyst: Session;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  let survey: { id: string; path: string };
  let device: string;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let n = 0;
  const previousUrl = process.env.BORGERBLIK_SMTP_URL;

  const press = (face: string) =>
    t.app.inject({
      method: 'POST',
      url: survey.path,
      headers: { 'x-kiosk-token': device },
      payload: {
        idempotencyKey: `mail-press-${String(++n).padStart(4, '0')}`,
        locale: 'da',
        answers: { 'smiley.face': face },
      },
    });
  const settle = () => new Promise((r) => setTimeout(r, 300));

  beforeAll(async () => {
    smtp = await startSmtp();
    process.env.BORGERBLIK_SMTP_URL = smtp.url;
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'alertmail');
    analyst = await login(t.app, 'analyst@alertmail.dk');
    survey = await openSurveyFor(t.app, analyst, tenant.unit.id, {
      mode: 'smiley',
      channels: ['smiley'],
      definition: { sets: [] },
    });
    const reg = await api(t.app, analyst, 'POST', `/surveys/${survey.id}/kiosks`, { name: 'Smiley' });
    device = (reg.json().kioskPath as string).split('#')[1] as string;
    const rule = { windowMinutes: 15, minPresses: 4, unhappyShare: 0.5, email: 'leder@alertmail.dk' };
    expect(
      (await api(t.app, analyst, 'POST', `/units/${tenant.unit.id}/smiley-alert`, rule)).statusCode,
    ).toBe(200);
  });
  afterAll(async () => {
    if (previousUrl === undefined) delete process.env.BORGERBLIK_SMTP_URL;
    else process.env.BORGERBLIK_SMTP_URL = previousUrl;
    await t?.close();
    await smtp?.close();
  });

  it('e-mails the rule address once when the alert fires, not again within its window', async () => {
    for (const face of ['happy', 'very_happy', 'unhappy']) expect((await press(face)).statusCode).toBe(201);
    await settle();
    expect(smtp.received).toHaveLength(0);
    expect((await press('very_unhappy')).statusCode).toBe(201);
    await vi.waitFor(() => expect(smtp.received).toHaveLength(1), { timeout: 10_000 });
    const [mail] = smtp.received;
    expect(mail?.to).toEqual(['leder@alertmail.dk']);
    const text = mail?.data.replace(/=\r?\n/g, '') ?? '';
    expect(text).toContain('Subject: Smiley-alarm: Borgerservice alertmail');
    expect(text).toContain('2 af 4 tryk var utilfredse inden for de seneste 15 minutter');
    // Still firing, and more unhappy presses arrive: the window has not passed, so no second e-mail.
    for (const face of ['unhappy', 'very_unhappy', 'unhappy']) await press(face);
    await settle();
    expect(smtp.received).toHaveLength(1);
    const state = (await api(t.app, analyst, 'GET', `/units/${tenant.unit.id}/smiley-alert`)).json();
    expect(state.firingNow).toBe(true);
  });

  it('claims a firing once per window, even for two presses at the same moment', async () => {
    const tenantRef = { municipalityId: tenant.municipality.id };
    const at = new Date(Date.now() + 20 * 60_000);
    const claims = await Promise.all([
      claimAlertFiring(t.database.db, tenantRef, tenant.unit.id, at, 15),
      claimAlertFiring(t.database.db, tenantRef, tenant.unit.id, at, 15),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(
      await claimAlertFiring(t.database.db, tenantRef, tenant.unit.id, new Date(at.getTime() + 60_000), 15),
    ).toBe(false);
  });

  it('sends again once the window has passed', async () => {
    await t.database.db
      .updateTable('smiley_alert_rule')
      .set({ last_fired_at: new Date(Date.now() - 16 * 60_000) })
      .where('municipality_id', '=', tenant.municipality.id)
      .where('unit_id', '=', tenant.unit.id)
      .execute();
    await press('very_unhappy');
    await vi.waitFor(() => expect(smtp.received).toHaveLength(2), { timeout: 10_000 });
  });

  it('sends from BORGERBLIK_MAIL_FROM when set', async () => {
    process.env.BORGERBLIK_MAIL_FROM = 'Borgerservice <borgerservice@alertmail.dk>';
    try {
      const outcome = await sendMail({ to: 'x@alertmail.dk', subject: 'Afsender', text: 'Test' }, t.app.log);
      expect(outcome).toBe('sent');
    } finally {
      delete process.env.BORGERBLIK_MAIL_FROM;
    }
    expect(smtp.received[2]?.data).toContain('From: Borgerservice <borgerservice@alertmail.dk>');
  });

  it('without BORGERBLIK_SMTP_URL logs a line and skips', async () => {
    const info = vi.spyOn(t.app.log, 'info');
    const outcome = await sendMail({ to: 'x@alertmail.dk', subject: 'Test', text: 'Test' }, t.app.log, '');
    expect(outcome).toBe('skipped');
    expect(info).toHaveBeenCalledWith({ subject: 'Test' }, expect.stringContaining('mail not configured'));
    info.mockRestore();
    expect(smtp.received).toHaveLength(3);
  });
});
