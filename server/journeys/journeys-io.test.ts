import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_JOURNEYS } from '../../shared/journey/demo.ts';
import { journeyToJson } from '../../shared/journey/index.ts';
import { journeyOf, makeStep } from '../../shared/journey/test-fixtures.ts';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { enqueueResponses } from '../dashboard/queue.ts';
import { DEMO_ADMIN_EMAIL, seedDemo } from '../seed/demo.ts';

describeDb('journeys: export, import, experience, demo', () => {
  let t: TestApp;
  let admin: Session;
  let municipalityId: string;
  beforeAll(async () => {
    t = await createTestApp();
    municipalityId = (await makeTenant(t.database, 'io')).municipality.id;
    admin = await login(t.app, 'admin@io.dk');
  });
  afterAll(() => t.close());

  const count = async () => (await api(t.app, admin, 'GET', '/journeys')).json().journeys.length;

  it('exports and imports a journey without losing anything', async () => {
    const journey = { ...DEMO_JOURNEYS.homeCare, ownerUnitId: null };
    const created = (await api(t.app, admin, 'POST', '/journeys', { journey })).json().journey;
    const exported = await api(t.app, admin, 'GET', `/journeys/${created.id}/export`);
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename=".+-v1\.journey\.json"/);
    expect(JSON.parse(exported.body)).toEqual(JSON.parse(journeyToJson(journey)));
    const imported = await api(t.app, admin, 'POST', '/journeys/import', { json: exported.body });
    expect(imported.statusCode).toBe(201);
    const again = await api(t.app, admin, 'GET', `/journeys/${imported.json().journey.id}/export`);
    expect(again.body).toBe(exported.body);
  });

  it('refuses bad files with a clear 400 naming the path, and stores nothing', async () => {
    const before = await count();
    const notJson = await api(t.app, admin, 'POST', '/journeys/import', { json: '{"format": ' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.code).toBe('journey_import_invalid');
    expect(notJson.json().error.fields[0].path).toBe('json');

    const wrongFormat = await api(t.app, admin, 'POST', '/journeys/import', { json: '{"title": "x"}' });
    expect(wrongFormat.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'format',
      'version',
    ]);

    const doc = JSON.parse(journeyToJson(journeyOf('A B C')));
    doc.steps[2].actorId = 'ghost';
    doc.steps[0].emotion = 7;
    const bad = await api(t.app, admin, 'POST', '/journeys/import', { json: JSON.stringify(doc) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['steps[0].emotion']);
    doc.steps[0].emotion = 1;
    const ghost = await api(t.app, admin, 'POST', '/journeys/import', { json: JSON.stringify(doc) });
    expect(ghost.json().error.fields).toEqual([
      { path: 'steps[2].actorId', message: 'Aktøren "ghost" findes ikke i rejsen.' },
    ]);

    const huge = journeyOf('A');
    huge.steps = Array.from({ length: 1001 }, (_, i) => makeStep(`s${i}`, i % 2 ? 'A' : 'B'));
    const tooMany = await api(t.app, admin, 'POST', '/journeys/import', { json: journeyToJson(huge) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0]).toMatchObject({ path: 'steps' });
    const direct = await api(t.app, admin, 'POST', '/journeys', { journey: huge });
    expect(direct.json().error.fields[0].path).toBe('journey.steps');
    expect(await count()).toBe(before);
  });

  it('accepts a 1,000-step journey', async () => {
    const big = journeyOf('A');
    big.steps = Array.from({ length: 1000 }, (_, i) => makeStep(`s${i}`, ['A', 'B', 'C', 'G'][i % 4] ?? 'A'));
    const res = await api(t.app, admin, 'POST', '/journeys', { journey: { ...big, title: 'Stor' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().journey.metrics.steps).toBe(1000);
  });

  it('shows indicator scores per touchpoint only above the minimum group size', async () => {
    const created = (await api(t.app, admin, 'POST', '/journeys', { journey: journeyOf('A B') })).json()
      .journey;
    const empty = (await api(t.app, admin, 'GET', `/journeys/${created.id}/experience`)).json();
    expect(empty).toEqual({ minGroupSize: 5, surveys: 0, touchpoints: [] });
    const db = t.database.db;
    const survey = async (touchpoint: string, token: string) =>
      (
        await db
          .insertInto('survey')
          .values({
            municipality_id: municipalityId,
            title: touchpoint,
            definition: JSON.stringify({ sets: ['coherence'] }),
            public_token: token,
            journey_id: created.id,
            touchpoint_id: touchpoint,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const answer = async (surveyId: string, value: number) => {
      const r = await db
        .insertInto('survey_response')
        .values({
          municipality_id: municipalityId,
          survey_id: surveyId,
          channel: 'link',
          locale: 'da',
          submitted_hour: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await enqueueResponses(db, { municipalityId }, [r.id]);
      await db
        .insertInto('survey_answer')
        .values({ municipality_id: municipalityId, response_id: r.id, item_id: 'coherence.solutions', value })
        .execute();
    };
    const s1 = await survey('s1', 'tok-s1');
    const s2 = await survey('s2', 'tok-s2');
    for (const v of [5, 5, 4, 2, 1, 5]) await answer(s1, v);
    for (const v of [5, 5]) await answer(s2, v);
    const exp = (await api(t.app, admin, 'GET', `/journeys/${created.id}/experience`)).json();
    expect(exp.surveys).toBe(2);
    const [first, second] = exp.touchpoints;
    expect(first).toMatchObject({ touchpointId: 's1', responses: 6, suppressed: false });
    expect(first.indicators[0]).toMatchObject({ set: 'coherence', answers: 6, positiveShare: 4 / 6 });
    expect(second).toEqual({ touchpointId: 's2', responses: 0, suppressed: true, indicators: [] });
  });

  it('seeds three demo journeys and a to-be variant linked to units', async () => {
    await seedDemo(t.database.db, 'demo-password-123');
    const demo = await login(t.app, DEMO_ADMIN_EMAIL, 'demo-password-123');
    const journeys = (await api(t.app, demo, 'GET', '/journeys?sort=title&order=asc')).json().journeys;
    expect(journeys).toHaveLength(4);
    expect(journeys.every((j: { ownerUnitName: string | null }) => j.ownerUnitName !== null)).toBe(true);
    expect(journeys.filter((j: { status: string }) => j.status === 'to_be')).toHaveLength(1);
  });
});
