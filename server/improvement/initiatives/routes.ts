import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateInitiativeBody,
  InitiativeList,
  InitiativeParams,
  InitiativeResponse,
  UpdateInitiativeBody,
} from '../../../shared/api/improvement/initiatives.ts';
import { authorize } from '../../policies/authorize.ts';
import { canAnalyse, canReadOrganisation, canRecord } from '../../policies/index.ts';
import {
  createInitiative,
  getInitiative,
  listInitiatives,
  setShare,
  startInitiative,
  updateInitiative,
} from './service.ts';

/** Initiatives: what is tried where, measured how, judged by criteria fixed before the start. */
export const initiativeRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['improvement'];
  const one = { tags, params: InitiativeParams, response: { 200: InitiativeResponse } };

  app.get(
    '/improvement/initiatives',
    { schema: { tags, summary: 'Initiatives', response: { 200: InitiativeList } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { initiatives: await listInitiatives(app.db, auth) };
    },
  );

  app.get(
    '/improvement/initiatives/:id',
    { schema: { ...one, summary: 'One initiative' } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { initiative: await getInitiative(app.db, auth, request.params.id) };
    },
  );

  app.post(
    '/improvement/initiatives',
    {
      schema: {
        tags,
        summary: 'Plan an initiative',
        body: CreateInitiativeBody,
        response: { 201: InitiativeResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const initiative = await app.db.transaction().execute((tx) => createInitiative(tx, auth, request.body));
      return reply.status(201).send({ initiative });
    },
  );

  app.patch(
    '/improvement/initiatives/:id',
    {
      schema: {
        ...one,
        summary: 'Change an initiative (measures and criteria are fixed once started)',
        body: UpdateInitiativeBody,
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      const initiative = await app.db
        .transaction()
        .execute((tx) => updateInitiative(tx, auth, request.params.id, request.body));
      return { initiative };
    },
  );

  app.post(
    '/improvement/initiatives/:id/start',
    { schema: { ...one, summary: 'Start the test and fix the success criteria' } },
    async (request) => {
      const auth = authorize(request, canRecord);
      return {
        initiative: await app.db.transaction().execute((tx) => startInitiative(tx, auth, request.params.id)),
      };
    },
  );

  app.post(
    '/improvement/initiatives/:id/share',
    { schema: { ...one, summary: 'Share the report as a public read-only link (new token)' } },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return {
        initiative: await app.db.transaction().execute((tx) => setShare(tx, auth, request.params.id, true)),
      };
    },
  );

  app.delete(
    '/improvement/initiatives/:id/share',
    { schema: { ...one, summary: 'Revoke the public report link' } },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return {
        initiative: await app.db.transaction().execute((tx) => setShare(tx, auth, request.params.id, false)),
      };
    },
  );
};
