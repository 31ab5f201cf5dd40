import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AnswerInput, CreateRoundInput } from '../../shared/api/pulse.ts';
import { pulseSurveyDefinition } from '../../shared/complaints/pulse-items.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { AppError, invalidField, notFound } from '../http/app-error.ts';
import { findPulseByToken, insertPulseResponse } from './answer-repository.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

/** Opens a pulse round for units of the municipality; staff answer through its public link. */
export async function createPulseRound(db: Db, auth: AuthContext, input: CreateRoundInput) {
  const unitIds = [...new Set(input.unitIds)];
  const known = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', auth.municipalityId)
    .where('id', 'in', unitIds)
    .where('archived_at', 'is', null)
    .execute();
  if (known.length !== unitIds.length) throw invalidField('unitIds', 'unknown_reference');
  if (input.closesAt && input.closesAt <= input.opensAt) throw invalidField('closesAt', 'invalid');
  const municipality = await db
    .selectFrom('municipality')
    .select('country')
    .where('id', '=', auth.municipalityId)
    .executeTakeFirstOrThrow();
  const row = await repo.insertPulseSurvey(db, auth, {
    title: input.title,
    unitIds,
    languages: municipality.country === 'NO' ? ['nb', 'en'] : ['da', 'en'],
    definition: pulseSurveyDefinition(),
    token: randomBytes(16).toString('base64url'),
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    createdBy: auth.userId,
  });
  await recordAudit(
    db,
    auth,
    auth.userId,
    'pulse.create',
    { type: 'survey', id: row.id },
    { title: row.title },
  );
  return row;
}

/** Closes a round early. */
export async function closePulseRound(db: Db, auth: AuthContext, id: string) {
  if (!(await repo.closePulseSurvey(db, auth, id))) throw notFound();
  await recordAudit(db, auth, auth.userId, 'pulse.close', { type: 'survey', id }, {});
}

/** Whether a round takes answers now. */
export function isOpen(
  survey: { status: string; opens_at: Date | null; closes_at: Date | null },
  now: Date,
): boolean {
  if (survey.status !== 'open') return false;
  if (survey.opens_at && survey.opens_at > now) return false;
  return !(survey.closes_at && survey.closes_at <= now);
}

/** What the anonymous answer page needs: title, languages, the units to choose from. */
export async function publicPulse(db: Db, token: string, now = new Date()) {
  const survey = await findPulseByToken(db, token);
  if (!survey) throw notFound();
  return { title: survey.title, open: isOpen(survey, now), languages: survey.languages, units: survey.units };
}

/** Stores an anonymous pulse answer for one of the round's units. */
export async function answerPulse(db: Db, token: string, input: AnswerInput, now = new Date()) {
  const survey = await findPulseByToken(db, token);
  if (!survey) throw notFound();
  if (!isOpen(survey, now)) throw new AppError('survey_closed');
  if (!survey.units.some((u) => u.id === input.unitId)) throw invalidField('unitId', 'unknown_reference');
  const answers = Object.entries(input.answers).map(([itemId, v]) => ({
    itemId,
    value: v === 'dk' || v === undefined ? null : v,
    dontKnow: v === 'dk',
  }));
  await insertPulseResponse(
    db,
    { municipalityId: survey.municipality_id },
    {
      surveyId: survey.id,
      unitId: input.unitId,
      locale: input.locale,
      submittedAt: now,
      answers,
    },
  );
}
