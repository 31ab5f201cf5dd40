import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConformanceResponse, JointResponse, SuggestResponse } from '../../shared/api/conformance.ts';
import { emptyJourney, type Journey } from '../../shared/journey/index.ts';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { importLog } from '../eventlog/test/helpers.ts';
import { insertSurvey } from '../surveys/repository.ts';
import { newPublicToken } from '../surveys/service.ts';
import { staleMappings } from './joint-repository.ts';

/** Three cases: c1 follows the plan, c2 skips the assessment, c3 goes back to it after the decision. */
const CSV = [
  'case,activity,time,user',
  'c1,Ansøgning modtaget,2026-01-05 09:00,Borgerservice',
  'c1,Vurdering,2026-01-07 09:00,Visitator',
  'c1,Afgørelse sendt,2026-01-09 09:00,Visitator',
  'c2,Ansøgning modtaget,2026-01-05 10:00,Borgerservice',
  'c2,Afgørelse sendt,2026-01-15 10:00,Visitator',
  'c3,Ansøgning modtaget,2026-01-06 09:00,Borgerservice',
  'c3,Vurdering,2026-01-07 09:00,Visitator',
  'c3,Afgørelse sendt,2026-01-08 09:00,Visitator',
  'c3,Vurdering,2026-01-20 09:00,Visitator',
  'c3,Faktura,2026-01-21 09:00,Økonomi',
].join('\n');

const journey: Journey = {
  ...emptyJourney('Hjemmehjælp (to-be)'),
  status: 'to_be',
  actors: [
    { id: 'bs', kind: 'department', name: 'Borgerservice' },
    { id: 'vis', kind: 'employee', profession: 'Visitator' },
  ],
  steps: [
    ['apply', 'bs', 'Ansøgning'],
    ['assess', 'vis', 'Vurdering'],
    ['decide', 'vis', 'Afgørelse'],
  ].map(([id, actorId, description]) => ({
    id: id ?? '',
    actorId: actorId ?? '',
    channel: 'self_service' as const,
    description: description ?? '',
    painPoints: [],
    opportunities: [],
    tags: [],
    handover: 'auto' as const,
  })),
};

describeDb('event log mapped onto a journey version', () => {
  let t: TestApp;
  let a: Session;
  let b: Session;
  let logId = '';
  let journeyId = '';
  let otherJourneyId = '';
  let municipalityA = '';
  const url = (id: string, tail = '') => `/journeys/${id}/versions/1${tail}`;

  beforeAll(async () => {
    t = await createTestApp();
    const ta = await makeTenant(t.database, 'map-a');
    municipalityA = ta.municipality.id;
    const tb = await makeTenant(t.database, 'map-b');
    a = await login(t.app, ta.users.analyst.email);
    b = await login(t.app, tb.users.analyst.email);
    const log = await importLog(t.app, a, Buffer.from(CSV), {
      name: 'hjemmehjaelp',
      format: 'csv',
      csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
    });
    expect(log.status).toBe('ready');
    logId = log.id;
    const created = await api(t.app, a, 'POST', '/journeys', { journey, note: '' });
    expect(created.statusCode, created.body).toBe(201);
    journeyId = created.json().journey.id;
    const other = await api(t.app, b, 'POST', '/journeys', { journey, note: '' });
    otherJourneyId = other.json().journey.id;
  }, 120_000);
  afterAll(() => t?.close());

  it('suggests steps and actors by name', async () => {
    const res = await api(t.app, a, 'GET', `${url(journeyId, '/log-mapping/suggest')}?logId=${logId}`);
    expect(res.statusCode, res.body).toBe(200);
    const body: SuggestResponse = res.json();
    const byName = Object.fromEntries(body.activities.map((x) => [x.name, x.suggestedId]));
    expect(byName).toEqual({
      'Ansøgning modtaget': 'apply',
      Vurdering: 'assess',
      'Afgørelse sendt': 'decide',
      Faktura: null,
    });
    expect(body.actors.find((x) => x.name === 'Visitator')?.suggestedId).toBe('vis');
  });

  it('refuses conformance before a mapping is saved', async () => {
    const res = await api(t.app, a, 'GET', url(journeyId, '/conformance'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('journey_log_not_mapped');
  });

  it('saves the mapping with the version and reports conformance', async () => {
    const activities = { 'Ansøgning modtaget': 'apply', Vurdering: 'assess', 'Afgørelse sendt': 'decide' };
    const put = await api(t.app, a, 'PUT', url(journeyId, '/log-mapping'), {
      logId,
      activities,
      actors: { Visitator: 'vis', Borgerservice: 'bs' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().mapping).toMatchObject({ logId, logName: 'hjemmehjaelp', activities });
    const res = await api(t.app, a, 'GET', url(journeyId, '/conformance'));
    expect(res.statusCode, res.body).toBe(200);
    const { report, caseKeys }: ConformanceResponse = res.json();
    expect(report).toMatchObject({ method: 'token_replay', cases: 3, mappedCases: 3, conformingCases: 1 });
    expect(report.steps.map((s) => [s.stepId, s.passed, s.skipped, s.repeated])).toEqual([
      ['apply', 3, 0, 0],
      ['assess', 2, 1, 1],
      ['decide', 3, 0, 0],
    ]);
    expect(report.handovers[0]?.crossesBoundary).toBe(true);
    // The actor mapping is used: Borgerservice → Visitator is the plan's handover, taken by every case.
    expect(report.actorCases).toBe(3);
    expect(report.actorHandovers).toEqual([
      { fromActorId: 'bs', toActorId: 'vis', inPlan: true, cases: 3, occurrences: 3 },
    ]);
    // The page has the journey and the mapping already: they are not sent again.
    expect(Object.keys(res.json()).sort()).toEqual(['caseKeys', 'report']);
    expect(report.patterns).toHaveLength(2);
    for (const p of report.patterns) expect(caseKeys[p.exampleCaseId]).toMatch(/^C-/);
    const charts = await api(t.app, a, 'GET', url(journeyId, '/conformance/charts'));
    expect(charts.statusCode, charts.body).toBe(200);
    expect(charts.json().spectrum.segments).toHaveLength(2);
    const joint = await api(t.app, a, 'GET', url(journeyId, '/joint'));
    expect(joint.statusCode, joint.body).toBe(200);
    const view: JointResponse = joint.json();
    expect(view.steps.map((s) => s.hasSurvey)).toEqual([false, false, false]);
    expect(view.steps[1]?.wait.count).toBe(3); // c1 once, c3 twice
  });

  it('marks every alert check on the mapping, an empty one too, so the tick does not repeat it', async () => {
    const second = await api(t.app, a, 'POST', '/journeys', { journey, note: '' });
    const secondId: string = second.json().journey.id;
    // No activity mapped: no visit, so the check has no touchpoint to record.
    const put = await api(t.app, a, 'PUT', url(secondId, '/log-mapping'), { logId, activities: {} });
    expect(put.statusCode, put.body).toBe(200);
    const stale = await staleMappings(t.app.db, 1_000);
    expect(stale.map((m) => m.journey_id)).not.toContain(secondId);
    expect(stale.map((m) => m.journey_id)).not.toContain(journeyId);
  });

  it("reads a response of the check's own hour once more only when that hour is over", async () => {
    const put = await api(t.app, a, 'PUT', url(journeyId, '/log-mapping'), {
      logId,
      activities: { 'Ansøgning modtaget': 'apply', Vurdering: 'assess', 'Afgørelse sendt': 'decide' },
      actors: { Visitator: 'vis', Borgerservice: 'bs' },
    });
    expect(put.statusCode, put.body).toBe(200);
    const row = await t.app.db
      .selectFrom('journey_log_mapping')
      .select('alerts_checked_at')
      .where('journey_id', '=', journeyId)
      .executeTakeFirstOrThrow();
    const checkedAt = row.alerts_checked_at ?? new Date(0);
    const hour = new Date(Math.floor(checkedAt.getTime() / 3_600_000) * 3_600_000);
    const survey = await insertSurvey(
      t.app.db,
      { municipalityId: municipalityA },
      {
        version: 1,
        previous_version_id: null,
        journey_id: journeyId,
        touchpoint_id: 'assess',
        opens_at: null,
        closes_at: null,
        created_by: null,
        title: 'Vurdering',
        status: 'open',
        languages: ['da'],
        channels: ['link'],
        definition: JSON.stringify({ sets: ['satisfaction'], localQuestions: [] }),
        public_token: newPublicToken(),
      },
    );
    await t.app.db
      .insertInto('survey_response')
      .values({
        municipality_id: municipalityA,
        survey_id: survey.id,
        unit_id: null,
        channel: 'link',
        locale: 'da',
        submitted_hour: hour,
        idempotency_key: null,
      })
      .execute();
    const ids = async (now: Date) => (await staleMappings(t.app.db, 1_000, now)).map((m) => m.journey_id);
    // Within the hour of the check: not checked again on every tick.
    expect(await ids(new Date(checkedAt.getTime() + 1_000))).not.toContain(journeyId);
    // Once that hour is over, the response (maybe after the check) is read once more.
    expect(await ids(new Date(hour.getTime() + 3_600_000 + 1_000))).toContain(journeyId);
  });

  it('names logId when the log is not ready (409) and checks it with one look-up', async () => {
    const log = await importLog(t.app, a, Buffer.from(CSV), {
      name: 'still importing',
      format: 'csv',
      csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
    });
    await t.app.db.updateTable('eventlog').set({ status: 'importing' }).where('id', '=', log.id).execute();
    const put = await api(t.app, a, 'PUT', url(journeyId, '/log-mapping'), {
      logId: log.id,
      activities: { Vurdering: 'assess' },
    });
    expect(put.statusCode).toBe(409);
    expect(put.json().error).toMatchObject({ code: 'eventlog_state', fields: [{ path: 'logId' }] });
  });

  it('refuses step and actor ids that are not in the version', async () => {
    const res = await api(t.app, a, 'PUT', url(journeyId, '/log-mapping'), {
      logId,
      activities: { Vurdering: 'nope' },
      actors: { Visitator: 'ghost' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'activities.Vurdering',
      'actors.Visitator',
    ]);
  });

  it("keeps each municipality's mapping to itself (ids checked against the caller's municipality)", async () => {
    // B cannot map A's log onto its own journey: the log id is unknown in B's municipality.
    const put = await api(t.app, b, 'PUT', url(otherJourneyId, '/log-mapping'), {
      logId,
      activities: { Vurdering: 'assess' },
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().error.fields).toEqual([expect.objectContaining({ path: 'logId' })]);
    // Nor read or change A's mapping, conformance or suggestions.
    for (const tail of ['/log-mapping', '/conformance', '/conformance/charts', '/joint']) {
      const res = await api(t.app, b, 'GET', url(journeyId, tail));
      expect(res.statusCode, tail).toBe(404);
    }
    const suggest = await api(
      t.app,
      b,
      'GET',
      `${url(otherJourneyId, '/log-mapping/suggest')}?logId=${logId}`,
    );
    expect(suggest.statusCode).toBe(404);
    const overwrite = await api(t.app, b, 'PUT', url(journeyId, '/log-mapping'), {
      logId,
      activities: {},
    });
    expect(overwrite.statusCode).toBe(404);
    const still = await api(t.app, a, 'GET', url(journeyId, '/log-mapping'));
    expect(Object.keys(still.json().mapping.activities)).toHaveLength(3);
  });

  it('is for analysts: staff are refused', async () => {
    const staff = await login(t.app, 'staff@map-a.dk');
    const res = await api(t.app, staff, 'GET', url(journeyId, '/log-mapping'));
    expect(res.statusCode).toBe(403);
  });
});
