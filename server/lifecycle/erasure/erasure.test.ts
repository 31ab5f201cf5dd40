import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../../test/app.ts';
import { countRows, fixtureSurvey, rowsAt } from '../test-fixture.ts';

describeDb("a citizen's rights: find and erase", () => {
  let t: TestApp;
  let admin: Session;
  let m: string;
  let other: string;
  beforeAll(async () => {
    t = await createTestApp();
    const a = await makeTenant(t.database, 'era');
    const b = await makeTenant(t.database, 'erb');
    m = a.municipality.id;
    other = b.municipality.id;
    for (const x of [a, b]) {
      const smiley = await fixtureSurvey(t.database.db, x.municipality.id, x.unit.id, 'Smiley', 'smiley');
      await rowsAt(
        t.database.db,
        x.municipality.id,
        x.unit.id,
        x.users.admin.id,
        '2026-05-04T10:00:00Z',
        smiley,
      );
      await t.database.db
        .updateTable('complaint')
        .set({ description: 'Jens Hansen klager over sag 2026-0042 og ventetid' })
        .where('municipality_id', '=', x.municipality.id)
        .execute();
      await t.database.db
        .updateTable('improvement_quote')
        .set({ body: 'Jens sagde: jeg forstod ikke brevet' })
        .where('municipality_id', '=', x.municipality.id)
        .execute();
    }
    admin = await login(t.app, a.users.admin.email);
  });
  afterAll(() => t.close());

  it('finds a name or case number across complaints, interviews and observations of the own municipality', async () => {
    const staff = await login(t.app, 'staff@era.dk');
    expect((await api(t.app, staff, 'POST', '/lifecycle/erasure/search', { q: 'Jens' })).statusCode).toBe(
      403,
    );
    const byName = (await api(t.app, admin, 'POST', '/lifecycle/erasure/search', { q: 'jens' })).json();
    expect(byName.hits.map((h: { kind: string }) => h.kind).sort()).toEqual(['complaint', 'quote']);
    const byCase = (await api(t.app, admin, 'POST', '/lifecycle/erasure/search', { q: '2026-0042' })).json();
    expect(byCase.hits).toHaveLength(1);
    expect(byCase.hits[0].excerpt).toContain('sag 2026-0042');
    const percent = (await api(t.app, admin, 'POST', '/lifecycle/erasure/search', { q: '%%%' })).json();
    expect(percent.hits).toEqual([]);
    expect(
      (await api(t.app, admin, 'POST', '/lifecycle/erasure/search', { q: 'x' })).json().error.fields[0].path,
    ).toBe('q');
  });

  it('erases the chosen rows with an audit entry that names the request, not the person', async () => {
    const hits = (await api(t.app, admin, 'POST', '/lifecycle/erasure/search', { q: 'Jens' })).json().hits;
    const res = await api(t.app, admin, 'POST', '/lifecycle/erasure', {
      items: hits.map((h: { kind: string; id: string }) => ({ kind: h.kind, id: h.id })),
      reference: 'Anmodning 2026-12-01',
    });
    expect(res.json().erased).toEqual({ complaint: 1, interview: 0, quote: 1, observation: 0 });
    expect(await countRows(t.database.db, 'complaint', m)).toBe(0);
    expect(await countRows(t.database.db, 'improvement_interview', m)).toBe(1);
    expect(await countRows(t.database.db, 'complaint', other)).toBe(1);
    const audit = (await api(t.app, admin, 'GET', '/audit')).json().entries[0];
    expect(audit).toMatchObject({ action: 'erasure', details: { reference: 'Anmodning 2026-12-01' } });
    expect(JSON.stringify(audit)).not.toContain('Jens');
  });
});
