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
import { insertSurvey, insertSurveyAnswers } from './survey-fixture.ts';

describeDb('improvement: interviews, board, ideas, initiatives, evaluation', () => {
  let t: TestApp;
  let staff: Session;
  let analyst: Session;
  let other: Session;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'cyc');
    unitId = tenant.unit.id;
    await makeTenant(t.database, 'cyc-other');
    staff = await login(t.app, 'staff@cyc.dk');
    analyst = await login(t.app, 'analyst@cyc.dk');
    other = await login(t.app, 'admin@cyc-other.dk');
    const db = t.database.db;
    const surveyId = await insertSurvey(db, tenant.municipality.id, 'Før og efter', unitId);
    // The same counts as shared/evaluation/evaluation.test.ts (checked there against SciPy).
    const before = { 'satisfaction.overall': { 1: 3, 2: 5, 3: 8, 4: 6, 5: 3 } };
    const after = { 'satisfaction.overall': { 1: 1, 2: 2, 3: 6, 4: 10, 5: 8 } };
    await insertSurveyAnswers(db, tenant.municipality.id, {
      surveyId,
      unitId,
      hour: new Date('2026-01-12T09:00:00Z'),
      counts: before,
    });
    await insertSurveyAnswers(db, tenant.municipality.id, {
      surveyId,
      unitId,
      hour: new Date('2026-02-10T09:00:00Z'),
      counts: after,
    });
  });
  afterAll(() => t.close());

  let quoteId = '';
  let problemId = '';
  let ideaId = '';
  let initiativeId = '';

  it('records an interview with consent, screened text and no profession for citizens', async () => {
    const body = {
      unitId,
      heldAt: '2026-02-12',
      role: 'citizen',
      profession: 'Tømrer',
      consent: true,
      notes: 'Mail: a@b.dk',
      quotes: ['Jeg blev set med det samme.'],
    };
    expect(
      (await api(t.app, staff, 'POST', '/improvement/interviews', { ...body, consent: false })).statusCode,
    ).toBe(400);
    const res = await api(t.app, staff, 'POST', '/improvement/interviews', body);
    expect(res.statusCode).toBe(201);
    const interview = res.json().interview;
    expect(interview.profession).toBeNull();
    expect(interview.notes).not.toContain('a@b.dk');
    quoteId = interview.quotes[0].id;
  });

  it('groups evidence into a problem, moves it back, and counts it', async () => {
    problemId = (
      await api(t.app, staff, 'POST', '/improvement/problems', { title: 'Borgere kan ikke finde vej' })
    ).json().problem.id;
    const board = (await api(t.app, staff, 'GET', '/improvement/board')).json();
    expect(board.pool.map((e: { ref: string }) => e.ref)).toContain(quoteId);
    const grouped = (
      await api(t.app, staff, 'POST', '/improvement/evidence', { kind: 'quote', ref: quoteId, problemId })
    ).json();
    expect(grouped.problems[0].counts.quote).toBe(1);
    expect(grouped.pool.map((e: { ref: string }) => e.ref)).not.toContain(quoteId);
    const pain = {
      kind: 'journey_pain',
      ref: `${randomUUID()}:step-3`,
      problemId,
      label: 'Lang ventetid i telefonen',
    };
    expect(
      (await api(t.app, staff, 'POST', '/improvement/evidence', { ...pain, label: undefined })).statusCode,
    ).toBe(400);
    const withPain = (await api(t.app, staff, 'POST', '/improvement/evidence', pain)).json();
    expect(withPain.problems[0].counts).toMatchObject({ quote: 1, journey_pain: 1 });
    expect(
      (await api(t.app, other, 'POST', '/improvement/evidence', { kind: 'quote', ref: quoteId, problemId }))
        .statusCode,
    ).toBe(400);
  });

  it('adds an idea across professions and counts workshop votes', async () => {
    const idea = {
      title: 'Værtsfunktion',
      professions: ['HK', 'Socialrådgiver'],
      effort: 1,
      impact: 3,
      problemIds: [problemId],
    };
    ideaId = (await api(t.app, staff, 'POST', '/improvement/ideas', idea)).json().idea.id;
    await api(t.app, staff, 'POST', `/improvement/ideas/${ideaId}/vote`, { delta: 1 });
    const voted = (await api(t.app, staff, 'POST', `/improvement/ideas/${ideaId}/vote`, { delta: 1 })).json()
      .idea;
    expect(voted).toMatchObject({ votes: 2, problemIds: [problemId], professions: ['HK', 'Socialrådgiver'] });
  });

  it('fixes success criteria at the start and evaluates before/after from the survey rows', async () => {
    const plan = {
      title: 'Varm velkomst',
      design: 'before_after',
      baselineStart: '2026-01-05',
      baselineEnd: '2026-01-30',
      testStart: '2026-02-02',
      testEnd: '2026-02-27',
      measures: {
        items: ['satisfaction.overall'],
        categories: ['arrival'],
        counts: [{ label: 'Klager', before: 4, after: null }],
      },
      ideaIds: [ideaId],
      testUnitIds: [unitId],
    };
    expect(
      (await api(t.app, staff, 'POST', '/improvement/initiatives', { ...plan, baselineEnd: '2026-02-10' }))
        .statusCode,
    ).toBe(400);
    const created = (await api(t.app, staff, 'POST', '/improvement/initiatives', plan)).json().initiative;
    initiativeId = created.id;
    expect(
      (await api(t.app, staff, 'POST', `/improvement/initiatives/${initiativeId}/start`)).json().error.code,
    ).toBe('improvement_criteria_missing');
    await api(t.app, staff, 'PATCH', `/improvement/initiatives/${initiativeId}`, {
      successCriteria: 'Tilfredshed stiger',
    });
    expect(
      (await api(t.app, staff, 'POST', `/improvement/initiatives/${initiativeId}/start`)).json().initiative
        .startedAt,
    ).not.toBeNull();
    const locked = await api(t.app, staff, 'PATCH', `/improvement/initiatives/${initiativeId}`, {
      successCriteria: 'Noget andet',
    });
    expect(locked.json().error.code).toBe('improvement_criteria_locked');
    const counts = { ...plan.measures, counts: [{ label: 'Klager', before: 4, after: 1 }] };
    expect(
      (await api(t.app, staff, 'PATCH', `/improvement/initiatives/${initiativeId}`, { measures: counts }))
        .statusCode,
    ).toBe(200);

    const report = (
      await api(t.app, staff, 'GET', `/improvement/initiatives/${initiativeId}/evaluation?lang=en`)
    ).json();
    const item = report.items[0];
    expect(item.nBefore).toBe(25);
    expect(item.nAfter).toBe(27);
    expect(item.ci.lower).toBeCloseTo(0.13555770050328564, 8);
    expect(item.p).toBeCloseTo(0.018639840453144332, 10); // scipy mannwhitneyu, continuity corrected (shared/stats)
    expect(item.verdict.key).toBe('improved');
    expect(report.headline).toBe('improved');
    expect(report.quotes[0]).toMatchObject({ body: 'Jeg blev set med det samme.', group: 'after' });
    expect(report.initiative.problems).toEqual(['Borgere kan ikke finde vej']);
  });

  it('renders the report as HTML and shares it by a revocable link', async () => {
    const html = await api(
      t.app,
      staff,
      'GET',
      `/improvement/initiatives/${initiativeId}/report.html?lang=da&download=true`,
    );
    expect(html.headers['content-disposition']).toContain('attachment');
    expect(html.body).toContain('Evaluering af Varm velkomst');
    expect(
      (await api(t.app, staff, 'POST', `/improvement/initiatives/${initiativeId}/share`)).statusCode,
    ).toBe(403);
    const token = (await api(t.app, analyst, 'POST', `/improvement/initiatives/${initiativeId}/share`)).json()
      .initiative.shareToken;
    expect(token.length).toBeGreaterThanOrEqual(32);
    const open = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/improvement-reports/${token}?lang=nb`,
    });
    expect(open.statusCode).toBe(200);
    expect(open.body).toContain('Evaluering av Varm velkomst');
    await api(t.app, analyst, 'DELETE', `/improvement/initiatives/${initiativeId}/share`);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/public/improvement-reports/${token}` })).statusCode,
    ).toBe(404);
    expect(
      (await api(t.app, other, 'GET', `/improvement/initiatives/${initiativeId}/evaluation`)).statusCode,
    ).toBe(404);
  });

  it('keeps tested practices in the good-advice library', async () => {
    const res = await api(t.app, staff, 'POST', '/improvement/advice', {
      title: 'Vært ved indgangen',
      what: 'En vært tager imod',
      initiativeId,
    });
    expect(res.json().advice.initiativeTitle).toBe('Varm velkomst');
    expect((await api(t.app, other, 'GET', '/improvement/advice')).json().advice).toHaveLength(0);
  });
});
