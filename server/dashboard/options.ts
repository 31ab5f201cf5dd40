import type { Kysely } from 'kysely';
import { CHANNELS } from '../../shared/api/dashboard.ts';
import { BUILTIN_LANGUAGES } from '../../shared/languages/tags.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { freeTextMinimum } from './free-text.ts';
import { defaultPeriod } from './period.ts';
import * as repo from './repository.ts';

/** What the filter bar offers: units, journeys and their touchpoints (named), channels, languages, default period. */
export async function dashboardOptions(db: Kysely<Database>, auth: AuthContext) {
  const [m, units, surveys, added] = await Promise.all([
    repo.findMunicipality(db, auth),
    repo.listAllUnits(db, auth),
    repo.listSurveys(db, auth),
    repo.listAddedLanguages(db, auth),
  ]);
  const journeyIds = [...new Set(surveys.flatMap((s) => (s.journey_id ? [s.journey_id] : [])))];
  const stepIds = [...new Set(surveys.flatMap((s) => (s.touchpoint_id ? [s.touchpoint_id] : [])))];
  const [journeys, steps] = await Promise.all([
    repo.listJourneys(db, auth, journeyIds),
    repo.listTouchpointSteps(db, auth, journeyIds, stepIds),
  ]);
  const stepOf = new Map(steps.map((s) => [`${s.journey_id}|${s.id}`, s]));
  return {
    municipality: { name: m.name, country: m.country },
    minGroupSize: m.min_group_size,
    freeTextMinimum: freeTextMinimum(m.min_group_size),
    defaultPeriod: defaultPeriod(new Date()),
    units: units.map((u) => ({
      id: u.id,
      parentId: u.parent_id,
      name: u.name,
      archived: u.archived_at !== null,
    })),
    journeys: journeys.map((j) => ({
      id: j.id,
      title: j.title,
      // A touchpoint is a step of the journey: its number and text (null if the current version no
      // longer has it, then the page shows the id).
      touchpoints: [
        ...new Set(
          surveys
            .filter((s) => s.journey_id === j.id && s.touchpoint_id)
            .map((s) => s.touchpoint_id as string),
        ),
      ].map((id) => {
        const step = stepOf.get(`${j.id}|${id}`);
        return { id, step: step?.n ?? null, description: step?.description ?? null };
      }),
    })),
    channels: [...CHANNELS],
    languages: [...new Set<string>([...BUILTIN_LANGUAGES, ...added])],
    surveys: surveys.map((s) => ({ id: s.id, title: s.title, mode: s.mode })),
  };
}
