import type { Kysely } from 'kysely';
import type { CompareInput, ListJourneysInput } from '../../shared/api/journeys.ts';
import { compareJourneys, journeyToJson } from '../../shared/journey/index.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { notFound } from '../http/app-error.ts';
import { editRights, mayEdit } from './access.ts';
import { touchpointScores } from './experience.ts';
import { answerCounts, responseCounts, surveyCount } from './experience-repository.ts';
import { presentDetail, presentSummary, presentVersion } from './presenter.ts';
import * as repo from './repository.ts';
import { minGroupSize } from './units-repository.ts';

type Db = Kysely<Database>;

/** The journey list with metrics, filtered and sorted as asked. */
export async function listJourneys(db: Db, auth: AuthContext, filter: ListJourneysInput) {
  const [rows, rights] = await Promise.all([repo.listJourneys(db, auth, filter), editRights(db, auth)]);
  return rows.map((row) => presentSummary(row, mayEdit(rights, row.owner_unit_id)));
}

/** One version of a journey in full (the newest when `version` is omitted); 404 when absent. */
export async function getJourney(db: Db, auth: AuthContext, id: string, version?: number) {
  const row = await repo.findJourney(db, auth, id);
  if (!row) throw notFound();
  const stored = await repo.findVersion(db, auth, id, version ?? row.current_version);
  if (!stored) throw notFound();
  const rights = await editRights(db, auth);
  return presentDetail(row, stored, mayEdit(rights, row.owner_unit_id));
}

/** The version history, newest first. */
export async function listVersions(db: Db, auth: AuthContext, id: string) {
  if (!(await repo.findJourney(db, auth, id))) throw notFound();
  const rows = await repo.listVersions(db, auth, id);
  return rows.map(presentVersion);
}

/** Two journeys or two versions side by side, with metric deltas and a diff by id. */
export async function compare(db: Db, auth: AuthContext, input: CompareInput) {
  const before = await getJourney(db, auth, input.before, input.beforeVersion);
  const after = await getJourney(db, auth, input.after, input.afterVersion);
  return { before, after, comparison: compareJourneys(before.journey, after.journey) };
}

/** A file name stem from a journey title: `aeldre-borger-faar-hjemmehjaelp`, or `borgerrejse`. */
export function journeySlug(title: string): string {
  return (
    title
      .toLocaleLowerCase('da')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'borgerrejse'
  );
}

/** The export file of one version: its text and a file name made from the title. */
export async function exportJourney(db: Db, auth: AuthContext, id: string, version?: number) {
  const detail = await getJourney(db, auth, id, version);
  const slug = journeySlug(detail.title);
  return { filename: `${slug}-v${detail.version}.journey.json`, text: journeyToJson(detail.journey) };
}

/** Indicator scores per touchpoint from the surveys linked to the journey, small groups suppressed. */
export async function journeyExperience(db: Db, auth: AuthContext, id: string) {
  if (!(await repo.findJourney(db, auth, id))) throw notFound();
  const [counts, responses, surveys, minimum] = await Promise.all([
    answerCounts(db, auth, id),
    responseCounts(db, auth, id),
    surveyCount(db, auth, id),
    minGroupSize(db, auth),
  ]);
  return { minGroupSize: minimum, surveys, touchpoints: touchpointScores(counts, responses, minimum) };
}
