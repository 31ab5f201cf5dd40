import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoContent } from '../../../shared/api/common.ts';
import {
  CreateInterviewBody,
  InterviewList,
  InterviewParams,
  InterviewResponse,
} from '../../../shared/api/improvement/interviews.ts';
import { authorize } from '../../policies/authorize.ts';
import { canReadOrganisation, canRecord } from '../../policies/index.ts';
import { createInterview, deleteInterview, listInterviews } from './service.ts';

/** Interviews with citizens, relatives and employees: guide, notes, quotes and consent. */
export const interviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['improvement'];

  app.get(
    '/improvement/interviews',
    { schema: { tags, summary: 'Interviews with quotes', response: { 200: InterviewList } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { interviews: await listInterviews(app.db, auth) };
    },
  );

  app.post(
    '/improvement/interviews',
    {
      schema: {
        tags,
        summary: 'Record an interview (consent required, no names)',
        body: CreateInterviewBody,
        response: { 201: InterviewResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const interview = await app.db.transaction().execute((tx) => createInterview(tx, auth, request.body));
      return reply.status(201).send({ interview });
    },
  );

  app.delete(
    '/improvement/interviews/:id',
    {
      schema: {
        tags,
        summary: 'Delete an interview and its quotes',
        params: InterviewParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      await app.db.transaction().execute((tx) => deleteInterview(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
