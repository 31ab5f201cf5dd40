/** The survey set-up the citizen-side benchmarks share (bench/survey-submit.ts, bench/public-page.ts). */
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { DatabaseHandle } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { makeOpenSurvey } from '../server/seed/factories.ts';
import { loopbackOrigin } from './http-session.ts';

/** The coherence items of the built-in set, in order. */
export const ITEMS = ['solutions', 'involvement', 'information', 'language', 'cooperation', 'respect'];
/** A complete no-JavaScript form POST for the survey `setUp` makes: six coherence items and satisfaction. */
export const FORM_BODY = `step=0&lang=da&c=link&nav=submit&${ITEMS.map((i, n) => `a.coherence.${i}=${(n % 5) + 1}`).join('&')}&a.satisfaction.overall=4`;

/**
 * Migrates (unless told not to), makes a municipality with one unit and an open survey of the coherence
 * and satisfaction sets, and starts the real app on a loopback port; returns the app and the survey's page.
 */
export async function setUp(database: DatabaseHandle, migrate = true) {
  if (migrate) await migrateToLatest(database.db);
  const slug = `bench${Math.random().toString(36).slice(2, 8)}`;
  const survey = await makeOpenSurvey(database.db, {
    slug,
    token: `benchbenchbench${slug.slice(5)}`,
    sets: ['coherence', 'satisfaction'],
  });
  const app = await buildApp({ database, config: { ...loadConfig({}), webDir: '/nonexistent' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    url: `${loopbackOrigin(app.server.address())}/s/${survey.token}`,
    path: `/s/${survey.token}`,
    municipalityId: survey.municipalityId,
    surveyId: survey.surveyId,
    unitId: survey.unitId,
  };
}

/**
 * Tops one survey's stored responses up to `size` in SQL (7 answers each from `answers`, a JSON object of
 * item → value; submitted over the past year), then vacuums so that a measurement starts from settled
 * tables, as on a long-running service. For growth steps 100 k → 5 M. Their roll-up queue rows are dropped:
 * left there, the server under test would roll the whole step up in the background while it is timed
 * (at 100 k: 419 µs of PostgreSQL CPU per response, against 170–250 without), and rolling 5 M up first takes longer than the run.
 * What the growth measures is the tables and indexes a submission writes into; the rollup grows with
 * days × items × units, not with responses.
 */
export function topUpResponses(
  psql: (command: string) => string,
  size: number,
  ids: { m: string; s: string; u: string },
  answers: string,
): void {
  const have = Number(psql(`select count(*) from survey_response where municipality_id = '${ids.m}'`));
  if (size > have)
    psql(
      `with r as (insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, submitted_hour, translation_status) select '${ids.m}', '${ids.s}', '${ids.u}', 'link', 'da', date_trunc('hour', now()) - (g % 8760) * interval '1 hour', 'validated' from generate_series(1, ${size - have}) g returning municipality_id, id) insert into survey_answer (municipality_id, response_id, item_id, value, dont_know) select r.municipality_id, r.id, a.key, a.value::smallint, false from r, jsonb_each_text('${answers}'::jsonb) a`,
    );
  psql(`delete from dashboard_pending where municipality_id = '${ids.m}'`);
  psql('vacuum analyze');
}
