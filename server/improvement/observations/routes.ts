import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileResponse, NoContent } from '../../../shared/api/common.ts';
import {
  IdParams,
  PhotoQuery,
  SessionDetail,
  SessionList,
  SyncBody,
  SyncResponse,
} from '../../../shared/api/improvement/observations.ts';
import { authorize } from '../../policies/authorize.ts';
import { canReadOrganisation, canRecord } from '../../policies/index.ts';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from './photos.ts';
import { presentObservation, presentSession } from './presenter.ts';
import { listSessions } from './queries.ts';
import { attachPhoto, loadPhoto, sessionDetail, syncObservations } from './service.ts';

/** Observation sessions from a phone or tablet in the reception, with offline sync and room photos. */
export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['improvement'];
  // Photos arrive as raw bytes; the parser only collects them, the service checks size and type.
  app.addContentTypeParser(
    [...PHOTO_TYPES],
    { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES },
    (_r, body, done) => done(null, body),
  );

  app.get(
    '/improvement/sessions',
    {
      schema: {
        tags,
        summary: 'Observation sessions',
        querystring: z.object({ unitId: z.uuid().optional() }).strict(),
        response: { 200: SessionList },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const sessions = (await listSessions(app.db, auth, request.query.unitId)).map(presentSession);
      return { sessions, totalHours: sessions.reduce((s, x) => s + x.hours, 0) };
    },
  );

  app.get(
    '/improvement/sessions/:id',
    {
      schema: {
        tags,
        summary: 'One session with its observations',
        params: IdParams,
        response: { 200: SessionDetail },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const { session, observations } = await sessionDetail(app.db, auth, request.params.id);
      return { session: presentSession(session), observations: observations.map(presentObservation) };
    },
  );

  app.post(
    '/improvement/sync',
    {
      schema: {
        tags,
        summary: 'Store queued sessions and observations (idempotent)',
        body: SyncBody,
        response: { 200: SyncResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      return app.db.transaction().execute((tx) => syncObservations(tx, auth, request.body));
    },
  );

  app.post(
    '/improvement/observations/:id/photo',
    {
      schema: {
        tags,
        summary: 'Store a room photo without faces (JPEG, PNG or WebP, at most 3 MB)',
        params: IdParams,
        querystring: PhotoQuery,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      await app.db
        .transaction()
        .execute((tx) => attachPhoto(tx, auth, app.config.dataDir, request.params.id, body, type));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/improvement/observations/:id/photo',
    {
      schema: {
        tags,
        summary: 'The stored room photo',
        params: IdParams,
        response: { 200: fileResponse(['image/jpeg', 'image/png', 'image/webp'], 'The photo', true) },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canReadOrganisation);
      const photo = await loadPhoto(app.db, auth, app.config.dataDir, request.params.id);
      return reply
        .header('content-type', photo.type)
        .header('cache-control', 'private, no-store')
        .send(photo.bytes);
    },
  );
};
