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

describeDb('smiley terminal', () => {
  let t: TestApp;
  let analyst: Session;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  let survey: { id: string; token: string; path: string };
  let device: string;

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'smiley');
    analyst = await login(t.app, 'analyst@smiley.dk');
    survey = await openSurveyFor(t.app, analyst, tenant.unit.id, {
      mode: 'smiley',
      channels: ['smiley', 'kiosk'],
      definition: { sets: [] },
    });
    const reg = await api(t.app, analyst, 'POST', `/surveys/${survey.id}/kiosks`, {
      name: 'Smiley ved indgangen',
    });
    device = (reg.json().kioskPath as string).split('#')[1] as string;
  });
  afterAll(() => t.close());

  const press = (face: string, key: string, reason?: string) =>
    t.app.inject({
      method: 'POST',
      url: survey.path,
      headers: { 'x-kiosk-token': device },
      payload: {
        idempotencyKey: key,
        locale: 'da',
        answers: { 'smiley.face': face, ...(reason ? { 'smiley.reason': reason } : {}) },
      },
    });

  it('records anonymous presses once each and reports counts, positive share and index', async () => {
    expect((await press('very_happy', 'press-0001')).statusCode).toBe(201);
    expect((await press('very_happy', 'press-0001')).statusCode).toBe(200);
    expect((await press('happy', 'press-0002')).statusCode).toBe(201);
    expect((await press('neutral', 'press-0003')).statusCode).toBe(400);
    const report = (await api(t.app, analyst, 'GET', `/surveys/${survey.id}/smiley`)).json();
    expect(report.overall).toMatchObject({ total: 2, positiveShare: 1 });
    expect(report.overall.index).toBeCloseTo(83.33, 1);
    expect(report.byHour).toHaveLength(1);
    expect(report.byWeekday[0].key).toBeGreaterThanOrEqual(1);
    // The heat map: one weekday × hour cell holding both presses.
    expect(report.grid).toEqual([
      { weekday: report.byWeekday[0].key, hour: report.byHour[0].key, total: 2, positiveShare: 1 },
    ]);
  });

  it("answers the units page's question: no rule yet, readable by every role, set only by analysts", async () => {
    const viewer = await login(t.app, 'viewer@smiley.dk');
    const none = await api(t.app, viewer, 'GET', `/units/${tenant.unit.id}/smiley-alert`);
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ rule: null, firingNow: false, lastDay: null });
    const rule = { windowMinutes: 15, minPresses: 4, unhappyShare: 0.5 };
    expect((await api(t.app, viewer, 'POST', `/units/${tenant.unit.id}/smiley-alert`, rule)).statusCode).toBe(
      403,
    );
  });

  it('fires the unit alert rule and shows it on the unit', async () => {
    const rule = { windowMinutes: 15, minPresses: 4, unhappyShare: 0.5 };
    expect(
      (await api(t.app, analyst, 'POST', `/units/${tenant.unit.id}/smiley-alert`, rule)).statusCode,
    ).toBe(200);
    expect((await api(t.app, analyst, 'GET', `/units/${tenant.unit.id}/smiley-alert`)).json().firingNow).toBe(
      false,
    );
    await press('unhappy', 'press-0004', 'waiting_time');
    await press('very_unhappy', 'press-0005', 'waiting_time');
    const state = (await api(t.app, analyst, 'GET', `/units/${tenant.unit.id}/smiley-alert`)).json();
    expect(state.firingNow).toBe(true);
    expect(state.rule.lastFiredAt).not.toBeNull();
    expect(state.lastDay).toMatchObject({ presses: 4, unhappy: 2 });
    const report = (await api(t.app, analyst, 'GET', `/surveys/${survey.id}/smiley`)).json();
    expect(report.reasons).toEqual([{ reason: 'waiting_time', count: 2 }]);
  });

  it('also takes a smiley press from the no-JavaScript page', async () => {
    const page = await t.app.inject({ url: survey.path });
    expect(page.body).toContain('Hvordan var dit besøg i dag?');
    const res = await t.app.inject({
      method: 'POST',
      url: survey.path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'step=0&lang=da&nav=submit&a.smiley.face=happy',
    });
    expect(res.statusCode).toBe(303);
    const report = (await api(t.app, analyst, 'GET', `/surveys/${survey.id}/smiley`)).json();
    expect(report.overall.total).toBe(5);
  });
  it("stores the terminal's language on each press (canonical tag), refuses one the survey lacks, and counts presses per language on the dashboard", async () => {
    const send = (locale: string, key: string) =>
      t.app.inject({
        method: 'POST',
        url: survey.path,
        headers: { 'x-kiosk-token': device },
        payload: { idempotencyKey: key, locale, answers: { 'smiley.face': 'happy' } },
      });
    expect((await send('fr', 'lang-0001')).statusCode).toBe(400);
    expect((await send('DA', 'lang-0002')).statusCode).toBe(201);
    const stored = await t.database.db
      .selectFrom('smiley_press')
      .select(['language'])
      .where('municipality_id', '=', tenant.municipality.id)
      .where('idempotency_key', '=', 'lang-0002')
      .executeTakeFirstOrThrow();
    expect(stored.language).toBe('da');
    for (let i = 0; i < 5; i += 1) await send('da', `lang-1${i}`);
    const counts = await api(t.app, analyst, 'GET', '/dashboard/answers-by-language');
    expect(counts.statusCode, counts.body).toBe(200);
    const da = counts.json().languages.find((l: { language: string }) => l.language === 'da');
    expect(da.status).toBe('shown');
    expect(da.n).toBeGreaterThanOrEqual(6);
  });
});
