import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse, XLSX } from '../../../shared/api/common.ts';
import {
  AttributesResponse,
  CaseParams,
  CaseResponse,
  ExportParams,
  LogParams,
  ReportQuery,
  ReportResponse,
} from '../../../shared/api/eventlog.ts';
import { authorize } from '../../policies/authorize.ts';
import { canAnalyse } from '../../policies/index.ts';
import { caseAttributeValues } from '../events-repository.ts';
import { exportTable, readyLog, reportOf, skippedCsv, storedCase } from './service.ts';

/** Analysis of a stored log: the handover report, filter values, one case, exports. */
export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['eventlogs'];

  app.get(
    '/eventlogs/:id/report',
    {
      schema: {
        tags,
        summary:
          'Handover report (matrix, working together, activity graph, variants) by resource, group or attribute',
        params: LogParams,
        querystring: ReportQuery,
        response: { 200: ReportResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return { report: await reportOf(app.db, auth, request.params.id, request.query) };
    },
  );

  app.get(
    '/eventlogs/:id/attributes',
    {
      schema: {
        tags,
        summary: 'Kept case attributes and their most common values (for filters)',
        params: LogParams,
        response: { 200: AttributesResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      const log = await readyLog(app.db, auth, request.params.id);
      return {
        caseAttributes: await caseAttributeValues(app.db, auth, log.id),
        eventAttributes: log.options.keepEventAttributes,
      };
    },
  );

  app.get(
    '/eventlogs/:id/cases/:key',
    {
      schema: {
        tags,
        summary: 'One case by its pseudonym, events in time order',
        params: CaseParams,
        response: { 200: CaseResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return { case: await storedCase(app.db, auth, request.params.id, request.params.key) };
    },
  );

  app.get(
    '/eventlogs/:id/export/:table.:format',
    {
      schema: {
        tags,
        summary: 'Matrix or variants as CSV or XLSX (same filters as the report)',
        params: ExportParams,
        querystring: ReportQuery,
        response: { 200: fileResponse(['text/csv', XLSX], 'The table as CSV or XLSX', true) },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canAnalyse);
      const { table, format } = request.params;
      const file = await exportTable(app.db, auth, request.params.id, table, format, request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .send(file.body);
    },
  );

  app.get(
    '/eventlogs/:id/skipped.csv',
    {
      schema: {
        tags,
        summary: 'Rows left out under "skip bad rows" (the first 1,000)',
        params: LogParams,
        response: { 200: fileResponse('text/csv', 'The skipped rows') },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canAnalyse);
      const csv = await skippedCsv(app.db, auth, request.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="skipped-rows.csv"')
        .send(csv);
    },
  );
};
