import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, makeTenant, type TestApp } from '../../test/app.ts';
import type { NewResponse } from './repository.ts';
import { ResponseBatcher } from './response-batcher.ts';

/*
 * Group commit on the real database (PGlite and PostgreSQL): many responses submitted at once share
 * statements, yet each is stored exactly once with its own answers, repeated idempotency keys count
 * once even inside one batch, and a response that cannot be stored fails alone.
 */
describeDb('response batcher (group commit)', () => {
  let t: TestApp;
  let m = '';
  let surveyId = '';

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'batch');
    m = tenant.municipality.id;
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'Batch',
        status: 'open',
        definition: JSON.stringify({ sets: ['satisfaction'] }),
        public_token: 'batch-token-0123456789',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    surveyId = survey.id;
  });
  afterAll(() => t?.close());

  const response = (value: number, extra: Partial<NewResponse> = {}): NewResponse => ({
    surveyId,
    unitId: null,
    channel: 'kiosk',
    locale: 'da',
    translationStatus: 'reviewed',
    idempotencyKey: null,
    answers: [
      { id: 'satisfaction.overall', kind: 'value', value, dontKnow: false },
      { id: 'local.why', kind: 'text', body: `svar ${value}` },
    ],
    ...extra,
  });

  it('stores a burst exactly once each, with the right answers, in fewer statements than responses', async () => {
    const batcher = new ResponseBatcher(t.database.db, { maxInFlight: 1 });
    const tenant = { municipalityId: m };
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => batcher.submit({ tenant, response: response((i % 5) + 1) })),
    );
    expect(results.every(Boolean)).toBe(true);
    expect(batcher.statements).toBeLessThan(60);
    const rows = await t.database.db
      .selectFrom('survey_answer as a')
      .innerJoin('survey_text_answer as x', (j) =>
        j.onRef('x.municipality_id', '=', 'a.municipality_id').onRef('x.response_id', '=', 'a.response_id'),
      )
      .select(['a.value', 'x.body'])
      .where('a.municipality_id', '=', m)
      .execute();
    expect(rows).toHaveLength(60);
    // Each text answer sits on the response that carries the matching value: nothing crossed over.
    for (const row of rows) expect(row.body).toBe(`svar ${row.value}`);
  });

  it('counts a repeated idempotency key once, also within one batch', async () => {
    const batcher = new ResponseBatcher(t.database.db, { maxInFlight: 1 });
    const tenant = { municipalityId: m };
    const key = randomUUID();
    const first = batcher.submit({ tenant, response: response(2, { idempotencyKey: randomUUID() }) });
    const repeats = [1, 2, 3].map(() =>
      batcher.submit({ tenant, response: response(4, { idempotencyKey: key }) }),
    );
    const stored = await Promise.all([first, ...repeats]);
    expect(stored.filter(Boolean)).toHaveLength(2);
    const again = await batcher.submit({ tenant, response: response(4, { idempotencyKey: key }) });
    expect(again).toBe(false);
  });

  it('fails only the response that cannot be stored', async () => {
    const batcher = new ResponseBatcher(t.database.db, { maxInFlight: 1 });
    const tenant = { municipalityId: m };
    const before = await countResponses();
    const blocker = batcher.submit({ tenant, response: response(1) });
    const good = batcher.submit({ tenant, response: response(3) });
    const bad = batcher.submit({ tenant, response: response(3, { surveyId: randomUUID() }) });
    const alsoGood = batcher.submit({ tenant, response: response(5) });
    await expect(bad).rejects.toThrow();
    expect(await Promise.all([blocker, good, alsoGood])).toEqual([true, true, true]);
    expect(await countResponses()).toBe(before + 3);
    await batcher.drain();
  });

  async function countResponses() {
    const row = await t.database.db
      .selectFrom('survey_response')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('municipality_id', '=', m)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
});
