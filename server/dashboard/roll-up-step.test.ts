import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, makeTenant, type TestApp } from '../../test/app.ts';
import { startBackgroundLoop } from '../runtime/background.ts';
import { rebuildRollup } from './bulk-rollup.ts';
import { rollUpStep } from './repository.ts';
import { coherence, insertResponses } from './test-responses.ts';

/*
 * The roll-up moves the queue in bounded steps, so that one connection (PGlite's only one) is never held
 * for a whole backlog: each step moves at most its share, oldest first, and the steps together build
 * exactly the rollup the set-based rebuild builds.
 */
describeDb('roll-up in bounded steps', () => {
  let t: TestApp;
  let m: string;
  let survey: string;

  const pending = async () =>
    (
      await sql<{ id: string }>`select response_id::text as id from dashboard_pending
        where municipality_id = ${m} order by response_id`.execute(t.database.db)
    ).rows.map((r) => r.id);
  const rollup = async () =>
    (
      await sql<
        Record<string, unknown>
      >`select grain, unit_id::text, bucket::text, item_id, channel, language,
          n, round(sum::numeric, 9)::text as sum, dont_know, concat_ws(',', c1, c2, c3, c4, c5, c6) as c
        from dashboard_rollup where municipality_id = ${m} order by 1, 2, 3, 4, 5, 6`.execute(t.database.db)
    ).rows;
  const respond = (count: number, from: number) =>
    insertResponses(
      t.database.db,
      m,
      survey,
      Array.from({ length: count }, (_, i) => ({
        unitId: null,
        hour: `2026-0${1 + ((from + i) % 3)}-1${(from + i) % 10}T10:00:00Z`,
        channel: (['link', 'kiosk'] as const)[(from + i) % 2],
        answers: coherence([1 + ((from + i) % 5), 2, 'dk', 4, 3, 5]),
      })),
    );

  beforeAll(async () => {
    // Worker 1 runs no background work: the steps below are the only ones.
    t = await createTestApp({ BORGERBLIK_WORKER_INDEX: '1' });
    m = (await makeTenant(t.database, 'steps')).municipality.id;
    survey = (
      await t.database.db
        .insertInto('survey')
        .values({
          municipality_id: m,
          title: 'S',
          definition: '{"sets":["coherence"]}',
          public_token: 'steps',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t?.close());

  it('moves at most the step size, oldest first, until the queue is empty', async () => {
    await respond(25, 0);
    const queued = await pending();
    expect(queued).toHaveLength(25);
    expect(await rollUpStep(t.database.db, 10)).toBe(10);
    expect(await pending()).toEqual(queued.slice(10));
    expect(await rollUpStep(t.database.db, 10)).toBe(10);
    expect(await rollUpStep(t.database.db, 10)).toBe(5);
    expect(await rollUpStep(t.database.db, 10)).toBe(0);
    expect(await pending()).toEqual([]);
    expect(await rollUpStep(t.database.db, 0)).toBe(0);
  });

  it('builds in steps what the set-based rebuild builds', async () => {
    await respond(37, 25);
    const loop = startBackgroundLoop(
      {
        name: 'test roll-up',
        intervalMs: 60_000,
        firstDelayMs: 0,
        step: () => rollUpStep(t.database.db, 4),
        delayAfter: (moved) => (moved >= 4 ? 0 : 60_000),
      },
      (err) => {
        throw err;
      },
    );
    // Full steps go on at once: the 37 queued responses are gone without waiting an interval.
    await expect.poll(pending, { timeout: 10_000 }).toEqual([]);
    await loop.stop();
    const stepped = await rollup();
    expect(stepped.length).toBeGreaterThan(10);
    await rebuildRollup(t.database.db, m);
    expect(await rollup()).toEqual(stepped);
  });
});

/*
 * The defect the steps mend: on PGlite (one connection) the scheduler moved a whole backlog in one
 * transaction, and every query meanwhile — a citizen's submission — waited until all of it was done.
 */
describeDb("the roll-up scheduler on PGlite's one connection", () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('lets other queries in between the steps of a backlog', { timeout: 30_000 }, async () => {
    t = await createTestApp();
    if (t.database.kind !== 'pglite') return; // PostgreSQL's other connections never wait for it
    const db = t.database.db;
    const m = (await makeTenant(t.database, 'backlog')).municipality.id;
    const { id: s } = await db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'S',
        definition: '{"sets":["coherence"]}',
        public_token: 'backlog',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // 3,500 responses queued at once (one statement), before the scheduler's first tick (5 s after start).
    const backlog = 3_500;
    await sql`
      with r as (
        insert into survey_response (municipality_id, survey_id, channel, locale, translation_status, submitted_hour)
        select ${m}::uuid, ${s}::uuid, 'link', 'da', 'reviewed', '2026-01-12T10:00:00Z'::timestamptz
        from generate_series(1, ${backlog}) returning municipality_id, id
      ), q as (insert into dashboard_pending (municipality_id, response_id) select municipality_id, id from r)
      insert into survey_answer (municipality_id, response_id, item_id, value, dont_know)
      select municipality_id, id, 'coherence.respect', 4, false from r`.execute(db);
    const seen = new Set<number>();
    const queued = async () => {
      const n = (
        await sql<{
          n: number;
        }>`select count(*)::int as n from dashboard_pending where municipality_id = ${m}`.execute(db)
      ).rows[0]?.n;
      seen.add(n ?? -1);
      return n;
    };
    await expect.poll(queued, { timeout: 20_000, interval: 5 }).toBe(0);
    // A query asked while the backlog was being moved saw part of it moved, not only "all" or "nothing".
    expect([...seen].filter((n) => n > 0 && n < backlog)).not.toEqual([]);
  });
});
