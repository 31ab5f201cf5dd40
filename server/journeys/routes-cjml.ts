import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileResponse } from '../../shared/api/common.ts';
import { JOURNEY_BODY_LIMIT, JourneyParams } from '../../shared/api/journeys.ts';
import { CjmlExportQuery, CjmlImportBody, CjmlImportResponse } from '../../shared/api/journeys-cjml.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation, canRecord } from '../policies/index.ts';
import { exportCjml, importCjml } from './cjml.ts';

/** CJML 2.0 exchange (docs/CJML.md): export a version as a planned or actual journey, import a file. */
export const journeyCjmlRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['journeys'];

  app.get(
    '/journeys/:id/cjml',
    {
      schema: {
        tags,
        summary: 'Download a journey version as a CJML 2.0 file (planned or actual journey)',
        params: JourneyParams,
        querystring: CjmlExportQuery,
        response: { 200: fileResponse('application/xml', 'A CJML 2.0 file (XML)') },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const file = await exportCjml(app.db, auth, request.params.id, request.query);
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.text);
    },
  );

  app.post(
    '/journeys/import/cjml',
    {
      bodyLimit: JOURNEY_BODY_LIMIT,
      // The role is checked before the body is validated, so a viewer learns nothing about the rules.
      preValidation: async (request) => {
        authorize(request, canRecord);
      },
      schema: {
        tags,
        summary:
          'Import a CJML 2.0 file: each planned or actual journey becomes a new draft (all or nothing)',
        body: CjmlImportBody,
        response: { 201: CjmlImportResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const journeys = await app.db.transaction().execute((tx) => importCjml(tx, auth, request.body));
      return reply.status(201).send({ journeys });
    },
  );
};
