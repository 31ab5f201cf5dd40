/** The survey set-up the citizen-side benchmarks share (bench/survey-submit.ts, bench/public-page.ts). */
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { DatabaseHandle } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { makeMunicipality, makeUnit } from '../server/seed/factories.ts';
import { insertSurvey, setSurveyUnits } from '../server/surveys/repository.ts';

/**
 * Migrates (unless told not to), makes a municipality with one unit and an open survey of the coherence
 * and satisfaction sets, and starts the real app on a loopback port; returns the app and the survey's page.
 */
export async function setUp(database: DatabaseHandle, migrate = true) {
  if (migrate) await migrateToLatest(database.db);
  const slug = `bench${Math.random().toString(36).slice(2, 8)}`;
  const m = await makeMunicipality(database.db, { slug, name: 'Benchkommune' });
  const unit = await makeUnit(database.db, m.id, { name: 'Borgerservice', kind: 'unit' });
  const survey = await insertSurvey(
    database.db,
    { municipalityId: m.id },
    {
      title: 'Bench',
      status: 'open',
      definition: JSON.stringify({ sets: ['coherence', 'satisfaction'] }),
      public_token: `benchbenchbench${slug.slice(5)}`,
      previous_version_id: null,
      journey_id: null,
      touchpoint_id: null,
      opens_at: null,
      closes_at: null,
      created_by: null,
    },
  );
  await setSurveyUnits(database.db, { municipalityId: m.id }, survey.id, [unit.id]);
  const app = await buildApp({ database, config: { ...loadConfig({}), webDir: '/nonexistent' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    url: `http://127.0.0.1:${port}/s/${survey.public_token}`,
    path: `/s/${survey.public_token}`,
    municipalityId: m.id,
    surveyId: survey.id,
    unitId: unit.id,
  };
}
