import { readFile } from 'node:fs/promises';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  faviconResponses,
  stylesheetResponses,
  surveyPageResponses,
  surveySubmitResponses,
  thanksPageResponses,
} from '../../shared/api/public.ts';
import { negotiateLocale } from '../../shared/i18n/locale.ts';
import { rememberPageSettings } from '../citizen-settings/citizen-page.ts';
import { AppError } from '../http/app-error.ts';
import { kioskSubmit } from '../kiosk/submit.ts';
import { channelAllowed, channelClosedPage } from './channel.ts';
import { answeredCookie, namedUnit } from './form-body.ts';
import { keyedMessage } from './html.ts';
import { LANGUAGE_COOKIE, pickLanguage, plainLanguage, rememberLanguage } from './languages.ts';
import { publicLimits, RateLimiter } from './rate-limit.ts';
import { renderForm } from './render-form.ts';
import { sendFinishedPage, sendHtml, sendInputErrorPage } from './send-html.ts';
import { availability } from './service.ts';
import { submitForm } from './submit-form.ts';
import { type Entry, firstPage, publicSurvey, surveyLanguage } from './survey-cache.ts';

type Params = { token: string };

type Query = { lang?: string; c?: string; u?: string };

const isJson = (request: FastifyRequest) =>
  (request.headers['content-type'] ?? '').startsWith('application/json');

/**
 * The citizen-facing survey pages at `/s/{token}`: server-rendered, no JavaScript needed. GET shows a
 * step, a plain form POST to the same address moves on or submits; kiosks POST JSON to it with their
 * device token. Rate-limited per survey and per client (or per kiosk device).
 */
export const publicRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['citizen pages'];
  const limits = publicLimits();
  const limiter = new RateLimiter();
  const [css, favicon] = await Promise.all([
    readFile(new URL('./survey.css', import.meta.url), 'utf8'),
    readFile(new URL('./favicon.svg', import.meta.url), 'utf8'),
  ]);

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  // Citizens get a page, never JSON: any refused input (bad encoding, NUL, too large) answers with
  // the HTML message page; the kiosk's JSON requests keep the API's error contract.
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (isJson(request)) throw err;
    const status = err instanceof AppError ? err.status : (err.statusCode ?? 500);
    if (status >= 500) throw err;
    return sendInputErrorPage(request, reply, status);
  });

  app.get(
    '/public/survey.css',
    { schema: { tags, summary: 'The survey stylesheet', response: stylesheetResponses } },
    (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css),
  );

  // One icon for the survey pages, the kiosk and the staff app; it never changes with a release, so
  // browsers may keep it for a week (a new design would get a new file name).
  app.get(
    '/public/favicon.svg',
    { schema: { tags, summary: 'The favicon', response: faviconResponses } },
    (_request, reply) =>
      reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=604800, immutable')
        .send(favicon),
  );

  /**
   * The language for a page: with a survey, its pick (explicit choice, remembered choice,
   * Accept-Language, first offered) and texts; without one, the interface locale's plain texts. One
   * pick per request: every page path calls this once.
   */
  function pageLanguage(request: FastifyRequest, entry: Entry | undefined, explicit: string | undefined) {
    const survey = entry?.survey;
    if (!entry || !survey)
      return Promise.resolve(plainLanguage(negotiateLocale(request.headers['accept-language'])));
    const tag = pickLanguage(survey, {
      explicit,
      remembered: request.cookies[LANGUAGE_COOKIE],
      acceptLanguage: request.headers['accept-language'],
    });
    return surveyLanguage(app.db, entry, survey, tag);
  }

  /** Sends the 404/410/429 page when the survey cannot be answered now; returns the survey otherwise. */
  async function openSurvey(
    request: FastifyRequest<{ Params: Params; Querystring: Query }>,
    reply: FastifyReply,
    post: boolean,
  ) {
    const limited = async (entry?: Entry) => {
      const lang = await pageLanguage(request, entry, request.query.lang);
      return sendHtml(
        reply.header('retry-after', '60'),
        429,
        keyedMessage(lang, 'limitedTitle', 'limitedBody'),
        lang,
      );
    };
    if (!limiter.hit(`view:${request.ip}`, limits.views)) return void (await limited());
    const entry = await publicSurvey(app.db, request.params.token);
    rememberPageSettings(request, entry.settings);
    const survey = entry.survey;
    const languageFor = (explicit: string | undefined) => pageLanguage(request, entry, explicit);
    const state = availability(survey);
    if (!survey || state !== 'open') {
      if (isJson(request)) throw new AppError(state === 'closed' ? 'survey_closed' : 'not_found');
      const lang = await languageFor(request.query.lang);
      const [title, text] =
        state === 'closed'
          ? (['closedTitle', 'closedBody'] as const)
          : (['notFoundTitle', 'notFoundBody'] as const);
      return void (await sendHtml(
        reply,
        state === 'closed' ? 410 : 404,
        keyedMessage(lang, title, text, survey?.municipality_name),
        lang,
      ));
    }
    if (post && !isJson(request)) {
      const ok =
        limiter.hit(`survey:${survey.id}`, limits.survey) &&
        limiter.hit(`client:${request.ip}`, limits.client);
      if (!ok) return void (await limited(entry));
    }
    return { survey, questions: entry.questions, languageFor, entry };
  }

  app.get<{ Params: Params; Querystring: Query }>(
    '/s/:token',
    { schema: { tags, summary: 'A survey step (HTML form)', response: surveyPageResponses } },
    async (request, reply) => {
      const open = await openSurvey(request, reply, false);
      if (!open) return reply;
      const lang = await open.languageFor(request.query.lang);
      // Remember an explicit choice (works without JavaScript: on the first page the switch is a plain
      // link; past it, a button of the form, remembered in submit-form.ts).
      if (request.query.lang === lang.tag) rememberLanguage(reply, lang.tag, app.config.secureCookies);
      const channel = request.query.c === 'qr' ? 'qr' : 'link';
      if (!channelAllowed(open.survey, channel))
        return sendHtml(reply, 404, channelClosedPage(lang, open.survey.municipality_name), lang);
      if (request.cookies[answeredCookie(open.survey.public_token)]) {
        return sendHtml(
          reply,
          200,
          keyedMessage(lang, 'alreadyTitle', 'alreadyBody', open.survey.municipality_name),
          lang,
        );
      }
      const unit = namedUnit(open.survey.unitIds, request.query.u);
      const page = firstPage(open.entry, `${lang.tag}|${channel}|${unit ?? ''}`, lang, () =>
        renderForm({
          survey: open.survey,
          questions: open.questions,
          step: 0,
          lang,
          channel,
          unit,
          raw: {},
          problems: [],
        }),
      );
      return sendFinishedPage(reply, page);
    },
  );

  app.post<{ Params: Params; Querystring: Query }>(
    '/s/:token',
    {
      schema: {
        tags,
        summary: 'Submit a step (form) or a kiosk answer (JSON)',
        response: surveySubmitResponses,
      },
      bodyLimit: 64 * 1024,
    },
    async (request, reply) => {
      const open = await openSurvey(request, reply, true);
      if (!open) return reply;
      if (isJson(request)) {
        const result = await kioskSubmit(app, request, open, { limiter, limits });
        return reply.status(result.stored ? 201 : 200).send(result);
      }
      if (typeof request.body !== 'string') throw new AppError('unsupported_media_type');
      return submitForm(app, request, reply, open);
    },
  );

  app.get<{ Params: Params; Querystring: Query }>(
    '/s/:token/thanks',
    { schema: { tags, summary: 'The thank-you page', response: thanksPageResponses } },
    async (request, reply) => {
      const entry = await publicSurvey(app.db, request.params.token);
      rememberPageSettings(request, entry.settings);
      const lang = await pageLanguage(request, entry, request.query.lang);
      if (!entry.survey)
        return sendHtml(reply, 404, keyedMessage(lang, 'notFoundTitle', 'notFoundBody'), lang);
      return sendHtml(
        reply,
        200,
        keyedMessage(lang, 'thanksTitle', 'thanksBody', entry.survey.municipality_name),
        lang,
      );
    },
  );
};
