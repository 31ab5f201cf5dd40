import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoContent } from '../../shared/api/common.ts';
import {
  CreateLogBody,
  LogParams,
  LogPreview,
  LogResponse,
  LogsResponse,
  PreviewQuery,
} from '../../shared/api/eventlog.ts';
import { runsBackgroundWork, soleProcess } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { AppError } from '../http/app-error.ts';
import { authorize } from '../policies/authorize.ts';
import { canAnalyse } from '../policies/index.ts';
import { analysisRoutes } from './analysis/routes.ts';
import { previewHead } from './import/preview.ts';
import { LEASE_SECONDS } from './job-lease.ts';
import { stopImports } from './jobs.ts';
import { presentLog } from './presenter.ts';
import { listLogs } from './repository.ts';
import {
  cancelImport,
  createLog,
  deleteLog,
  getLog,
  markInterruptedImports,
  receiveFile,
} from './service.ts';

/** The preview reads at most the file's first MiB (the browser sends a slice). */
const PREVIEW_LIMIT = 1024 * 1024;

/**
 * Event logs from case systems: preview, create, upload (a raw `application/octet-stream` body,
 * streamed to disk and imported in the background), progress, cancel, delete. Analysts and admins.
 * Upload, cancel and delete run outside a request transaction: the import job needs the database
 * meanwhile (PGlite has a single connection).
 */
export const eventlogRoutes: FastifyPluginAsyncZod<{ database: DatabaseHandle }> = async (
  app,
  { database },
) => {
  const tags = ['eventlogs'];
  // A running import is stopped and rolled back before the database closes; its log then reads
  // "interrupted", as after a crash, and can be uploaded again. After a crash the next start marks it.
  app.addHook('onClose', () => stopImports(database));
  app.addHook('onReady', async () => {
    // A cluster's primary marks them before it starts the workers; a worker must not mark the
    // imports other live workers run.
    if (!soleProcess(app.config)) return;
    const marked = await markInterruptedImports(database.db);
    if (marked > 0) app.log.warn({ marked }, 'event-log imports interrupted by the last stop marked failed');
  });
  // With several processes, one that dies leaves its imports "importing": worker 0 looks for lapsed
  // leases now and then (opening such a log marks it at once, too).
  if (!soleProcess(app.config) && runsBackgroundWork(app.config)) {
    const sweep = setInterval(() => {
      markInterruptedImports(database.db, false).catch((err: unknown) =>
        app.log.warn({ err }, 'event-log lease sweep failed'),
      );
    }, LEASE_SECONDS * 1000).unref();
    app.addHook('onClose', async () => clearInterval(sweep));
  }
  // Scoped to this plugin: the body stays a stream, so uploads are never buffered whole.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
  const stream = (body: unknown): AsyncIterable<Uint8Array> => {
    if (body && typeof body === 'object' && Symbol.asyncIterator in body)
      return body as AsyncIterable<Uint8Array>;
    throw new AppError('unsupported_media_type');
  };

  app.post(
    '/eventlogs/preview',
    {
      schema: {
        tags,
        summary: 'Preview the first MiB of a log file (octet-stream)',
        querystring: PreviewQuery,
        response: { 200: LogPreview },
      },
    },
    async (request) => {
      authorize(request, canAnalyse);
      const parts: Buffer[] = [];
      let size = 0;
      for await (const chunk of stream(request.body)) {
        size += chunk.length;
        if (size > PREVIEW_LIMIT) throw new AppError('payload_too_large', { limit: PREVIEW_LIMIT });
        parts.push(Buffer.from(chunk));
      }
      return previewHead(Buffer.concat(parts), request.query);
    },
  );

  app.get(
    '/eventlogs',
    { schema: { tags, summary: 'List event logs', response: { 200: LogsResponse } } },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return { logs: (await listLogs(app.db, auth)).map(presentLog) };
    },
  );

  app.post(
    '/eventlogs',
    {
      schema: {
        tags,
        summary: 'Start an import: options first, then PUT the file',
        body: CreateLogBody,
        response: { 201: LogResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canAnalyse);
      const row = await app.db.transaction().execute((tx) => createLog(tx, auth, request.body));
      return reply.status(201).send({ log: presentLog(row) });
    },
  );

  app.put(
    '/eventlogs/:id/file',
    {
      schema: {
        tags,
        summary: 'Upload the file (octet-stream); the import starts in the background',
        params: LogParams,
        response: { 202: LogResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canAnalyse);
      const row = await receiveFile(database, auth, request.params.id, stream(request.body));
      return reply.status(202).send({ log: presentLog(row) });
    },
  );

  app.get(
    '/eventlogs/:id',
    {
      schema: {
        tags,
        summary: 'A log with its import progress',
        params: LogParams,
        response: { 200: LogResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return { log: presentLog(await getLog(app.db, auth, request.params.id)) };
    },
  );

  app.post(
    '/eventlogs/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an upload or import',
        params: LogParams,
        response: { 200: LogResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return { log: presentLog(await cancelImport(app.db, auth, request.params.id)) };
    },
  );

  app.delete(
    '/eventlogs/:id',
    {
      schema: {
        tags,
        summary: 'Delete a log and its events',
        params: LogParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canAnalyse);
      await deleteLog(app.db, auth, request.params.id);
      return reply.status(204).send(null);
    },
  );

  await app.register(analysisRoutes);
};
