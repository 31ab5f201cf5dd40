import { randomUUID } from 'node:crypto';
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

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describeDb('improvement: observation sessions', () => {
  let t: TestApp;
  let staff: Session;
  let viewer: Session;
  let other: Session;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp();
    unitId = (await makeTenant(t.database, 'obs')).unit.id;
    await makeTenant(t.database, 'obs-other');
    staff = await login(t.app, 'staff@obs.dk');
    viewer = await login(t.app, 'viewer@obs.dk');
    other = await login(t.app, 'staff@obs-other.dk');
  });
  afterAll(() => t.close());

  const session = { id: randomUUID(), place: 'Indgang', startedAt: '2026-03-02T08:00:00Z', endedAt: null };
  const observation = (what: string) => ({
    id: randomUUID(),
    sessionId: session.id,
    observedAt: '2026-03-02T08:10:00Z',
    category: 'arrival',
    what,
    citizens: 2,
    severity: 2,
    tags: ['skilte'],
  });

  it('stores an offline queue once however often it is sent, and sums the hours', async () => {
    const queue = {
      sessions: [{ ...session, unitId }],
      observations: [observation('Kigger efter skilte, ring 22 33 44 55'), observation('Går forkert')],
    };
    const first = await api(t.app, staff, 'POST', '/improvement/sync', queue);
    expect(first.statusCode).toBe(200);
    expect(first.json().observationIds).toHaveLength(2);
    const again = await api(t.app, staff, 'POST', '/improvement/sync', queue);
    expect(again.json().observationIds).toHaveLength(2);
    const ended = { sessions: [{ ...session, unitId, endedAt: '2026-03-02T09:30:00Z' }], observations: [] };
    expect((await api(t.app, staff, 'POST', '/improvement/sync', ended)).statusCode).toBe(200);

    const detail = (await api(t.app, viewer, 'GET', `/improvement/sessions/${session.id}`)).json();
    expect(detail.observations).toHaveLength(2);
    expect(detail.observations.map((o: { what: string }) => o.what).join(' ')).not.toContain('22 33 44 55');
    expect(detail.session.hours).toBeCloseTo(1.5, 10);
    const list = (await api(t.app, viewer, 'GET', '/improvement/sessions')).json();
    expect(list.totalHours).toBeCloseTo(1.5, 10);
  });

  it('refuses unknown sessions and units, viewers, and other municipalities', async () => {
    const stray = await api(t.app, staff, 'POST', '/improvement/sync', {
      observations: [{ ...observation('x'), sessionId: randomUUID() }],
    });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.fields[0].path).toBe('observations[0].sessionId');
    expect((await api(t.app, viewer, 'POST', '/improvement/sync', { sessions: [] })).statusCode).toBe(403);
    const foreign = await api(t.app, other, 'POST', '/improvement/sync', {
      sessions: [{ ...session, id: randomUUID(), unitId }],
    });
    expect(foreign.statusCode).toBe(400);
    expect((await api(t.app, other, 'GET', `/improvement/sessions/${session.id}`)).statusCode).toBe(404);
  });

  it('stores a checked room photo privately and refuses anything else', async () => {
    const obs = observation('Foto af venteområdet');
    await api(t.app, staff, 'POST', '/improvement/sync', { observations: [obs] });
    const put = (body: Buffer, type: string, query = '?noFaces=true', s = staff) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/improvement/observations/${obs.id}/photo${query}`,
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': type },
        payload: body,
      });
    expect((await put(Buffer.from('GIF89a not a png'), 'image/png')).statusCode).toBe(415);
    expect((await put(PNG, 'image/jpeg')).statusCode).toBe(415);
    expect((await put(PNG, 'image/png', '')).statusCode).toBe(400);
    expect((await put(PNG, 'image/png', '?noFaces=true', other)).statusCode).toBe(404);
    expect((await put(PNG, 'image/png')).statusCode).toBe(204);
    const photo = await api(t.app, viewer, 'GET', `/improvement/observations/${obs.id}/photo`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.rawPayload.equals(PNG)).toBe(true);
    expect((await api(t.app, other, 'GET', `/improvement/observations/${obs.id}/photo`)).statusCode).toBe(
      404,
    );
  });
});
