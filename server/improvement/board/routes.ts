import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoContent } from '../../../shared/api/common.ts';
import {
  Board,
  PlaceEvidenceBody,
  ProblemBody,
  ProblemParams,
  ProblemPatch,
  ProblemResponse,
  SurveyTexts,
} from '../../../shared/api/improvement/board.ts';
import { authorize } from '../../policies/authorize.ts';
import { canReadOrganisation, canRecord } from '../../policies/index.ts';
import { createProblem, deleteProblem, loadBoard, placeEvidence, updateProblem } from './service.ts';
import { recentSurveyTexts } from './sources.ts';

/** Problems as an affinity board grouping observations, quotes, survey text and journey pain points. */
export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['improvement'];

  app.get(
    '/improvement/board',
    { schema: { tags, summary: 'Problems with evidence, and the ungrouped pool', response: { 200: Board } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return loadBoard(app.db, auth);
    },
  );

  app.get(
    '/improvement/survey-texts',
    { schema: { tags, summary: 'Recent survey free-text answers', response: { 200: SurveyTexts } } },
    async (request) => {
      const auth = authorize(request, canRecord);
      return { texts: await recentSurveyTexts(app.db, auth) };
    },
  );

  app.post(
    '/improvement/problems',
    { schema: { tags, summary: 'Create a problem', body: ProblemBody, response: { 201: ProblemResponse } } },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const problem = await app.db.transaction().execute((tx) => createProblem(tx, auth, request.body));
      return reply.status(201).send({ problem });
    },
  );

  app.patch(
    '/improvement/problems/:id',
    {
      schema: {
        tags,
        summary: 'Rename or describe a problem',
        params: ProblemParams,
        body: ProblemPatch,
        response: { 200: ProblemResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      const problem = await app.db
        .transaction()
        .execute((tx) => updateProblem(tx, auth, request.params.id, request.body));
      return { problem };
    },
  );

  app.delete(
    '/improvement/problems/:id',
    {
      schema: {
        tags,
        summary: 'Delete a problem; its evidence returns to the pool',
        params: ProblemParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      await app.db.transaction().execute((tx) => deleteProblem(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/improvement/evidence',
    {
      schema: {
        tags,
        summary: 'Group, move or ungroup one piece of evidence',
        body: PlaceEvidenceBody,
        response: { 200: Board },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      return app.db.transaction().execute(async (tx) => {
        await placeEvidence(tx, auth, request.body);
        return loadBoard(tx, auth);
      });
    },
  );
};
