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
import { makeUnitTree } from '../seed/factories.ts';
import { rollUp } from './repository.ts';
import { coherence, insertResponses, type TestResponse } from './test-responses.ts';

type Lang = { language: string; status: string; n: number | null };

/** `count` March responses of a unit in a language with a translation status (all answers 4). */
const some = (
  unitId: string,
  language: string,
  status: 'reviewed' | 'unreviewed',
  count: number,
): TestResponse[] =>
  Array.from({ length: count }, () => ({
    unitId,
    hour: '2026-03-10T10:00:00Z',
    language,
    status,
    answers: coherence([4, 4, 4, 4, 4, 4]),
  }));

/*
 * Language and translation status as dashboard filters (issue 16). Minimum group size 5: U1 has 10
 * Danish answers and 3 Arabic ones from an unreviewed translation, U2 10 of each, all reviewed.
 */
describeDb('dashboard language filters', () => {
  let t: TestApp;
  let session: Session;
  let units: Map<string, string>;
  const id = (name: string) => units.get(name) as string;
  const march = 'from=2026-03-01&to=2026-03-31';

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'lf');
    const m = tenant.municipality.id;
    units = await makeUnitTree(t.database.db, m, [
      {
        name: 'P',
        kind: 'department',
        children: ['U1', 'U2'].map((name) => ({ name, kind: 'unit' as const })),
      },
    ]);
    const survey = await t.database.db
      .insertInto('survey')
      .values({ municipality_id: m, title: 'L', definition: '{"sets":["coherence"]}', public_token: 'lf' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertResponses(t.database.db, m, survey.id, [
      ...some(id('U1'), 'da', 'reviewed', 10),
      ...some(id('U1'), 'ar', 'unreviewed', 3),
      ...some(id('U2'), 'da', 'reviewed', 10),
      ...some(id('U2'), 'ar', 'reviewed', 10),
    ]);
    session = await login(t.app, tenant.users.viewer.email);
  });
  afterAll(() => t?.close());

  const get = async (url: string) => {
    const res = await api(t.app, session, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const respondents = async (unit: string, query: string) =>
    (await get(`/dashboard/overview?${march}&unitId=${id(unit)}&${query}`)).respondents;

  it('changes the figures by language and translation status, and echoes the filter in the scope', async () => {
    expect(await respondents('P', '')).toEqual({ status: 'shown', n: 33 });
    expect(await respondents('P', 'languages=da')).toEqual({ status: 'shown', n: 20 });
    expect(await respondents('P', 'excludeLanguages=da')).toEqual({ status: 'shown', n: 13 });
    expect(await respondents('U2', 'languages=AR,da')).toEqual({ status: 'shown', n: 20 });
    const o = await get(`/dashboard/overview?${march}&languages=AR&statuses=reviewed,unreviewed`);
    expect(o.scope).toMatchObject({ languages: ['ar'], statuses: ['reviewed', 'unreviewed'] });
    expect(o.respondents).toEqual({ status: 'shown', n: 13 });
  });

  it('cannot reveal a suppressed cell by differencing the filtered and the excluded view', async () => {
    // U1: 13 in all, 3 in Arabic (hidden). Shown, "all but Arabic" (10) would give 13 − 10 = 3.
    expect(await respondents('U1', '')).toEqual({ status: 'shown', n: 13 });
    expect((await respondents('U1', 'languages=ar')).status).toBe('suppressed');
    expect(await respondents('U1', 'excludeLanguages=ar')).toEqual({ status: 'complementary', n: null });
    expect((await respondents('U1', 'languages=da')).status).toBe('complementary');
    // The same 3 as "unreviewed translations", and their complement by status.
    expect((await respondents('U1', 'statuses=unreviewed')).status).toBe('suppressed');
    expect((await respondents('U1', 'excludeStatuses=unreviewed')).status).toBe('complementary');
    // Nor through the tree: P's Arabic (13) minus U2's Arabic (10) would give U1's 3.
    expect(await respondents('P', 'languages=ar')).toEqual({ status: 'shown', n: 13 });
    expect((await respondents('U2', 'languages=ar')).status).toBe('complementary');
    const cmp = await get(
      `/dashboard/comparison?${march}&unitId=${id('P')}&languages=ar&item=coherence.solutions`,
    );
    for (const row of cmp.series[0].rows) expect(row.figure.n).toBeNull();
  });

  it('applies the filter to the trend and the export, the same after the roll-up', async () => {
    const trend = async (query: string) =>
      (await get(`/dashboard/trend?${march}&unitId=${id('U1')}&item=coherence.solutions&${query}`)).series[0]
        .points[0].figure;
    await rollUp(t.database.db);
    expect((await trend('languages=ar')).status).toBe('suppressed');
    expect(await trend('excludeLanguages=ar')).toMatchObject({ status: 'complementary', n: null });
    expect(await respondents('P', 'languages=da')).toEqual({ status: 'shown', n: 20 });
    const csv = await api(t.app, session, 'GET', `/dashboard/export?${march}&dialect=machine&languages=da`);
    expect(csv.statusCode, csv.body).toBe(200);
  });

  it('counts answers per language, hiding small ones and the one that would give them away', async () => {
    const counts = async (unit: string) =>
      (await get(`/dashboard/answers-by-language?${march}&unitId=${id(unit)}`)).languages as Lang[];
    expect(await counts('P')).toEqual([
      { language: 'da', status: 'shown', n: 20 },
      { language: 'ar', status: 'shown', n: 13 },
    ]);
    // P's Arabic minus U2's would give U1's 3; U2's total minus its Danish would give its Arabic.
    expect((await counts('U2')).map((l) => l.status)).toEqual(['complementary', 'complementary']);
    const u1 = await counts('U1');
    expect(u1.find((l) => l.language === 'ar')).toEqual({ language: 'ar', status: 'suppressed', n: null });
    expect(u1.find((l) => l.language === 'da')?.n).toBeNull();
  });

  it('answers 400 for a language tag that is not BCP 47 or a status that does not exist', async () => {
    for (const q of ['languages=da-', 'excludeLanguages=x', 'statuses=draft']) {
      const res = await api(t.app, session, 'GET', `/dashboard/overview?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });

  it('counts smiley presses per language but not as respondents: the two figures differ by the presses', async () => {
    // The dictionaries say so beside both figures (dashboard.languages.explain).
    const db = t.database.db;
    const { municipality_id, id: surveyId } = await db
      .selectFrom('survey')
      .select(['municipality_id', 'id'])
      .where('public_token', '=', 'lf')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('smiley_press')
      .values(
        Array.from({ length: 7 }, () => ({
          municipality_id,
          survey_id: surveyId,
          unit_id: id('U2'),
          face: 'happy' as const,
          language: 'da',
          pressed_minute: new Date('2026-03-12T10:00:00Z'),
        })),
      )
      .execute();
    expect(await respondents('P', '')).toEqual({ status: 'shown', n: 33 });
    const languages = (await get(`/dashboard/answers-by-language?${march}&unitId=${id('P')}`))
      .languages as Lang[];
    expect(languages).toEqual([
      { language: 'da', status: 'shown', n: 27 },
      { language: 'ar', status: 'shown', n: 13 },
    ]);
  });
});
