import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse, XLSX } from '../../shared/api/common.ts';
import { FreeTextList, QrQuery, SurveyParams, SurveyStats } from '../../shared/api/surveys.ts';
import { AppError, notFound } from '../http/app-error.ts';
import { authorize } from '../policies/authorize.ts';
import { canAnalyse, canReadOrganisation } from '../policies/index.ts';
import { csvStream, planExport, xlsxStream } from './export.ts';
import { qrPng, qrSvg, qrTarget } from './qr.ts';
import { renderQrSheet } from './qr-sheet.ts';
import { findSurvey } from './repository.ts';
import * as results from './results-repository.ts';

const csvFile = fileResponse('text/csv', 'Raw responses, one row per response');
const xlsxFile = fileResponse(XLSX, 'Raw responses as a workbook', true);
const qrPngFile = fileResponse('image/png', 'QR code', true);
const qrSvgFile = fileResponse('image/svg+xml', 'QR code');

/** What staff see of a survey's results: counts per day and channel, screened free text, exports, QR codes. */
export const surveyResultRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['surveys'];
  const requireSurvey = async (tenant: { municipalityId: string }, id: string) => {
    const row = await findSurvey(app.db, tenant, id);
    if (!row) throw notFound();
    return row;
  };
  /** The QR address, and the unit's name when the code is for one of the survey's units (else 404). */
  const qrFor = async (
    request: { protocol: string; host: string },
    tenant: { municipalityId: string },
    id: string,
    unit: string | undefined,
  ) => {
    const row = await requireSurvey(tenant, id);
    const unitName = unit ? await results.targetUnitName(app.db, tenant, id, unit) : undefined;
    if (unit && unitName === undefined) throw notFound();
    return { row, unitName, url: qrTarget(`${request.protocol}://${request.host}`, row.public_token, unit) };
  };

  app.get(
    '/surveys/:id/stats',
    {
      schema: {
        tags,
        summary: 'Responses per day and channel',
        params: SurveyParams,
        response: { 200: SurveyStats },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      await requireSurvey(auth, request.params.id);
      const perDay = await results.responsesPerDay(app.db, auth, request.params.id);
      const min = await results.minGroupSize(app.db, auth);
      const total = perDay.reduce((sum, r) => sum + r.count, 0);
      return { total, perDay, minGroupSize: min, freeTextMinGroupSize: results.freeTextMinimum(min) };
    },
  );

  app.get(
    '/surveys/:id/free-text',
    {
      schema: {
        tags,
        summary: 'Screened free-text answers',
        params: SurveyParams,
        response: { 200: FreeTextList },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      await requireSurvey(auth, request.params.id);
      const count = await results.countResponses(app.db, auth, request.params.id);
      const minimum = results.freeTextMinimum(await results.minGroupSize(app.db, auth));
      if (count < minimum) throw new AppError('group_too_small', { count, minimum });
      const rows = await results.listFreeText(app.db, auth, request.params.id, 500);
      return {
        answers: rows.map((r) => ({ itemId: r.item_id, hour: r.submitted_hour.toISOString(), body: r.body })),
      };
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/surveys/:id/export.${format}`,
      {
        schema: {
          tags,
          summary: `Raw responses as ${format.toUpperCase()} (streamed)`,
          params: SurveyParams,
          response: { 200: format === 'csv' ? csvFile : xlsxFile },
        },
      },
      async (request, reply) => {
        const auth = authorize(request, canAnalyse);
        const plan = await planExport(app.db, app.dbKind, auth, request.params.id);
        const type = format === 'csv' ? 'text/csv; charset=utf-8' : XLSX;
        reply.header('content-disposition', `attachment; filename="${plan.filename}.${format}"`).type(type);
        return reply.send(format === 'csv' ? csvStream(plan) : xlsxStream(plan));
      },
    );
  }

  for (const format of ['png', 'svg'] as const) {
    app.get(
      `/surveys/:id/qr.${format}`,
      {
        schema: {
          tags,
          summary: `QR code of the public link (${format}), optionally for one target unit`,
          params: SurveyParams,
          querystring: QrQuery,
          response: { 200: format === 'png' ? qrPngFile : qrSvgFile },
        },
      },
      async (request, reply) => {
        const auth = authorize(request, canReadOrganisation);
        const { url } = await qrFor(request, auth, request.params.id, request.query.unit);
        reply.header('content-disposition', `attachment; filename="survey-qr.${format}"`);
        if (format === 'png') return reply.type('image/png').send(await qrPng(url));
        return reply.type('image/svg+xml').send(await qrSvg(url));
      },
    );
  }

  app.get(
    '/surveys/:id/qr-sheet',
    {
      schema: {
        tags,
        summary: 'Printable QR sheet with the municipality name, optionally for one target unit',
        params: SurveyParams,
        querystring: QrQuery,
        response: { 200: fileResponse('text/html', 'A printable QR sheet') },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const { row, unitName, url } = await qrFor(request, auth, request.params.id, request.query.unit);
      const municipality = await results.municipalityName(app.db, auth);
      const html = renderQrSheet({
        locale: auth.locale,
        municipality,
        title: unitName ? `${row.title} · ${unitName}` : row.title,
        url,
        svg: await qrSvg(url),
      });
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
};
