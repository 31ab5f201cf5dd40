import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CloseResponse,
  IdParams,
  OpenSessionList,
  ResumeBody,
  ResumeResponse,
} from '../../../shared/api/improvement/observations.ts';
import { authorize } from '../../policies/authorize.ts';
import { canRecord } from '../../policies/index.ts';
import { closeSession, listOpen, resumeSession } from './open-sessions.ts';

/**
 * Sessions left open on another phone: listed with device and last activity, resumed on this device
 * or closed. Staff see their own and their units' sessions; analysts and admins all of them.
 */
export const openSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['improvement'];

  app.get(
    '/improvement/sessions/open',
    {
      schema: {
        tags,
        summary: 'Open observation sessions the caller may resume or close',
        response: { 200: OpenSessionList },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      return { sessions: await listOpen(app.db, auth) };
    },
  );

  app.post(
    '/improvement/sessions/:id/resume',
    {
      schema: {
        tags,
        summary: 'Continue an open session on this device',
        params: IdParams,
        body: ResumeBody,
        response: { 200: ResumeResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      return app.db
        .transaction()
        .execute((tx) => resumeSession(tx, auth, request.params.id, request.body.device));
    },
  );

  app.post(
    '/improvement/sessions/:id/close',
    {
      schema: {
        tags,
        summary: 'Close an open session (records who closed it and when)',
        params: IdParams,
        response: { 200: CloseResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      return {
        session: await app.db.transaction().execute((tx) => closeSession(tx, auth, request.params.id)),
      };
    },
  );
};
