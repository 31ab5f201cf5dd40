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

describeDb('surveys', () => {
  let t: TestApp;
  let analyst: Session;
  let viewer: Session;
  /** A journey of the municipality: a survey may only point at its own municipality's journeys. */
  let journeyId: string;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'surveys');
    analyst = await login(t.app, 'analyst@surveys.dk');
    viewer = await login(t.app, 'viewer@surveys.dk');
    const journey = await api(t.app, analyst, 'POST', '/journeys', {
      journey: { ...journeyOf('A B'), title: 'Reception', ownerUnitId: tenant.unit.id },
    });
    journeyId = journey.json().journey.id;
  });
  afterAll(() => t.close());

  const body = () => ({
    title: 'Borgerservice 2025',
    languages: ['da', 'en'],
    channels: ['link', 'qr', 'kiosk'],
    unitIds: [tenant.unit.id],
    journeyId,
    touchpointId: 'tp-reception',
    definition: { sets: ['coherence'], localQuestions: [] },
  });

  it('creates a draft, edits it, opens it and then locks its questions', async () => {
    const res = await api(t.app, analyst, 'POST', '/surveys', body());
    expect(res.statusCode).toBe(201);
    const s = res.json().survey;
    expect(s).toMatchObject({
      status: 'draft',
      version: 1,
      unitIds: [tenant.unit.id],
      touchpointId: 'tp-reception',
      responseCount: 0,
    });
    expect(s.publicPath).toMatch(/^\/s\/[A-Za-z0-9_-]{22}$/);
    const edited = await api(t.app, analyst, 'PATCH', `/surveys/${s.id}`, {
      definition: { sets: ['coherence', 'psychcost', 'satisfaction'] },
    });
    expect(edited.json().survey.definition.sets).toEqual(['coherence', 'psychcost', 'satisfaction']);
    expect((await api(t.app, analyst, 'POST', `/surveys/${s.id}/open`)).json().survey.status).toBe('open');
    const locked = await api(t.app, analyst, 'PATCH', `/surveys/${s.id}`, {
      definition: { sets: ['coherence'] },
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('survey_locked');
    expect(
      (await api(t.app, analyst, 'PATCH', `/surveys/${s.id}`, { title: 'Nyt navn' })).json().survey.title,
    ).toBe('Nyt navn');
    expect((await api(t.app, analyst, 'POST', `/surveys/${s.id}/close`)).json().survey.status).toBe('closed');
    const reopen = await api(t.app, analyst, 'POST', `/surveys/${s.id}/open`);
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.code).toBe('survey_transition');
  });

  it('takes back a draft exactly as the web edit form sends it (the GET fields, round-tripped)', async () => {
    const created = await api(t.app, analyst, 'POST', '/surveys', {
      ...body(),
      definition: {
        sets: ['coherence'],
        localQuestions: [
          { id: 'local.comment', type: 'free_text', text: { da: 'Kommentar?', en: 'Comment?' } },
          {
            id: 'local.visit',
            type: 'single_choice',
            text: { da: 'Hvorfor kom du?' },
            options: [
              { key: 'o1', label: { da: 'Pas' } },
              { key: 'o2', label: { da: 'Kørekort' } },
            ],
          },
        ],
      },
    });
    const s = (await api(t.app, analyst, 'GET', `/surveys/${created.json().survey.id}`)).json().survey;
    // web/surveys/CreateSurveyForm.tsx fills the form from these fields and PATCHes them all back.
    const form = {
      title: 'Borgerservice 2025 (rettet)',
      mode: s.mode,
      languages: [...s.languages, 'nb'],
      channels: [...s.channels, 'smiley'],
      plural: true,
      unitIds: s.unitIds,
      definition: {
        sets: [...s.definition.sets, 'satisfaction'],
        localQuestions: s.definition.localQuestions,
      },
    };
    const saved = await api(t.app, analyst, 'PATCH', `/surveys/${s.id}`, form);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().survey).toMatchObject({
      title: 'Borgerservice 2025 (rettet)',
      status: 'draft',
      languages: ['da', 'en', 'nb'],
      channels: ['link', 'qr', 'kiosk', 'smiley'],
      plural: true,
      unitIds: [tenant.unit.id],
    });
    expect(saved.json().survey.definition.localQuestions).toEqual(s.definition.localQuestions);
    expect(saved.json().survey.definition.sets).toEqual(['coherence', 'satisfaction']);
    // Viewers see the page but cannot save; once open, the same form body is refused as locked.
    expect((await api(t.app, viewer, 'PATCH', `/surveys/${s.id}`, form)).statusCode).toBe(403);
    await api(t.app, analyst, 'POST', `/surveys/${s.id}/open`);
    const locked = await api(t.app, analyst, 'PATCH', `/surveys/${s.id}`, form);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('survey_locked');
  });

  it('copies a survey into a new draft version with a new link', async () => {
    const s = (await api(t.app, analyst, 'POST', '/surveys', body())).json().survey;
    await api(t.app, analyst, 'POST', `/surveys/${s.id}/open`);
    const v2 = await api(t.app, analyst, 'POST', `/surveys/${s.id}/versions`);
    expect(v2.statusCode).toBe(201);
    expect(v2.json().survey).toMatchObject({
      version: 2,
      previousVersionId: s.id,
      status: 'draft',
      unitIds: [tenant.unit.id],
    });
    expect(v2.json().survey.publicPath).not.toBe(s.publicPath);
    expect(
      (await api(t.app, analyst, 'PATCH', `/surveys/${v2.json().survey.id}`, { plural: true })).statusCode,
    ).toBe(200);
  });

  it('names wrong fields and refuses unknown units, built-in ids and too many local questions', async () => {
    const bad = await api(t.app, analyst, 'POST', '/surveys', {
      ...body(),
      languages: ['x!'],
      unitIds: [],
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['languages[0]', 'unitIds', 'extra']));
    // A well-formed tag the municipality does not offer is named the same way.
    const notOffered = await api(t.app, analyst, 'POST', '/surveys', { ...body(), languages: ['da', 'sv'] });
    expect(notOffered.statusCode).toBe(400);
    expect(notOffered.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['languages[1]']);
    const unknownUnit = await api(t.app, analyst, 'POST', '/surveys', {
      ...body(),
      unitIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownUnit.json().error.fields[0].path).toBe('unitIds');
    const local = (i: number) => ({ id: `local.q${i}`, type: 'free_text', text: { da: 'Spørgsmål' } });
    const tooMany = await api(t.app, analyst, 'POST', '/surveys', {
      ...body(),
      definition: { sets: [], localQuestions: Array.from({ length: 11 }, (_, i) => local(i)) },
    });
    expect(tooMany.statusCode).toBe(400);
    const builtin = await api(t.app, analyst, 'POST', '/surveys', {
      ...body(),
      definition: { localQuestions: [{ ...local(0), id: 'coherence.language' }] },
    });
    expect(builtin.statusCode).toBe(400);
  });

  it('lets viewers read but not manage, and audits changes', async () => {
    expect((await api(t.app, viewer, 'GET', '/surveys')).json().surveys.length).toBeGreaterThan(0);
    expect((await api(t.app, viewer, 'POST', '/surveys', body())).statusCode).toBe(403);
    const admin = await login(t.app, 'admin@surveys.dk');
    const actions = (await api(t.app, admin, 'GET', '/audit?limit=200'))
      .json()
      .entries.map((e: { action: string }) => e.action);
    for (const a of ['survey.create', 'survey.update', 'survey.open', 'survey.close', 'survey.version'])
      expect(actions).toContain(a);
  });
});
