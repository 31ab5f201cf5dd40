import type { CitizenLanguage } from '../translations/citizen-language.ts';
import { keyedMessage } from './html.ts';
import type { PublicSurvey } from './repository.ts';

/** How a submission reached us: the plain link, the QR code (`?c=qr`) or a registered kiosk device. */
export type Transport = 'link' | 'qr' | 'kiosk';

/**
 * The survey channel a submission counts against. Every press on a smiley survey is the smiley
 * channel, whether it comes from a kiosk tablet or the no-JavaScript page on a terminal, because the
 * smiley channel *is* the terminal; for questionnaires the transport is the channel.
 */
export function submissionChannel(survey: Pick<PublicSurvey, 'mode'>, transport: Transport) {
  return survey.mode === 'smiley' ? 'smiley' : transport;
}

/**
 * Whether the survey takes answers by this transport. The channel list is the analyst's design (and
 * what the results are split by), not a secret: a citizen could add `?c=qr` to a link by hand, so this
 * keeps channels apart, it does not authenticate anyone.
 */
export function channelAllowed(survey: Pick<PublicSurvey, 'mode' | 'channels'>, transport: Transport) {
  return survey.channels.includes(submissionChannel(survey, transport));
}

/** The friendly page shown (with 404) when the survey exists but is not answered this way. */
export function channelClosedPage(lang: CitizenLanguage, municipality: string): string {
  return keyedMessage(lang, 'channelTitle', 'channelBody', municipality);
}
