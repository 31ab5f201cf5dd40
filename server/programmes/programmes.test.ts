import { sql } from 'kysely';
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
import { seedDemoDialog } from './demo-seed.ts';

type Cell = { value: number | null; n: number; suppressed: boolean };
type Metric = {
  key: string;
  participants: Record<'before' | 'during' | 'after', Cell>;
  comparison: Record<'before' | 'during' | 'after', Cell> | null;
  change: { diff: number; verdict: { key: string } } | null;
  comparisonChange: { verdict: { key: string } } | null;
};

describeDb('dialog programme', () => {
  let t: TestApp;
  let analyst: Session;
  let viewer: Session;
  let other: Session;
  let units: Map<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'dialog');
    units = new Map();
    for (const name of ['Jobcenterets reception', 'Sygedagpenge', 'Boligstøtte og pension']) {
      units.set(name, (await makeUnit(t.database.db, tenant.municipality.id, { name, kind: 'unit' })).id);
    }
    await seedDemoDialog(t.database.db, tenant.municipality.id, units);
    await makeTenant(t.database, 'fremmed');
    analyst = await login(t.app, 'analyst@dialog.dk');
    viewer = await login(t.app, 'viewer@dialog.dk');
    other = await login(t.app, 'admin@fremmed.dk');
  });
  afterAll(() => t.close());

  it('shows the seeded plan with phases, notes and action plans', async () => {
    const list = (await api(t.app, viewer, 'GET', '/programmes')).json().programmes;
    expect(list).toHaveLength(1);
    const plan = (await api(t.app, viewer, 'GET', `/programmes/${list[0].id}`)).json().programme;
    expect(plan.units.filter((u: { role: string }) => u.role === 'participant')).toHaveLength(2);
    expect(plan.phases.map((p: { kind: string }) => p.kind)).toContain('kick_off');
    expect(plan.notes.some((n: { kind: string }) => n.kind === 'quote')).toBe(true);
    expect(plan.actionPlans).toHaveLength(6);
    expect((await api(t.app, other, 'GET', `/programmes/${list[0].id}`)).statusCode).toBe(404);
  });

  it('shows staff interviews from the improvement cycle held before the start, when that feature exists', async () => {
    const [p] = (await api(t.app, viewer, 'GET', '/programmes')).json().programmes;
    const db = t.database.db;
    const exists = await sql<{
      t: string | null;
    }>`select to_regclass('improvement_interview')::text as t`.execute(db);
    if (!exists.rows[0]?.t) {
      expect((await api(t.app, viewer, 'GET', `/programmes/${p.id}`)).json().programme.interviews).toEqual(
        [],
      );
      return;
    }
    const m = await db
      .selectFrom('municipality')
      .select('id')
      .where('slug', '=', 'dialog')
      .executeTakeFirstOrThrow();
    const author = await db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'analyst@dialog.dk')
      .executeTakeFirstOrThrow();
    const unit = units.get('Sygedagpenge');
    const rows = await sql<{
      id: string;
    }>`insert into improvement_interview (municipality_id, unit_id, held_at, role, consent, notes, created_by)
      values (${m.id}, ${unit}, (${p.startsOn}::date - 30), 'employee', true, 'Fokusgruppe: svære samtaler om sygedagpenge', ${author.id})
      returning id`.execute(db);
    await sql`insert into improvement_quote (municipality_id, interview_id, body) values (${m.id}, ${rows.rows[0]?.id}, '“Vi mangler fælles sprog.”')`.execute(
      db,
    );
    const plan = (await api(t.app, viewer, 'GET', `/programmes/${p.id}`)).json().programme;
    expect(plan.interviews).toEqual([
      expect.objectContaining({
        unitId: unit,
        notes: 'Fokusgruppe: svære samtaler om sygedagpenge',
        quotes: ['“Vi mangler fælles sprog.”'],
      }),
    ]);
  });

  it('computes the four goals before and after with honest verdicts', async () => {
    const [p] = (await api(t.app, viewer, 'GET', '/programmes')).json().programmes;
    const view = (await api(t.app, viewer, 'GET', `/programmes/${p.id}/goals`)).json();
    expect(view.goals.map((g: { goal: string }) => g.goal)).toEqual([
      'citizen',
      'employee',
      'complaints',
      'knowledge',
    ]);
    const metric = (key: string): Metric =>
      view.goals.flatMap((g: { metrics: Metric[] }) => g.metrics).find((m: Metric) => m.key === key);
    const sat = metric('citizen.satisfaction');
    expect(sat.participants.before.n).toBe(90);
    expect(sat.participants.after.value).toBeGreaterThan(sat.participants.before.value ?? 0);
    expect(sat.change?.verdict.key).toBe('improved');
    expect(sat.comparison?.before.n).toBe(45);
    const rate = metric('complaints.rate');
    expect(rate).toMatchObject({ format: 'per1000' });
    expect(rate.change?.diff).toBeGreaterThan(0);
    expect(rate.change?.verdict.key).toBe('improved');
    expect(metric('pulse.local.pulse_daily_work').participants.after.n).toBe(24);
    expect(metric('knowledge.actionPlansFollowedUp').participants.after.value).toBe(4);
  });

  it('lets analysts change the plan; viewers cannot', async () => {
    const [p] = (await api(t.app, viewer, 'GET', '/programmes')).json().programmes;
    const phase = { kind: 'training_day', startsOn: p.startsOn, title: 'Ekstra træningsdag' };
    expect((await api(t.app, viewer, 'POST', `/programmes/${p.id}/phases`, phase)).statusCode).toBe(403);
    const added = await api(t.app, analyst, 'POST', `/programmes/${p.id}/phases`, phase);
    expect(added.statusCode).toBe(201);
    const plan = await api(t.app, analyst, 'POST', `/programmes/${p.id}/action-plans`, {
      unitId: units.get('Sygedagpenge'),
      participant: 'Mads',
      goal: 'Ringe til borgeren på 22 33 44 55 inden mødet',
    });
    const planId = plan.json().id;
    const stored = (await api(t.app, analyst, 'GET', `/programmes/${p.id}`)).json().programme;
    const mine = stored.actionPlans.find((a: { id: string }) => a.id === planId);
    expect(mine.goal).not.toContain('22 33 44 55');
    const patched = await api(t.app, analyst, 'PATCH', `/programmes/${p.id}/action-plans/${planId}`, {
      unitId: units.get('Sygedagpenge'),
      participant: 'Mads',
      goal: 'Ringe til borgeren inden mødet',
      status: 'followed_up',
    });
    expect(patched.statusCode).toBe(204);
    expect(
      (await api(t.app, analyst, 'DELETE', `/programmes/${p.id}/phases/${added.json().id}`)).statusCode,
    ).toBe(204);
    const created = await api(t.app, analyst, 'POST', '/programmes', {
      name: 'Nyt forløb',
      startsOn: '2026-01-01',
      endsOn: '2025-12-01',
    });
    expect(created.json().error.fields[0].path).toBe('endsOn');
  });
});
