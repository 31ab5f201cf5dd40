import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../test/app.ts';
import { createTestDatabase } from '../../test/db.ts';
import { makeMunicipality } from '../seed/factories.ts';
import type { DatabaseHandle } from './database.ts';

/** The PGlite dialect must behave like the pg pool: isolated transactions, full rollback. */
describeDb('database driver', () => {
  let h: DatabaseHandle;
  let municipalityId: string;
  beforeAll(async () => {
    h = await createTestDatabase();
    municipalityId = (await makeMunicipality(h.db, { slug: 'drv', name: 'Driver' })).id;
  });
  afterAll(() => h.close());

  const count = async () =>
    Number((await sql<{ n: number }>`select count(*)::int as n from org_unit`.execute(h.db)).rows[0]?.n);

  it('rolls back everything a failed transaction wrote', async () => {
    const before = await count();
    await expect(
      h.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('org_unit')
          .values({ municipality_id: municipalityId, name: 'a', kind: 'unit', parent_id: null })
          .execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count()).toBe(before);
  });

  it('runs concurrent transactions without mixing their statements', async () => {
    const before = await count();
    const work = Array.from({ length: 8 }, (_, i) =>
      h.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('org_unit')
          .values({ municipality_id: municipalityId, name: `c${i}`, kind: 'unit', parent_id: null })
          .execute();
        await new Promise((r) => setTimeout(r, 5));
        if (i % 2 === 1) throw new Error('odd ones fail');
      }),
    );
    const results = await Promise.allSettled(work);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    expect(await count()).toBe(before + 4);
  });

  it('reports affected rows and reads back types', async () => {
    const res = await h.db
      .updateTable('org_unit')
      .set({ is_entrance: true })
      .where('name', 'like', 'c%')
      .executeTakeFirst();
    expect(res.numUpdatedRows).toBe(4n);
    const row = await h.db
      .selectFrom('org_unit')
      .selectAll()
      .where('name', '=', 'c0')
      .executeTakeFirstOrThrow();
    expect(row.created_at).toBeInstanceOf(Date);
    expect(row.is_entrance).toBe(true);
  });

  it('streams large results in chunks', async () => {
    const chunks: number[] = [];
    const q = sql<{ n: number }>`select generate_series(1, 2500) as n`.compile(h.db);
    const conn = h.db.getExecutor();
    await conn.provideConnection(async (c) => {
      for await (const chunk of c.streamQuery<{ n: number }>(q, 1000)) chunks.push(chunk.rows.length);
    });
    expect(chunks).toEqual([1000, 1000, 500]);
  });
});
