import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse, XLSX } from '../../shared/api/common.ts';
import {
  ComparisonQuery,
  ComparisonResponse,
  DashboardFilters,
  DashboardOptions,
  ExportQuery,
  FreeTextPage,
  FreeTextQuery,
  LanguageCountsResponse,
  Overview,
  TrendQuery,
  TrendResponse,
} from '../../shared/api/dashboard.ts';
import { csvPieces, MACHINE_CSV, SPREADSHEET_CSV } from '../http/csv.ts';
import { requestLocale } from '../http/locale.ts';
import { xlsxSheetStream } from '../http/xlsx-stream.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation } from '../policies/index.ts';
import { comparison } from './comparison.ts';
import { loadContext, withContext } from './context.ts';
import type { SnapshotCache } from './context-cache.ts';
import { exportRows } from './export.ts';
import { freeText } from './free-text.ts';
import { languageCounts } from './languages.ts';
import { dashboardOptions } from './options.ts';
import { overview } from './overview.ts';
import { installRollupScheduler } from './scheduler.ts';
import { trend } from './trend.ts';

/**
 * The experience dashboard. Everyone signed in may read it (viewers included); every figure is
 * aggregated in SQL within the session's municipality and suppressed below its minimum group size.
 */
export const dashboardRoutes: FastifyPluginAsyncZod<{ snapshots: SnapshotCache }> = async (
  app,
  { snapshots },
) => {
  const tags = ['dashboard'];
  installRollupScheduler(app);

  app.get(
    '/dashboard/options',
    { schema: { tags, summary: 'Filter choices for the dashboard', response: { 200: DashboardOptions } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return dashboardOptions(app.db, auth);
    },
  );

  app.get(
    '/dashboard/overview',
    {
      schema: {
        tags,
        summary: 'Indicators of a scope',
        querystring: DashboardFilters,
        response: { 200: Overview },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return withContext(app.db, auth, request.query, snapshots, (ctx) => overview(app.db, auth, ctx));
    },
  );

  app.get(
    '/dashboard/answers-by-language',
    {
      schema: {
        tags,
        summary: 'Answers per language (responses and smiley presses)',
        querystring: DashboardFilters,
        response: { 200: LanguageCountsResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return withContext(app.db, auth, request.query, snapshots, (ctx) => languageCounts(app.db, auth, ctx));
    },
  );

  app.get(
    '/dashboard/trend',
    {
      schema: {
        tags,
        summary: 'One indicator over time',
        querystring: TrendQuery,
        response: { 200: TrendResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const { interval, item, ...filters } = request.query;
      return withContext(app.db, auth, filters, snapshots, (ctx) => trend(app.db, auth, ctx, interval, item));
    },
  );

  app.get(
    '/dashboard/comparison',
    {
      schema: {
        tags,
        summary: 'Units side by side for one indicator',
        querystring: ComparisonQuery,
        response: { 200: ComparisonResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const { item, level, ...filters } = request.query;
      return withContext(app.db, auth, filters, snapshots, (ctx) =>
        comparison(app.db, auth, ctx, item, level),
      );
    },
  );

  app.get(
    '/dashboard/free-text',
    {
      schema: {
        tags,
        summary: 'Screened free-text answers, newest first',
        querystring: FreeTextQuery,
        response: { 200: FreeTextPage },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const { q, before, ...filters } = request.query;
      return withContext(app.db, auth, filters, snapshots, (ctx) => freeText(app.db, auth, ctx, q, before));
    },
  );

  app.get(
    '/dashboard/export',
    {
      schema: {
        tags,
        summary:
          'The current view as CSV (for Danish/Norwegian Excel by default, or for programs) or XLSX (streamed)',
        querystring: ExportQuery,
        response: {
          200: fileResponse(['text/csv', XLSX], 'The current view, one row per indicator and cell'),
        },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const { format, dialect, interval, item, level, ...filters } = request.query;
      const ctx = await loadContext(app.db, auth, filters, snapshots);
      const locale = requestLocale(request);
      // Rounded as on screen only for the people's CSV; the machine CSV and XLSX keep every digit.
      const precision = format === 'csv' && dialect === 'spreadsheet' ? 'display' : 'full';
      const rows = exportRows(app.db, auth, ctx, { interval, item, level, locale, precision });
      const name = `borgerblik-dashboard-${ctx.period.from}-${ctx.period.to}.${format}`;
      reply
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store');
      if (format === 'xlsx') {
        reply.type(XLSX);
        return reply.send(xlsxSheetStream('Borgerblik', rows));
      }
      reply.type('text/csv; charset=utf-8');
      const csv = dialect === 'spreadsheet' ? SPREADSHEET_CSV : MACHINE_CSV;
      return reply.send(Readable.from(csvPieces(rows, { ...csv, quoteText: true })));
    },
  );
};
