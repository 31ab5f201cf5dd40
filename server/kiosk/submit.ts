import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SMILEY_FACES, type SmileyFace } from '../../shared/indicators/index.ts';
import { AppError } from '../http/app-error.ts';
import { parseAnswers } from '../public/answers.ts';
import { channelAllowed } from '../public/channel.ts';
import { KioskSubmission } from '../public/kiosk-body.ts';
import { surveyLanguages } from '../public/languages.ts';
import type { PublicLimits, RateLimiter } from '../public/rate-limit.ts';
import type { PublicSurvey } from '../public/repository.ts';
import { submitResponse } from '../public/service.ts';
import { type Entry, surveyLanguage } from '../public/survey-cache.ts';
import { FACE_ITEM, REASON_ITEM } from '../smiley/questions.ts';
import { recordPress } from '../smiley/service.ts';
import type { Question } from '../surveys/definition.ts';
import { questionnaireStatus } from '../translations/citizen-language.ts';
import { deviceForToken } from './service.ts';

/**
 * A kiosk's JSON submission to the public endpoint. The device token gives the tablet its own rate
 * bucket (several tablets behind one address are not throttled as one) and its unit; the idempotency
 * key makes re-sends after a network drop harmless.
 */
export async function kioskSubmit(
  app: FastifyInstance,
  request: FastifyRequest,
  open: { survey: PublicSurvey; questions: Question[]; entry: Entry },
  rate: { limiter: RateLimiter; limits: PublicLimits },
): Promise<{ stored: boolean }> {
  const { survey, questions, entry } = open;
  const device = await deviceForToken(app.db, request.headers['x-kiosk-token']);
  if (!device || device.survey_id !== survey.id) throw new AppError('kiosk_unauthorized');
  // A 404 (not 401): the device is fine, the survey just does not take kiosk answers; the tablet drops it.
  if (!channelAllowed(survey, 'kiosk')) throw new AppError('not_found');
  const ok =
    rate.limiter.hit(`survey:${survey.id}`, rate.limits.survey) &&
    rate.limiter.hit(`device:${device.id}`, rate.limits.device);
  if (!ok) throw new AppError('rate_limited');
  const parsed = KioskSubmission.safeParse(request.body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({
      path: i.path.join('.') || 'body',
      problem: 'invalid' as const,
    }));
    throw new AppError('validation_failed', {}, fields);
  }
  const body = parsed.data;
  // The tablet answers in one of the survey's languages (the schema made the tag canonical); anything
  // else is a stale or forged queue item.
  const tag = body.locale;
  if (!surveyLanguages(survey).includes(tag))
    throw new AppError('validation_failed', {}, [{ path: 'locale', problem: 'invalid' }]);
  const { answers, problems } = parseAnswers(questions, body.answers, Number.MAX_SAFE_INTEGER);
  if (problems.length) {
    const fields = problems.map((p) => ({
      path: `answers.${p.field}`,
      problem:
        p.problem === 'unknownField'
          ? ('unknown_field' as const)
          : p.problem === 'required'
            ? ('required' as const)
            : ('invalid' as const),
      params: { key: p.field },
    }));
    throw new AppError('validation_failed', {}, fields);
  }
  const tenant = { municipalityId: survey.municipality_id };
  if (survey.mode === 'smiley') {
    const face = body.answers[FACE_ITEM] as SmileyFace;
    if (!SMILEY_FACES.includes(face))
      throw new AppError('validation_failed', {}, [{ path: `answers.${FACE_ITEM}`, problem: 'required' }]);
    const press = {
      surveyId: survey.id,
      unitId: device.unit_id,
      face,
      reason: body.answers[REASON_ITEM] || null,
      language: tag,
      idempotencyKey: body.idempotencyKey,
    };
    return recordPress(app.db, tenant, press, request.log);
  }
  // The survey's cache entry from the request's own lookup: the survey is not looked up twice.
  const lang = await surveyLanguage(app.db, entry, survey, tag);
  return submitResponse(app.responses, survey, {
    channel: 'kiosk',
    language: tag,
    translationStatus: questionnaireStatus(lang, questions),
    answers,
    idempotencyKey: body.idempotencyKey,
    unitId: device.unit_id,
  });
}
