import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, makeTenant, type TestApp } from '../../../test/app.ts';
import { insertResponses, repeated } from '../../dashboard/test-responses.ts';

/**
 * The outbox triggers: each change writes its event in its own transaction, for subscribed
 * municipalities only, with ids and counts but no free text.
 */
describeDb('webhook outbox triggers', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  beforeAll(async () => {
    t = await createTestApp({ BORGERBLIK_WEBHOOK_WORKER: 'false' });
    tenant = await makeTenant(t.database, 'trig');
    await t.database.db
      .insertInto('webhook_subscription')
      .values({
        municipality_id: tenant.municipality.id,
        url: 'https://example.invalid/hook',
        events: ['smiley.alert', 'initiative.evaluated', 'response.received'],
        secret_box: 'unused',
        created_by: tenant.users.admin.id,
      })
      .execute();
  });
  afterAll(() => t.close());

  const outbox = (type: string) =>
    t.database.db.selectFrom('webhook_delivery').selectAll().where('event_type', '=', type).execute();

  it('smiley.alert when an alert rule fires', async () => {
    const db = t.database.db;
    const m = tenant.municipality.id;
    await db
      .insertInto('smiley_alert_rule')
      .values({
        municipality_id: m,
        unit_id: tenant.unit.id,
        window_minutes: 15,
        min_presses: 4,
        unhappy_share: 0.5,
      })
      .execute();
    expect(await outbox('smiley.alert')).toHaveLength(0);
    await db
      .updateTable('smiley_alert_rule')
      .set({ last_fired_at: new Date() })
      .where('municipality_id', '=', m)
      .execute();
    const [row] = await outbox('smiley.alert');
    expect(row?.payload).toMatchObject({ unitId: tenant.unit.id, windowMinutes: 15, minPresses: 4 });
  });

  it('initiative.evaluated when its report is shared, without title or text', async () => {
    const db = t.database.db;
    const m = tenant.municipality.id;
    const initiative = await db
      .insertInto('improvement_initiative')
      .values({
        municipality_id: m,
        title: 'Hemmelig titel',
        description: 'Fritekst',
        test_start: new Date('2026-01-01'),
        test_end: new Date('2026-02-01'),
        measures: JSON.stringify({}),
        created_by: tenant.users.admin.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('improvement_initiative')
      .set({ report_token: 'abc' })
      .where('id', '=', initiative.id)
      .execute();
    const rows = await outbox('initiative.evaluated');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload).toMatchObject({ initiativeId: initiative.id, design: 'before_after' });
    expect(JSON.stringify(rows[0]?.payload)).not.toMatch(/Hemmelig|Fritekst/);
  });

  it('counts survey responses for subscribed municipalities only', async () => {
    const db = t.database.db;
    const other = await makeTenant(t.database, 'trigb');
    for (const m of [tenant.municipality.id, other.municipality.id]) {
      const survey = await db
        .insertInto('survey')
        .values({
          municipality_id: m,
          title: 'S',
          definition: JSON.stringify({ sets: ['coherence'] }),
          public_token: `trig-${m.slice(0, 8)}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const unit = m === tenant.municipality.id ? tenant.unit.id : other.unit.id;
      await insertResponses(db, m, survey.id, repeated(unit, '2026-03-01T10:00:00Z', [4], 3));
    }
    const ticks = await db.selectFrom('webhook_response_tick').select(['municipality_id', 'n']).execute();
    expect(ticks.map((r) => r.municipality_id)).toEqual([
      tenant.municipality.id,
      tenant.municipality.id,
      tenant.municipality.id,
    ]);
  });
});
