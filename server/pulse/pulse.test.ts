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
import { makeUnit } from '../seed/factories.ts';

describeDb('employee pulse', () => {
  let t: TestApp;
  let analyst: Session;
  let staff: Session;
  let unitA: string;
  let unitB: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'puls');
    unitA = tenant.unit.id;
    unitB = (await makeUnit(t.database.db, tenant.municipality.id, { name: 'Ydelser', kind: 'unit' })).id;
    analyst = await login(t.app, 'analyst@puls.dk');
    staff = await login(t.app, 'staff@puls.dk');
  });
  afterAll(() => t.close());

  const answer = (token: string, unitId: string, v: number | 'dk') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/pulse/answer/${token}`,
      payload: { unitId, locale: 'da', answers: { 'local.pulse_daily_work': v, 'local.pulse_knowledge': 4 } },
    });

  it('opens a round on the survey tables and takes anonymous answers', async () => {
    expect(
      (
        await api(t.app, staff, 'POST', '/pulse/rounds', {
          title: 'x',
          unitIds: [unitA],
          opensAt: '2025-01-01',
        })
      ).statusCode,
    ).toBe(403);
    const res = await api(t.app, analyst, 'POST', '/pulse/rounds', {
      title: 'Puls januar',
      unitIds: [unitA, unitB],
      opensAt: '2025-01-01',
    });
    expect(res.statusCode).toBe(201);
    const { token } = res.json().round;
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/pulse/answer/${token}` });
    expect(page.json()).toMatchObject({ title: 'Puls januar', open: true });
    expect(page.json().units).toHaveLength(2);
    const survey = await t.database.db
      .selectFrom('survey')
      .select(['mode', 'definition'])
      .where('public_token', '=', token)
      .executeTakeFirstOrThrow();
    expect(survey.mode).toBe('pulse');

    for (const v of [5, 4, 4, 3, 5, 'dk'] as const)
      expect((await answer(token, unitA, v)).statusCode).toBe(201);
    for (const v of [2, 3] as const) expect((await answer(token, unitB, v)).statusCode).toBe(201);
    const foreign = await answer(token, '00000000-0000-4000-8000-000000000000', 3);
    expect(foreign.statusCode).toBe(400);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pulse/answer/${token}`,
      payload: { unitId: unitA, locale: 'da', answers: { 'local.other': 3 } },
    });
    expect(bad.statusCode).toBe(400);

    const results = (await api(t.app, staff, 'GET', '/pulse/results')).json();
    expect(results.minGroupSize).toBe(5);
    const round = results.rounds[0];
    expect(round.respondents).toBe(8);
    const a = round.units.find((u: { unitId: string }) => u.unitId === unitA);
    const b = round.units.find((u: { unitId: string }) => u.unitId === unitB);
    // B has 2 respondents: hidden. A would then be total − B: hidden as well, and so is the round total.
    expect(b).toMatchObject({ status: 'suppressed', items: null });
    expect(a).toMatchObject({ status: 'complementary', items: null });

    expect((await api(t.app, analyst, 'PATCH', '/pulse/settings', { minGroupSize: 2 })).statusCode).toBe(400);
    await api(t.app, analyst, 'PATCH', '/pulse/settings', { minGroupSize: 3 });
    for (const v of [2, 3] as const) await answer(token, unitB, v);
    const shown = (await api(t.app, staff, 'GET', '/pulse/results')).json().rounds[0];
    const a2 = shown.units.find((u: { unitId: string }) => u.unitId === unitA);
    expect(a2.status).toBe('shown');
    const daily = a2.items.find((i: { itemId: string }) => i.itemId === 'local.pulse_daily_work');
    expect(daily.summary).toMatchObject({ n: 5, dontKnow: 1 });
    expect(daily.summary.mean).toBeCloseTo(4.2);

    const roundId = shown.id;
    expect((await api(t.app, analyst, 'POST', `/pulse/rounds/${roundId}/close`)).statusCode).toBe(204);
    const closed = await answer(token, unitA, 3);
    expect(closed.statusCode).toBe(410);
  });
});
