import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { openSurveyFor } from '../surveys/test-helpers.ts';

describeDb('kiosk devices', () => {
  let t: TestApp;
  /** Surveys and their kiosk devices belong to analysts and admins: a device token is a credential. */
  let analyst: Session;
  let staff: Session;
  let survey: { id: string; token: string; path: string };
  let tenant: Awaited<ReturnType<typeof makeTenant>>;

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'kiosk');
    analyst = await login(t.app, 'analyst@kiosk.dk');
    survey = await openSurveyFor(t.app, analyst, tenant.unit.id);
    staff = await login(t.app, 'staff@kiosk.dk');
  });
  afterAll(() => t.close());

  const register = async (name: string) => {
    const res = await api(t.app, analyst, 'POST', `/surveys/${survey.id}/kiosks`, { name });
    expect(res.statusCode).toBe(201);
    return {
      id: res.json().device.id as string,
      token: (res.json().kioskPath as string).split('#')[1] as string,
    };
  };
  const send = (token: string, body: object) =>
    t.app.inject({ method: 'POST', url: survey.path, headers: { 'x-kiosk-token': token }, payload: body });

  it('lets analysts and admins register devices, staff only list them', async () => {
    const path = `/surveys/${survey.id}/kiosks`;
    expect((await api(t.app, staff, 'POST', path, { name: 'Skranke' })).statusCode).toBe(403);
    expect((await api(t.app, staff, 'GET', path)).statusCode).toBe(200);
    const admin = await login(t.app, 'admin@kiosk.dk');
    expect((await api(t.app, admin, 'POST', path, { name: 'Skranke A' })).statusCode).toBe(201);
  });

  it('registers a device whose token only its hash is stored of, and serves the kiosk config', async () => {
    const device = await register('Skranke 1');
    const stored = await t.database.db
      .selectFrom('kiosk_device')
      .selectAll()
      .where('id', '=', device.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(device.token);
    expect(stored.unit_id).toBe(tenant.unit.id);
    const config = await t.app.inject({ url: '/kiosk/config', headers: { 'x-kiosk-token': device.token } });
    expect(config.statusCode).toBe(200);
    expect(config.json()).toMatchObject({
      surveyPath: survey.path,
      locales: ['da', 'en'],
      mode: 'questionnaire',
      // One tap is an answer unless the survey asks for more.
      smiley: { followUp: false, chooseLanguage: false },
    });
    expect(config.json().questions[0].options.at(-1)).toMatchObject({ value: 'dk' });
    expect(
      (await t.app.inject({ url: '/kiosk/config', headers: { 'x-kiosk-token': 'x'.repeat(43) } })).statusCode,
    ).toBe(401);
    const shell = await t.app.inject({ url: '/kiosk' });
    expect(shell.body).toContain('/kiosk/kiosk.js');
    expect((await t.app.inject({ url: '/kiosk/kiosk.js' })).statusCode).toBe(200);
  });

  it('stores a response once however often the kiosk re-sends it', async () => {
    const device = await register('Skranke 2');
    const body = {
      idempotencyKey: 'abcdef0123456789',
      locale: 'da',
      answers: { 'coherence.solutions': '4', 'local.comment': 'Mail mig på x@y.dk' },
    };
    const first = await send(device.token, body);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ stored: true });
    const again = await send(device.token, body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ stored: false });
    const rows = await t.database.db
      .selectFrom('survey_response')
      .selectAll()
      .where('idempotency_key', '=', body.idempotencyKey)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.channel).toBe('kiosk');
    const text = await t.database.db
      .selectFrom('survey_text_answer')
      .select('body')
      .where('response_id', '=', rows[0]?.id ?? 0)
      .executeTakeFirstOrThrow();
    expect(text.body).toBe('Mail mig på [e-mail fjernet]');
  });

  it('refuses bad answers with the field named, unknown or revoked devices with 401', async () => {
    const device = await register('Skranke 3');
    const bad = await send(device.token, {
      idempotencyKey: 'bad-answer-0001',
      locale: 'da',
      answers: { 'coherence.solutions': '7' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('answers.coherence.solutions');
    const malformed = await send(device.token, { idempotencyKey: '!', locale: 'x!', answers: {} });
    expect(
      malformed
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['idempotencyKey', 'locale']);
    expect((await api(t.app, staff, 'DELETE', `/kiosks/${device.id}`)).statusCode).toBe(403);
    expect((await api(t.app, analyst, 'DELETE', `/kiosks/${device.id}`)).statusCode).toBe(200);
    const revoked = await send(device.token, {
      idempotencyKey: 'after-revoke-01',
      locale: 'da',
      answers: {},
    });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('kiosk_unauthorized');
  });

  it('gives each device its own rate bucket, so tablets behind one address are not throttled as one', async () => {
    const a = await register('Tablet A');
    const b = await register('Tablet B');
    const answers = { 'coherence.solutions': '5' };
    // 30 answers from one address (above the per-client limit for browsers) but spread over two devices.
    const statuses = [];
    for (let i = 0; i < 30; i++) {
      const device = i % 2 ? a : b;
      statuses.push(
        (await send(device.token, { idempotencyKey: `bucket-test-${i}`, locale: 'da', answers })).statusCode,
      );
    }
    expect(statuses.every((s) => s === 201)).toBe(true);
  });
});
