import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createTestApp, describeDb, login, type Session, type TestApp } from '../../test/app.ts';
import { DEMO_ADMIN_EMAIL, seedDemo } from '../seed/demo.ts';

describeDb('improvement: demo cycle', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.database.db, 'demo-password-for-tests');
    admin = await login(t.app, DEMO_ADMIN_EMAIL, 'demo-password-for-tests');
  });
  afterAll(() => t.close());

  it('holds one complete cycle whose report shows a real computed difference', async () => {
    const sessions = (await api(t.app, admin, 'GET', '/improvement/sessions')).json();
    expect(sessions.sessions).toHaveLength(8);
    expect(sessions.totalHours).toBe(20);
    expect((await api(t.app, admin, 'GET', '/improvement/interviews')).json().interviews).toHaveLength(6);
    const board = (await api(t.app, admin, 'GET', '/improvement/board')).json();
    expect(board.problems).toHaveLength(3);
    expect(board.problems[0].counts.observation).toBeGreaterThan(0);
    const [initiative] = (await api(t.app, admin, 'GET', '/improvement/initiatives')).json().initiatives;
    expect(initiative.title).toBe('Varm velkomst');
    const report = (
      await api(t.app, admin, 'GET', `/improvement/initiatives/${initiative.id}/evaluation?lang=da`)
    ).json();
    const overall = report.items.find((i: { itemId: string }) => i.itemId === 'satisfaction.overall');
    expect(overall.verdict.key).toBe('improved');
    expect(overall.diff).toBeGreaterThan(0.5);
    expect(report.headline).toBe('improved');
    const arrival = report.rates.find((r: { category: string }) => r.category === 'arrival');
    expect(arrival.rateAfter).toBeLessThan(arrival.rateBefore);
    expect(report.quotes.length).toBeGreaterThan(0);
    expect((await api(t.app, admin, 'GET', '/improvement/advice')).json().advice).toHaveLength(2);
  });
});
