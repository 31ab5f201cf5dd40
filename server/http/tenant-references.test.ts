import { afterAll, beforeAll, expect, it } from 'vitest';
import { journeyOf } from '../../shared/journey/test-fixtures.ts';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { openSurveyFor } from '../surveys/test-helpers.ts';

/** The reference rule: an id of another municipality in a body is refused with 400 naming the field. */
describeDb('ids in bodies are checked against the caller’s municipality', () => {
  let t: TestApp;
  let a: Session;
  let mine: Awaited<ReturnType<typeof makeTenant>>;
  let foreign: { unitId: string; journeyId: string };
  beforeAll(async () => {
    t = await createTestApp();
    mine = await makeTenant(t.database, 'refa');
    const other = await makeTenant(t.database, 'refb');
    a = await login(t.app, mine.users.admin.email);
    const b = await login(t.app, other.users.admin.email);
    const journey = await api(t.app, b, 'POST', '/journeys', {
      journey: { ...journeyOf('A B'), title: 'B', ownerUnitId: other.unit.id },
    });
    foreign = { unitId: other.unit.id, journeyId: journey.json().journey.id };
  });
  afterAll(() => t.close());

  const expectRefused = (res: { statusCode: number; body: string; json(): unknown }, path: string) => {
    expect(res.statusCode, res.body).toBe(400);
    const fields = (res.json() as { error: { fields: { path: string }[] } }).error.fields;
    expect(fields.map((f) => f.path)).toContain(path);
  };

  it('refuses another municipality’s journey on a survey, on create and on update', async () => {
    const base = {
      title: 'T',
      languages: ['da'],
      channels: ['link'],
      unitIds: [mine.unit.id],
      definition: { sets: ['coherence'], localQuestions: [] },
    };
    expectRefused(
      await api(t.app, a, 'POST', '/surveys', { ...base, journeyId: foreign.journeyId }),
      'journeyId',
    );
    const draft = await api(t.app, a, 'POST', '/surveys', base);
    expect(draft.statusCode).toBe(201);
    const id = draft.json().survey.id;
    expectRefused(
      await api(t.app, a, 'PATCH', `/surveys/${id}`, { journeyId: foreign.journeyId }),
      'journeyId',
    );
    expect((await api(t.app, a, 'GET', `/surveys/${id}`)).json().survey.journeyId).toBeNull();
  });

  it('refuses another municipality’s unit on dialog notes, action plans and programme units', async () => {
    const programme = await api(t.app, a, 'POST', '/programmes', {
      name: 'Forløb',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
    });
    const id = programme.json().programme?.id ?? programme.json().id;
    const note = { kind: 'quote', heldOn: '2026-02-01', body: 'Citat' };
    expectRefused(
      await api(t.app, a, 'POST', `/programmes/${id}/notes`, { ...note, unitId: foreign.unitId }),
      'unitId',
    );
    const plan = { participant: 'Mads', goal: 'Mål' };
    expectRefused(
      await api(t.app, a, 'POST', `/programmes/${id}/action-plans`, { ...plan, unitId: foreign.unitId }),
      'unitId',
    );
    const ok = await api(t.app, a, 'POST', `/programmes/${id}/action-plans`, {
      ...plan,
      unitId: mine.unit.id,
    });
    expect(ok.statusCode).toBe(201);
    expectRefused(
      await api(t.app, a, 'PATCH', `/programmes/${id}/action-plans/${ok.json().id}`, {
        ...plan,
        unitId: foreign.unitId,
      }),
      'unitId',
    );
    expectRefused(
      await api(t.app, a, 'PATCH', `/programmes/${id}`, {
        name: 'Forløb',
        startsOn: '2026-01-01',
        endsOn: '2026-06-30',
        units: [
          { unitId: mine.unit.id, role: 'participant' },
          { unitId: foreign.unitId, role: 'comparison' },
        ],
      }),
      'units[1].unitId',
    );
  });

  it('refuses another municipality’s unit on kiosk devices', async () => {
    const survey = await openSurveyFor(t.app, a, mine.unit.id);
    expectRefused(
      await api(t.app, a, 'POST', `/surveys/${survey.id}/kiosks`, { name: 'K', unitId: foreign.unitId }),
      'unitId',
    );
  });
});
