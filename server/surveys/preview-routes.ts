import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse } from '../../shared/api/common.ts';
import { SurveyParams, SurveyPreviewQuery } from '../../shared/api/surveys.ts';
import { notFound } from '../http/app-error.ts';
import { requestLocale } from '../http/locale.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation } from '../policies/index.ts';
import { previewPage } from './preview.ts';

/**
 * The page may be framed by the staff app only (its preview shows it at phone and desktop widths); it
 * loads nothing but the survey stylesheet and sends its form back here.
 */
const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Preview and test mode of a survey for staff: the citizen's page, answers checked and never stored. */
export const surveyPreviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/surveys/:id/preview',
    {
      schema: {
        tags: ['surveys'],
        summary: "The citizen's page in any status; submitting it is test mode (nothing stored)",
        params: SurveyParams,
        querystring: SurveyPreviewQuery,
        response: { 200: fileResponse('text/html', 'A step of the form, or the test-mode receipt') },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const html = await previewPage(app.db, auth, request.params.id, request.query, requestLocale(request));
      if (html === undefined) throw notFound();
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', PREVIEW_CSP)
        .header('x-frame-options', 'SAMEORIGIN')
        .send(html);
    },
  );
};
