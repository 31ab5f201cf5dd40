import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  IdeaBody,
  IdeaList,
  IdeaParams,
  IdeaPatch,
  IdeaResponse,
  VoteBody,
} from '../../../shared/api/improvement/ideas.ts';
import { authorize } from '../../policies/authorize.ts';
import { canReadOrganisation, canRecord } from '../../policies/index.ts';
import { createIdea, listIdeas, updateIdea, voteIdea } from './service.ts';

/** Ideas for the problems, proposed across professions, rated and voted on in workshops. */
export const ideaRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['improvement'];

  app.get(
    '/improvement/ideas',
    { schema: { tags, summary: 'Ideas', response: { 200: IdeaList } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { ideas: await listIdeas(app.db, auth) };
    },
  );

  app.post(
    '/improvement/ideas',
    { schema: { tags, summary: 'Add an idea', body: IdeaBody, response: { 201: IdeaResponse } } },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const idea = await app.db.transaction().execute((tx) => createIdea(tx, auth, request.body));
      return reply.status(201).send({ idea });
    },
  );

  app.patch(
    '/improvement/ideas/:id',
    {
      schema: {
        tags,
        summary: 'Change an idea',
        params: IdeaParams,
        body: IdeaPatch,
        response: { 200: IdeaResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      return {
        idea: await app.db
          .transaction()
          .execute((tx) => updateIdea(tx, auth, request.params.id, request.body)),
      };
    },
  );

  app.post(
    '/improvement/ideas/:id/vote',
    {
      schema: {
        tags,
        summary: 'Workshop vote',
        params: IdeaParams,
        body: VoteBody,
        response: { 200: IdeaResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      return {
        idea: await app.db
          .transaction()
          .execute((tx) => voteIdea(tx, auth, request.params.id, request.body.delta)),
      };
    },
  );
};
