import type { FastifyReply, FastifyRequest } from 'fastify';
import { negotiateLocale } from '../../shared/i18n/locale.ts';
import { applyFramePolicy, finishCitizenPage } from '../citizen-settings/citizen-page.ts';
import { type EncodedBody, encodedFor } from '../http/compression.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';
import { keyedMessage } from './html.ts';
import { plainLanguage } from './languages.ts';

const HTML = 'text/html; charset=utf-8';

/**
 * Sends a friendly HTML page with a status; the survey pages are never cached by proxies. The page gets
 * its municipality's accessibility footer (in `lang`, the language the page was rendered in) and frame
 * policy (citizen-settings/citizen-page.ts).
 */
export function sendHtml(reply: FastifyReply, status: number, html: string, lang: CitizenLanguage) {
  const page = finishCitizenPage(reply, html, lang);
  return reply.status(status).type(HTML).header('cache-control', 'no-store').send(page);
}

/**
 * Sends a cached, already finished citizen page (survey-cache.ts `firstPage`) with status 200: only the
 * frame policy and the encoding are chosen per request.
 */
export function sendFinishedPage(reply: FastifyReply, page: EncodedBody) {
  applyFramePolicy(reply);
  const body = encodedFor(reply, page);
  return reply.status(200).type(HTML).header('cache-control', 'no-store').send(body);
}

/** True for the citizen pages, which answer with HTML pages, never with JSON (except the kiosk's JSON). */
export function isCitizenPage(request: FastifyRequest): boolean {
  const json = (request.headers['content-type'] ?? '').startsWith('application/json');
  return !json && (request.url === '/s' || request.url.startsWith('/s/'));
}

/** The citizen's page for input we cannot read: 413 asks for shorter answers, anything else to reload. */
export function sendInputErrorPage(request: FastifyRequest, reply: FastifyReply, status: number) {
  const lang = plainLanguage(negotiateLocale(request.headers['accept-language']));
  return sendHtml(
    reply,
    status,
    keyedMessage(lang, 'malformed', status === 413 ? 'tooLarge' : 'malformed'),
    lang,
  );
}
