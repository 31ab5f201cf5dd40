import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsync } from 'fastify';
import { ErrorBody } from '../../shared/api/common.ts';
import { KioskConfig, kioskFile } from '../../shared/api/kiosk.ts';
import { kioskStatement } from '../citizen-settings/footer.ts';
import { AppError } from '../http/app-error.ts';
import { channelAllowed } from '../public/channel.ts';
import { surveyLanguages } from '../public/languages.ts';
import { availability } from '../public/service.ts';
import { publicSurvey, surveyLanguage } from '../public/survey-cache.ts';
import { smileyOptions } from '../smiley/options.ts';
import { KIOSK_TEXTS } from './i18n.ts';
import { kioskLanguageConfig } from './languages.ts';
import { touchDevice } from './repository.ts';
import { deviceForToken } from './service.ts';

const SHELL = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Borgerblik kiosk</title><link rel="stylesheet" href="/kiosk/kiosk.css"><link rel="icon" href="/public/favicon.svg" type="image/svg+xml"><script type="module" src="/kiosk/kiosk.js"></script></head>
<body><main id="app" tabindex="-1"><noscript>Kiosk-tilstand kræver JavaScript. Brug linket til undersøgelsen i stedet.</noscript></main>
<p id="status" role="status" aria-live="polite"></p></body></html>`;

/**
 * The full-screen kiosk for a reception tablet: a static shell and script (served here, no build
 * step) and the configuration endpoint the script reads with its device token.
 */
export const kioskPageRoutes: FastifyPluginAsync = async (app) => {
  const [js, css] = await Promise.all([
    readFile(new URL('./assets/kiosk.js', import.meta.url), 'utf8'),
    readFile(new URL('./assets/kiosk.css', import.meta.url), 'utf8'),
  ]);
  const tags = ['kiosk'];
  const file = (contentType: string, summary: string) => ({
    schema: { tags, summary, response: kioskFile(contentType, summary) },
  });
  app.get('/kiosk', file('text/html', 'The kiosk page (no build step)'), (_q, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(SHELL),
  );
  app.get('/kiosk/kiosk.js', file('text/javascript', 'The kiosk script'), (_q, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(js),
  );
  app.get('/kiosk/kiosk.css', file('text/css', 'The kiosk stylesheet'), (_q, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(css),
  );

  app.get(
    '/kiosk/config',
    {
      schema: {
        tags,
        summary: 'The survey a kiosk shows (X-Kiosk-Token header)',
        response: { 200: KioskConfig, '4xx': ErrorBody },
      },
    },
    async (request, reply) => {
      const device = await deviceForToken(app.db, request.headers['x-kiosk-token']);
      if (!device) throw new AppError('kiosk_unauthorized');
      const entry = await publicSurvey(app.db, device.public_token);
      const { survey, questions, settings } = entry;
      if (!survey || !channelAllowed(survey, 'kiosk')) throw new AppError('not_found');
      if (availability(survey) !== 'open')
        throw new AppError(availability(survey) === 'closed' ? 'survey_closed' : 'not_found');
      await touchDevice(app.db, { municipalityId: device.municipality_id }, device.id);
      const langs = await Promise.all(
        surveyLanguages(survey).map((tag) => surveyLanguage(app.db, entry, survey, tag)),
      );
      reply.header('cache-control', 'no-store');
      return {
        surveyPath: `/s/${survey.public_token}`,
        mode: survey.mode,
        title: survey.title,
        municipality: survey.municipality_name,
        device: device.name,
        accessibility: kioskStatement(settings.statement, langs),
        ...kioskLanguageConfig(langs, questions, Object.keys(KIOSK_TEXTS.da), survey.title),
        smiley: smileyOptions(survey.definition),
      };
    },
  );
};
