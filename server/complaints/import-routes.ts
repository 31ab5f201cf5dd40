import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ImportBody, ImportFileBody, ImportPreview, ImportResult } from '../../shared/api/complaints.ts';
import { authorize } from '../policies/authorize.ts';
import { canRecord } from '../policies/index.ts';
import { importComplaints, previewImport } from './import.ts';

/** Uploads carry the file as base64 in JSON; allow up to ~3 MB of file. */
const IMPORT_BODY_LIMIT = 4 * 1024 * 1024 + 4096;

/** CSV/XLSX import: preview with a suggested column mapping, then an all-or-nothing import. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['complaints'];

  app.post(
    '/complaints/import/preview',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Read an import file: header, first rows, suggested mapping',
        body: ImportFileBody,
        response: {
          200: ImportPreview,
        },
      },
    },
    async (request) => {
      authorize(request, canRecord);
      return previewImport(request.body.fileName, request.body.content);
    },
  );

  app.post(
    '/complaints/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import complaints: every row or none, with problems per row',
        body: ImportBody,
        response: { 201: ImportResult },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const result = await app.db.transaction().execute((tx) => importComplaints(tx, auth, request.body));
      return reply.status(201).send(result);
    },
  );
};
