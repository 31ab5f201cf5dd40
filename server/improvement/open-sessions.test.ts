import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  PASSWORD,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { makeUnit, makeUser } from '../seed/factories.ts';

interface OpenRow {
  id: string;
  device: string;
  mine: boolean;
  observationCount: number;
  lastActivityAt: string;
}

describeDb('improvement: sessions left open on another device', () => {
  let t: TestApp;
  let staff: Session;
  let colleague: Session;
  let stranger: Session;
  let analyst: Session;
  let viewer: Session;
  let foreign: Session;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'open');
    unitId = tenant.unit.id;
    const otherUnit = await makeUnit(t.database.db, tenant.municipality.id, {
      name: 'Jobcenter',
      kind: 'unit',
    });
    const user = (email: string, unitIds: string[]) =>
      makeUser(t.database.db, tenant.municipality.id, {
        email,
        name: email,
        role: 'staff',
        password: PASSWORD,
        unitIds,
      });
    await user('team@open.dk', [unitId]);
    await user('elsewhere@open.dk', [otherUnit.id]);
    await makeTenant(t.database, 'open-other');
    staff = await login(t.app, 'staff@open.dk');
    colleague = await login(t.app, 'team@open.dk');
    stranger = await login(t.app, 'elsewhere@open.dk');
    analyst = await login(t.app, 'analyst@open.dk');
    viewer = await login(t.app, 'viewer@open.dk');
    foreign = await login(t.app, 'admin@open-other.dk');
  });
  afterAll(() => t.close());

  const start = async (who: Session, device: string) => {
    const id = randomUUID();
    const session = {
      id,
      unitId,
      place: '',
      device,
      startedAt: new Date(Date.now() - 3600_000).toISOString(),
      endedAt: null,
    };
    const observation = {
      id: randomUUID(),
      sessionId: id,
      observedAt: new Date(Date.now() - 600_000).toISOString(),
      category: 'waiting',
      what: 'Kø ved skranken',
    };
    const res = await api(t.app, who, 'POST', '/improvement/sync', {
      sessions: [session],
      observations: [observation],
    });
    expect(res.statusCode).toBe(200);
    return { id, observation };
  };
  const openIds = async (who: Session) =>
    ((await api(t.app, who, 'GET', '/improvement/sessions/open')).json().sessions as OpenRow[]).map(
      (s) => s.id,
    );

  describe('list', () => {
    it('shows own and team sessions with device and last activity; analysts see all; others none', async () => {
      const { id, observation } = await start(staff, 'iPhone · Safari');
      const mine = (await api(t.app, staff, 'GET', '/improvement/sessions/open')).json()
        .sessions as OpenRow[];
      const row = mine.find((s) => s.id === id);
      expect(row).toMatchObject({ device: 'iPhone · Safari', mine: true, observationCount: 1 });
      expect(Date.parse(row?.lastActivityAt ?? '')).toBeGreaterThanOrEqual(
        Date.parse(observation.observedAt),
      );
      expect(await openIds(colleague)).toContain(id);
      expect(await openIds(analyst)).toContain(id);
      expect(await openIds(stranger)).not.toContain(id);
      expect(await openIds(foreign)).not.toContain(id);
      expect((await api(t.app, viewer, 'GET', '/improvement/sessions/open')).statusCode).toBe(403);
    });
  });

  describe('resume', () => {
    it('continues a session on this device and returns what was noted', async () => {
      const { id, observation } = await start(staff, 'iPad');
      const res = await api(t.app, colleague, 'POST', `/improvement/sessions/${id}/resume`, {
        device: 'Android · Chrome',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().session.device).toBe('Android · Chrome');
      expect(res.json().observations.map((o: { id: string }) => o.id)).toEqual([observation.id]);
    });

    it('refuses other units (404), other municipalities (404) and viewers (403)', async () => {
      const { id } = await start(staff, 'iPad');
      const path = `/improvement/sessions/${id}/resume`;
      expect((await api(t.app, stranger, 'POST', path, {})).statusCode).toBe(404);
      expect((await api(t.app, foreign, 'POST', path, {})).statusCode).toBe(404);
      expect((await api(t.app, viewer, 'POST', path, {})).statusCode).toBe(403);
    });
  });

  describe('close', () => {
    it('records who closed it and when; a second close or a resume answers 409', async () => {
      const { id } = await start(staff, 'iPad');
      expect((await api(t.app, foreign, 'POST', `/improvement/sessions/${id}/close`)).statusCode).toBe(404);
      expect((await api(t.app, stranger, 'POST', `/improvement/sessions/${id}/close`)).statusCode).toBe(404);
      const res = await api(t.app, analyst, 'POST', `/improvement/sessions/${id}/close`);
      expect(res.statusCode).toBe(200);
      expect(res.json().session.closedByName).toBe('analyst open');
      expect(Date.parse(res.json().session.endedAt)).toBeLessThanOrEqual(Date.now());
      expect(await openIds(staff)).not.toContain(id);
      expect((await api(t.app, staff, 'POST', `/improvement/sessions/${id}/close`)).statusCode).toBe(409);
      const resume = await api(t.app, staff, 'POST', `/improvement/sessions/${id}/resume`, {});
      expect(resume.statusCode).toBe(409);
      expect(resume.json().error.code).toBe('improvement_session_closed');
      const audit = await t.database.db
        .selectFrom('audit_log')
        .select(['action', 'target_id'])
        .where('action', '=', 'improvement.session_close')
        .where('target_id', '=', id)
        .execute();
      expect(audit).toHaveLength(1);
    });

    it('keeps observations the phone sends after the session was closed elsewhere, once', async () => {
      const { id } = await start(staff, 'iPad');
      expect((await api(t.app, colleague, 'POST', `/improvement/sessions/${id}/close`)).statusCode).toBe(200);
      const late = {
        id: randomUUID(),
        sessionId: id,
        observedAt: new Date().toISOString(),
        category: 'desk',
        what: 'Sent',
      };
      for (let i = 0; i < 3; i++)
        expect(
          (await api(t.app, staff, 'POST', '/improvement/sync', { observations: [late] })).statusCode,
        ).toBe(200);
      const detail = (await api(t.app, staff, 'GET', `/improvement/sessions/${id}`)).json();
      expect(detail.observations.filter((o: { id: string }) => o.id === late.id)).toHaveLength(1);
      expect(detail.session.endedAt).not.toBeNull();
    });
  });
});
