import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse } from '../../shared/api/common.ts';
import {
  CompareQuery,
  CompareResponse,
  ExperienceResponse,
  ImportBody,
  JOURNEY_BODY_LIMIT,
  JourneyParams,
  JourneyResponse,
} from '../../shared/api/journeys.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation, canRecord } from '../policies/index.ts';
import { compare, exportJourney, journeyExperience } from './queries.ts';
import { importJourney } from './service.ts';

const ExportQuery = z.object({ version: z.coerce.number().int().min(1).optional() }).strict();

/** Comparison, JSON export/import and the experience per touchpoint. */
export const journeyIoRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['journeys'];

  app.get(
    '/journeys/compare',
    {
      schema: {
        tags,
        summary: 'Compare two journeys (as-is vs to-be) or two versions: side by side with metric deltas',
        querystring: CompareQuery,
        response: { 200: CompareResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return compare(app.db, auth, request.query);
    },
  );

  app.get(
    '/journeys/:id/export',
    {
      schema: {
        tags,
        summary: 'Download a journey as a JSON file (format borgerblik.journey, version 1)',
        params: JourneyParams,
        querystring: ExportQuery,
        response: { 200: fileResponse('application/json', 'The journey file (borgerblik.journey)') },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const file = await exportJourney(app.db, auth, request.params.id, request.query.version);
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.text);
    },
  );

  app.post(
    '/journeys/import',
    {
      bodyLimit: JOURNEY_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import an exported JSON file as a new journey (all-or-nothing; errors name the path)',
        body: ImportBody,
        response: { 201: JourneyResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const journey = await app.db.transaction().execute((tx) => importJourney(tx, auth, request.body));
      return reply.status(201).send({ journey });
    },
  );

  app.get(
    '/journeys/:id/experience',
    {
      schema: {
        tags,
        summary: 'Indicator scores per touchpoint from surveys linked to the journey',
        params: JourneyParams,
        response: { 200: ExperienceResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return journeyExperience(app.db, auth, request.params.id);
    },
  );
};
