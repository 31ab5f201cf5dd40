import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Evaluation,
  EvaluationParams,
  ReportQuery,
  ReportTokenParams,
  reportHtml,
} from '../../../shared/api/improvement/evaluation.ts';
import { notFound } from '../../http/app-error.ts';
import { requestLocale } from '../../http/locale.ts';
import { authorize } from '../../policies/authorize.ts';
import { canReadOrganisation } from '../../policies/index.ts';
import { findByToken } from '../initiatives/repository.ts';
import { renderReportHtml } from './report-html.ts';
import { buildReport } from './service.ts';

/** The evaluation as data (for the printable page), as an HTML download, and behind a public link. */
export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['improvement'];

  app.get(
    '/improvement/initiatives/:id/evaluation',
    {
      schema: {
        tags,
        summary: 'Evaluation data',
        params: EvaluationParams,
        querystring: ReportQuery,
        response: { 200: Evaluation },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return buildReport(app.db, auth, request.params.id, request.query.lang ?? requestLocale(request));
    },
  );

  app.get(
    '/improvement/initiatives/:id/report.html',
    {
      schema: {
        tags,
        summary: 'Evaluation report as a self-contained HTML file',
        params: EvaluationParams,
        querystring: ReportQuery,
        response: { 200: reportHtml },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const report = await buildReport(
        app.db,
        auth,
        request.params.id,
        request.query.lang ?? requestLocale(request),
      );
      if (request.query.download === 'true') {
        reply.header(
          'content-disposition',
          `attachment; filename="evaluation-${report.initiative.id}-${report.locale}.html"`,
        );
      }
      return reply.type('text/html; charset=utf-8').send(renderReportHtml(report));
    },
  );

  app.get(
    '/public/improvement-reports/:token',
    {
      schema: {
        tags,
        summary: 'Shared evaluation report (read-only, no sign-in)',
        params: ReportTokenParams,
        querystring: ReportQuery,
        response: { 200: reportHtml },
      },
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const found = await findByToken(app.db, request.params.token);
      if (!found) throw notFound();
      const report = await buildReport(
        app.db,
        { municipalityId: found.municipality_id },
        found.id,
        request.query.lang ?? requestLocale(request),
      );
      return reply
        .type('text/html; charset=utf-8')
        .header('x-robots-tag', 'noindex')
        .send(renderReportHtml(report));
    },
  );
};
