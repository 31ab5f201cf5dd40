import { isLocale } from '../../shared/i18n/locale.ts';
import type { Locale } from '../../shared/indicators/index.ts';
import { screenText } from '../../shared/screening/index.ts';
import type { ResponseChannel } from '../surveys/tables.ts';
import type { ParsedAnswer } from './answers.ts';
import type { PublicSurvey } from './repository.ts';
import type { ResponseBatcher } from './response-batcher.ts';

/** Whether a survey takes answers now: drafts and not-yet-opened surveys are hidden (404), past ones closed (410). */
export function availability(
  survey: PublicSurvey | undefined,
  now = new Date(),
): 'open' | 'not_found' | 'closed' {
  if (!survey || survey.status === 'draft') return 'not_found';
  if (survey.status === 'closed' || (survey.closes_at && survey.closes_at <= now)) return 'closed';
  if (survey.opens_at && survey.opens_at > now) return 'not_found';
  return 'open';
}

/** The survey's languages, Danish or Norwegian first as configured. */
export function surveyLocales(survey: PublicSurvey): Locale[] {
  const list = survey.languages.filter(isLocale);
  return list.length ? list : ['da'];
}

/** The page language: an explicit choice if the survey offers it, else the best of Accept-Language, else the first. */
export function pickLocale(survey: PublicSurvey, explicit: string | undefined, negotiated: Locale): Locale {
  const offered = surveyLocales(survey);
  if (explicit && isLocale(explicit) && offered.includes(explicit)) return explicit;
  return offered.includes(negotiated) ? negotiated : (offered[0] ?? 'da');
}

/**
 * Stores one anonymous response. Free text is screened for CPR numbers, fødselsnummer, e-mail
 * addresses and phone numbers before it reaches the database; nothing about the client is stored.
 * Resolves after the commit (group commit through the app's batcher).
 */
export async function submitResponse(
  responses: ResponseBatcher,
  survey: PublicSurvey,
  input: {
    channel: ResponseChannel;
    locale: Locale;
    answers: ParsedAnswer[];
    idempotencyKey: string | null;
    unitId: string | null;
  },
) {
  const answers = input.answers.map((a) =>
    a.kind === 'text' ? { ...a, body: screenText(a.body, input.locale).text } : a,
  );
  const unitId = input.unitId ?? (survey.unitIds.length === 1 ? (survey.unitIds[0] ?? null) : null);
  const stored = await responses.submit({
    tenant: { municipalityId: survey.municipality_id },
    response: {
      surveyId: survey.id,
      unitId,
      channel: input.channel,
      locale: input.locale,
      idempotencyKey: input.idempotencyKey,
      answers,
    },
  });
  return { stored };
}
