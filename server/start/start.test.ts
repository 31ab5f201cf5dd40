import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StartPage } from '../../shared/api/start.ts';
import { api, createTestApp, describeDb, login, makeTenant, type TestApp } from '../../test/app.ts';
import { insertResponses, repeated } from '../dashboard/test-responses.ts';
import type { Database } from '../db/types.ts';
import { makeUnitTree } from '../seed/factories.ts';

type Db = TestApp['database']['db'];

/** A month ago at 10:00 UTC: inside the dashboard's default period (the last 12 months). */
const hour = () => {
  const d = new Date(Date.now() - 30 * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T10:00:00Z`;
};

async function surveyIn(db: Db, m: string, token: string) {
  const row = await db
    .insertInto('survey')
    .values({
      municipality_id: m,
      title: 'T',
      definition: JSON.stringify({ sets: ['coherence'] }),
      public_token: token,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function journeyIn(db: Db, m: string, title: string, hotspots: number) {
  await db
    .insertInto('journey')
    .values({
      municipality_id: m,
      title,
      persona: 'p',
      persona_key: 'p',
      status: 'as_is',
      current_version: 1,
      metrics: JSON.stringify({ hotspots }) as unknown as Database['journey']['metrics']['__insert__'],
      updated_at: new Date(),
    })
    .execute();
}

describeDb('start page API', () => {
  let t: TestApp;
  let page: StartPage;
  let other: StartPage;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const a = await makeTenant(t.database, 'starta');
    const b = await makeTenant(t.database, 'startb');
    const m = a.municipality.id;
    const units = await makeUnitTree(db, m, [
      { name: 'Høj', kind: 'unit' },
      { name: 'Lav', kind: 'unit' },
      { name: 'Lille', kind: 'unit' },
      { name: 'Mellem', kind: 'unit' },
    ]);
    const id = (n: string) => units.get(n) as string;
    const survey = await surveyIn(db, m, 'start-a');
    const h = hour();
    await insertResponses(db, m, survey, [
      ...repeated(id('Høj'), h, [5, 4], 8),
      ...repeated(id('Lav'), h, [2, 1], 8),
      // Below the minimum group size (5): never shown, as on the dashboard.
      ...repeated(id('Lille'), h, [3], 2),
      // The complementary cell: hidden too, or the scope minus the others would give Lille away.
      ...repeated(id('Mellem'), h, [3], 6),
    ]);
    await journeyIn(db, m, 'Sygedagpenge', 4);
    await journeyIn(db, m, 'Ingen knuder', 0);
    await journeyIn(db, b.municipality.id, 'Fremmed rejse', 9);
    await sql`insert into improvement_initiative (municipality_id, title, test_start, test_end, measures, started_at, created_by)
      values (${m}, 'Ny velkomst', now() - interval '10 days', now() + interval '20 days',
              ${JSON.stringify({ items: [], categories: [], counts: [] })}::jsonb, now(), ${a.users.admin.id})`.execute(
      db,
    );
    // Another municipality's data must not show: a unit with many answers and an initiative.
    const bSurvey = await surveyIn(db, b.municipality.id, 'start-b');
    await insertResponses(db, b.municipality.id, bSurvey, repeated(b.unit.id, h, [1], 20));
    // Smiley alert rules, evaluated together over one query: Lav fires (3 unhappy presses within the hour),
    // Høj does not (3 happy presses) — each rule sees only its own unit's presses.
    const rule = { municipality_id: m, window_minutes: 60, min_presses: 3, unhappy_share: 0.5 };
    await db
      .insertInto('smiley_alert_rule')
      .values([
        { ...rule, unit_id: id('Lav') },
        { ...rule, unit_id: id('Høj') },
      ])
      .execute();
    const smiley = await surveyIn(db, m, 'start-smiley');
    for (const [unit, face] of [
      ['Lav', 'very_unhappy'],
      ['Høj', 'very_happy'],
    ] as const)
      for (let i = 0; i < 3; i++)
        await db
          .insertInto('smiley_press')
          .values({
            municipality_id: m,
            survey_id: smiley,
            unit_id: id(unit),
            face,
            pressed_minute: new Date(),
          })
          .execute();
    const res = await api(t.app, await login(t.app, a.users.viewer.email), 'GET', '/start');
    expect(res.statusCode, res.body).toBe(200);
    page = res.json();
    const resB = await api(t.app, await login(t.app, b.users.viewer.email), 'GET', '/start');
    other = resB.json();
  });
  afterAll(() => t?.close());

  it('shows the index with its interval, from shown units only', () => {
    expect(page.index.figure.status).toBe('shown');
    expect(page.index.figure.ci).not.toBeNull();
    expect(page.respondents.n).toBe(24);
  });

  it('names the best and worst units with certainty markers, never a unit below the minimum', () => {
    expect(page.best[0]?.name).toBe('Høj');
    expect(page.best[0]?.marker).toBe('higher');
    expect(page.worst[0]?.name).toBe('Lav');
    expect(page.worst[0]?.marker).toBe('lower');
    const names = [...page.best, ...page.worst].map((u) => u.name);
    expect(names).not.toContain('Lille');
    expect(names).not.toContain('Mellem');
    expect(JSON.stringify(page)).not.toContain('Lille');
  });

  it('lists open smiley alerts, running initiatives and journeys by hotspots', () => {
    expect(page.alerts.map((x) => x.unitName)).toEqual(['Lav']);
    expect(page.alerts[0]?.firingNow).toBe(true);
    expect(page.initiatives.map((i) => i.title)).toEqual(['Ny velkomst']);
    expect(page.initiatives[0]?.nextEvaluation).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.journeys).toEqual([expect.objectContaining({ title: 'Sygedagpenge', hotspots: 4 })]);
  });

  it("keeps each municipality's figures to itself", () => {
    const mine = JSON.stringify(page);
    expect(mine).not.toContain('Fremmed rejse');
    expect(mine).not.toContain('Borgerservice startb');
    const theirs = JSON.stringify(other);
    for (const name of ['Høj', 'Lav', 'Sygedagpenge', 'Ny velkomst']) expect(theirs).not.toContain(name);
    expect(other.respondents.n).toBe(20);
    expect(other.journeys.map((j) => j.title)).toEqual(['Fremmed rejse']);
  });

  it('refuses anonymous callers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/start' });
    expect(res.statusCode).toBe(401);
  });
});
