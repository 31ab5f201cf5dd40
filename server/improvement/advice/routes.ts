import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoContent } from '../../../shared/api/common.ts';
import {
  AdviceBody,
  AdviceList,
  AdviceParams,
  AdviceResponse,
} from '../../../shared/api/improvement/advice.ts';
import { authorize } from '../../policies/authorize.ts';
import { canReadOrganisation, canRecord } from '../../policies/index.ts';
import { createAdvice, deleteAdvice, listAdvice } from './service.ts';

/** The good-advice library: the municipality's own tested practices. */
export const adviceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['improvement'];

  app.get(
    '/improvement/advice',
    { schema: { tags, summary: 'Good-advice library', response: { 200: AdviceList } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { advice: await listAdvice(app.db, auth) };
    },
  );

  app.post(
    '/improvement/advice',
    {
      schema: { tags, summary: 'Add a tested practice', body: AdviceBody, response: { 201: AdviceResponse } },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const advice = await app.db.transaction().execute((tx) => createAdvice(tx, auth, request.body));
      return reply.status(201).send({ advice });
    },
  );

  app.delete(
    '/improvement/advice/:id',
    { schema: { tags, summary: 'Remove advice', params: AdviceParams, response: { 204: NoContent } } },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      await app.db.transaction().execute((tx) => deleteAdvice(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
