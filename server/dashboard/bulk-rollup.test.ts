import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, makeTenant, type TestApp } from '../../test/app.ts';
import { makeUnitTree } from '../seed/factories.ts';
import { rebuildRollup, rebuildRollups, rebuildRollupsInParallel } from './bulk-rollup.ts';
import { rollUp } from './repository.ts';
import { coherence, insertResponses, type TestResponse } from './test-responses.ts';

interface RollupRow {
  grain: string;
  unit_id: string;
  bucket: string;
  survey_id: string;
  item_id: string;
  channel: string;
  n: number;
  sum: number;
  sum_sq: number;
  dont_know: number;
  c: string;
}

/*
 * The set-based rebuild must give exactly the rows the live queue builds response by response
 * (`dashboard_add`), including the edge cases: no unit, "ved ikke", an index with fewer than three
 * valid answers, several channels, weeks that straddle a month boundary, non-dashboard items.
 */
describeDb('set-based rollup rebuild', () => {
  let t: TestApp;
  let m: string;

  const snapshot = async () => {
    const r = await sql<RollupRow>`
      select grain, unit_id::text, bucket::text, survey_id::text, item_id, channel, n, sum, sum_sq, dont_know,
        concat_ws(',', c1, c2, c3, c4, c5, c6) as c
      from dashboard_rollup where municipality_id = ${m}
      order by grain, unit_id, bucket, survey_id, item_id, channel`.execute(t.database.db);
    return r.rows.map((row) => ({ ...row, sum: Number(row.sum), sum_sq: Number(row.sum_sq) }));
  };

  beforeAll(async () => {
    t = await createTestApp();
    m = (await makeTenant(t.database, 'bulk')).municipality.id;
    const units = await makeUnitTree(t.database.db, m, [
      { name: 'U', kind: 'unit' },
      { name: 'V', kind: 'unit' },
    ]);
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'S',
        definition: '{"sets":["coherence","psychcost"]}',
        public_token: 'bulk',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const channels = ['link', 'qr', 'kiosk'] as const;
    // Hours around the turn of a month, in local time (a UTC evening is the next local day).
    const hours = [
      '2026-01-31T22:30:00Z',
      '2026-02-02T09:00:00Z',
      '2026-03-29T23:10:00Z',
      '2026-05-15T12:00:00Z',
    ];
    const responses: TestResponse[] = Array.from({ length: 40 }, (_, i) => ({
      unitId: i % 7 === 0 ? null : (units.get(i % 2 ? 'U' : 'V') ?? null),
      hour: hours[i % hours.length] ?? '2026-01-01T00:00:00Z',
      channel: channels[i % 3],
      answers: {
        ...coherence(
          i % 5 === 0 ? ['dk', 'dk', 'dk', 'dk', 2, 3] : [1 + (i % 5), 2, 'dk', 4, 5 - (i % 3), 3],
        ),
        'psychcost.stress': i % 4 === 0 ? 'dk' : 1 + (i % 5),
        'local.extra': 3,
      },
    }));
    await insertResponses(t.database.db, m, survey.id, responses);
  });
  afterAll(() => t?.close());

  it('equals what the queue builds response by response', async () => {
    // The app's roll-up tick may have moved part of the queue already on a slow machine: whoever moved
    // it, nothing may wait afterwards.
    await rollUp(t.database.db);
    const pending = await sql<{ n: number }>`select count(*)::int as n from dashboard_pending`.execute(
      t.database.db,
    );
    expect(pending.rows[0]?.n).toBe(0);
    const live = await snapshot();
    expect(live.length).toBeGreaterThan(50);
    const written = await rebuildRollup(t.database.db, m);
    const bulk = await snapshot();
    expect(written).toBe(live.length);
    expect(bulk.map(({ sum, sum_sq, ...k }) => k)).toEqual(live.map(({ sum, sum_sq, ...k }) => k));
    // Sums of per-respondent index values may be added in another order: equal up to rounding.
    bulk.forEach((row, i) => {
      expect(row.sum).toBeCloseTo(live[i]?.sum ?? Number.NaN, 9);
      expect(row.sum_sq).toBeCloseTo(live[i]?.sum_sq ?? Number.NaN, 9);
    });
  });

  it('gives the same rows with the indexes dropped and built again, and keeps the indexes', async () => {
    const indexes = sql<{
      n: number;
    }>`select count(*)::int as n from pg_indexes where tablename = 'dashboard_rollup'`;
    const before = (await indexes.execute(t.database.db)).rows[0]?.n;
    const expected = await snapshot();
    await rebuildRollup(t.database.db, m, { dropIndexes: true });
    expect((await snapshot()).map(({ sum, sum_sq, ...k }) => k)).toEqual(
      expected.map(({ sum, sum_sq, ...k }) => k),
    );
    expect((await indexes.execute(t.database.db)).rows[0]?.n).toBe(before);
  });

  it('rebuilds several municipalities in one transaction (indexes dropped once) to the rows the queue built', async () => {
    const m2 = (await makeTenant(t.database, 'bulk2')).municipality.id;
    const unit = await makeUnitTree(t.database.db, m2, [{ name: 'W', kind: 'unit' }]);
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m2,
        title: 'S2',
        definition: '{"sets":["satisfaction"]}',
        public_token: 'bulk2',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const languages = [
      { language: 'da', status: 'reviewed' },
      { language: 'ar', status: 'unreviewed' },
      { language: 'uk', status: 'validated' },
    ] as const;
    await insertResponses(
      t.database.db,
      m2,
      survey.id,
      Array.from({ length: 12 }, (_, i) => ({
        unitId: unit.get('W') ?? null,
        hour: `2026-0${1 + (i % 3)}-1${i % 10}T10:00:00Z`,
        channel: (['link', 'kiosk'] as const)[i % 2],
        ...languages[i % 3],
        answers: { 'satisfaction.overall': i % 5 === 0 ? 'dk' : 1 + (i % 5) },
      })),
    );
    expect(await rollUp(t.database.db)).toBe(12);
    const all = async () => {
      const r = await sql<Record<string, unknown>>`
        select municipality_id::text, grain, unit_id::text, bucket::text, survey_id::text, item_id, channel, language,
          translation_status, n, round(sum::numeric, 9)::text as sum, round(sum_sq::numeric, 9)::text as sum_sq,
          dont_know, concat_ws(',', c1, c2, c3, c4, c5, c6) as c
        from dashboard_rollup where municipality_id in (${m}, ${m2})
        order by 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(t.database.db);
      return r.rows;
    };
    const live = await all();
    expect(live.some((r) => r.language === 'ar' && r.translation_status === 'unreviewed')).toBe(true);
    const written = await rebuildRollups(t.database.db, [m, m2], { dropIndexes: true });
    expect(written).toBe(live.length);
    expect(await all()).toEqual(live);
    // Rebuilding one of them leaves the other's rows alone.
    await rebuildRollups(t.database.db, [m2]);
    expect(await all()).toEqual(live);
    // Over two sessions (initial load): the same rows, and the indexes are back.
    const indexes = sql<{
      n: number;
    }>`select count(*)::int as n from pg_indexes where tablename = 'dashboard_rollup'`;
    const before = (await indexes.execute(t.database.db)).rows[0]?.n;
    expect(await rebuildRollupsInParallel(t.database.db, [m, m2], 2)).toBe(live.length);
    expect(await all()).toEqual(live);
    expect((await indexes.execute(t.database.db)).rows[0]?.n).toBe(before);
  });

  it('leaves queued responses to the queue', async () => {
    await sql`insert into dashboard_pending (municipality_id, response_id)
              select municipality_id, id from survey_response where municipality_id = ${m} limit 3`.execute(
      t.database.db,
    );
    await rebuildRollup(t.database.db, m);
    const total = await sql<{ n: number }>`select sum(n)::int as n from dashboard_rollup
      where municipality_id = ${m} and grain = 'm' and item_id = '*' and channel = '*'`.execute(
      t.database.db,
    );
    expect(total.rows[0]?.n).toBe(37);
  });
});
