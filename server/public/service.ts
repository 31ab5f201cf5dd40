import type { TranslationStatus } from '../../shared/languages/status.ts';
import { chromeLocale } from '../../shared/languages/tags.ts';
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
    /** BCP 47 tag of the language answered in. */
    language: string;
    translationStatus: TranslationStatus;
    answers: ParsedAnswer[];
    idempotencyKey: string | null;
    unitId: string | null;
  },
) {
  const answers = input.answers.map((a) =>
    a.kind === 'text' ? { ...a, body: screenText(a.body, chromeLocale(input.language)).text } : a,
  );
  const unitId = input.unitId ?? (survey.unitIds.length === 1 ? (survey.unitIds[0] ?? null) : null);
  const stored = await responses.submit({
    tenant: { municipalityId: survey.municipality_id },
    response: {
      surveyId: survey.id,
      unitId,
      channel: input.channel,
      locale: input.language,
      translationStatus: input.translationStatus,
      idempotencyKey: input.idempotencyKey,
      answers,
    },
  });
  return { stored };
}
