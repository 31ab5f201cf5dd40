import { randomBytes } from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import type { CreateSurveyInput, UpdateSurveyInput } from '../../shared/api/surveys.ts';
import { canonicalTag } from '../../shared/languages/tags.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import { requireReferences } from '../db/references.ts';
import type { Database } from '../db/types.ts';
import { AppError, invalidField, notFound } from '../http/app-error.ts';
import { municipalityLanguages } from '../translations/service.ts';
import * as repo from './repository.ts';
import type { SurveyStatus, SurveyTable } from './tables.ts';

type Db = Kysely<Database>;

/** 128 random bits, URL-safe: the link cannot be guessed. */
export const newPublicToken = () => randomBytes(16).toString('base64url');

/** Fields that change what a respondent is asked; frozen once the survey has opened. */
const QUESTION_FIELDS = [
  'mode',
  'languages',
  'plural',
  'definition',
  'unitIds',
  'journeyId',
  'touchpointId',
] as const;

async function requireUnits(db: Db, auth: AuthContext, unitIds: string[]) {
  const unique = [...new Set(unitIds)];
  if ((await repo.countActiveUnits(db, auth, unique)) !== unique.length)
    throw invalidField('unitIds', 'unknown_reference');
  return unique;
}

function checkDates(opensAt: string | Date | null, closesAt: string | Date | null) {
  if (opensAt && closesAt && new Date(closesAt) <= new Date(opensAt))
    throw invalidField('closesAt', 'invalid');
}

/**
 * A survey's languages in canonical form; each must be one the municipality offers (built in or
 * added under translations), so a citizen never meets a language nobody can translate.
 */
async function requireLanguages(db: Db, auth: AuthContext, tags: readonly string[]): Promise<string[]> {
  const offered = await municipalityLanguages(db, auth);
  return tags.map((raw, i) => {
    const tag = canonicalTag(raw);
    if (!tag || !offered.includes(tag))
      throw invalidField(`languages[${i}]`, 'invalid_value', { options: offered.join(', ') });
    return tag;
  });
}

/** Creates a draft survey for one or more units of the municipality. */
export async function createSurvey(db: Db, auth: AuthContext, input: CreateSurveyInput) {
  const unitIds = await requireUnits(db, auth, input.unitIds);
  await requireReferences(db, auth, [{ path: 'journeyId', table: 'journey', id: input.journeyId }]);
  checkDates(input.opensAt, input.closesAt);
  const row = await repo.insertSurvey(db, auth, {
    title: input.title,
    mode: input.mode,
    languages: await requireLanguages(db, auth, input.languages),
    channels: input.channels,
    plural: input.plural,
    definition: JSON.stringify(input.definition),
    public_token: newPublicToken(),
    previous_version_id: null,
    journey_id: input.journeyId,
    touchpoint_id: input.touchpointId,
    opens_at: input.opensAt,
    closes_at: input.closesAt,
    created_by: auth.userId,
  });
  await repo.setSurveyUnits(db, auth, row.id, unitIds);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'survey.create',
    { type: 'survey', id: row.id },
    { title: row.title },
  );
  return row;
}

/** Changes a survey. Questions, languages and targets change only while it is a draft. */
export async function updateSurvey(db: Db, auth: AuthContext, id: string, input: UpdateSurveyInput) {
  const current = await repo.findSurvey(db, auth, id, true);
  if (!current) throw notFound();
  if (current.status !== 'draft' && QUESTION_FIELDS.some((f) => input[f] !== undefined))
    throw new AppError('survey_locked');
  checkDates(
    input.opensAt !== undefined ? input.opensAt : current.opens_at,
    input.closesAt !== undefined ? input.closesAt : current.closes_at,
  );
  const patch: Updateable<SurveyTable> = {};
  if (input.title !== undefined) patch.title = input.title;
  if (input.mode !== undefined) patch.mode = input.mode;
  if (input.languages !== undefined) patch.languages = await requireLanguages(db, auth, input.languages);
  if (input.channels !== undefined) patch.channels = input.channels;
  if (input.plural !== undefined) patch.plural = input.plural;
  if (input.definition !== undefined) patch.definition = JSON.stringify(input.definition);
  if (input.journeyId !== undefined) {
    await requireReferences(db, auth, [{ path: 'journeyId', table: 'journey', id: input.journeyId }]);
    patch.journey_id = input.journeyId;
  }
  if (input.touchpointId !== undefined) patch.touchpoint_id = input.touchpointId;
  if (input.opensAt !== undefined) patch.opens_at = input.opensAt;
  if (input.closesAt !== undefined) patch.closes_at = input.closesAt;
  if (input.unitIds !== undefined)
    await repo.setSurveyUnits(db, auth, id, await requireUnits(db, auth, input.unitIds));
  const row = await repo.updateSurvey(db, auth, id, patch);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'survey.update',
    { type: 'survey', id },
    { fields: Object.keys(input) },
  );
  return row;
}

const TRANSITIONS: Record<SurveyStatus, SurveyStatus[]> = { draft: ['open'], open: ['closed'], closed: [] };

/** draft → open → closed; anything else is refused (a closed survey is reopened as a new version). */
export async function transitionSurvey(db: Db, auth: AuthContext, id: string, to: SurveyStatus) {
  const current = await repo.findSurvey(db, auth, id, true);
  if (!current) throw notFound();
  if (current.status === to) return current;
  if (!TRANSITIONS[current.status].includes(to))
    throw new AppError('survey_transition', { from: current.status, to });
  const row = await repo.updateSurvey(db, auth, id, { status: to });
  await recordAudit(
    db,
    auth,
    auth.userId,
    `survey.${to === 'open' ? 'open' : 'close'}`,
    { type: 'survey', id },
    {},
  );
  return row;
}

/** Copies a survey into a new draft version with a new link, so changed questions never mix with old results. */
export async function newSurveyVersion(db: Db, auth: AuthContext, id: string) {
  const current = await repo.findSurvey(db, auth, id);
  if (!current) throw notFound();
  const units = (await repo.unitIdsBySurvey(db, auth, [id])).get(id) ?? [];
  const row = await repo.insertSurvey(db, auth, {
    title: current.title,
    mode: current.mode,
    version: current.version + 1,
    previous_version_id: current.id,
    languages: current.languages,
    channels: current.channels,
    plural: current.plural,
    definition: JSON.stringify(current.definition),
    public_token: newPublicToken(),
    journey_id: current.journey_id,
    touchpoint_id: current.touchpoint_id,
    opens_at: null,
    closes_at: null,
    created_by: auth.userId,
  });
  await repo.setSurveyUnits(db, auth, row.id, units);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'survey.version',
    { type: 'survey', id: row.id },
    { from: id, version: row.version },
  );
  return row;
}
