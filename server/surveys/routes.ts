import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateSurveyBody,
  Survey,
  SurveyParams,
  SurveyResponse,
  UpdateSurveyBody,
} from '../../shared/api/surveys.ts';
import { notFound } from '../http/app-error.ts';
import { authorize } from '../policies/authorize.ts';
import { canAnalyse, canReadOrganisation } from '../policies/index.ts';
import { forgetPublicSurvey } from '../public/survey-cache.ts';
import { presentSurvey } from './presenter.ts';
import * as repo from './repository.ts';
import { createSurvey, newSurveyVersion, transitionSurvey, updateSurvey } from './service.ts';

/** Survey CRUD and the draft → open → closed life cycle. Analysts and admins manage; everyone reads. */
export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['surveys'];
  const present = async (row: repo.SurveyRow, tenant: { municipalityId: string }) => {
    const units = (await repo.unitIdsBySurvey(app.db, tenant, [row.id])).get(row.id) ?? [];
    const count = (await repo.responseCounts(app.db, tenant)).get(row.id) ?? 0;
    return { survey: presentSurvey(row, units, count) };
  };

  app.get(
    '/surveys',
    { schema: { tags, summary: 'List surveys', response: { 200: z.object({ surveys: z.array(Survey) }) } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const rows = await repo.listSurveys(app.db, auth);
      const [units, counts] = [
        await repo.unitIdsBySurvey(
          app.db,
          auth,
          rows.map((r) => r.id),
        ),
        await repo.responseCounts(app.db, auth),
      ];
      return { surveys: rows.map((r) => presentSurvey(r, units.get(r.id) ?? [], counts.get(r.id) ?? 0)) };
    },
  );

  app.get(
    '/surveys/:id',
    { schema: { tags, summary: 'One survey', params: SurveyParams, response: { 200: SurveyResponse } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const row = await repo.findSurvey(app.db, auth, request.params.id);
      if (!row) throw notFound();
      return present(row, auth);
    },
  );

  app.post(
    '/surveys',
    {
      schema: {
        tags,
        summary: 'Create a draft survey',
        body: CreateSurveyBody,
        response: { 201: SurveyResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canAnalyse);
      const row = await app.db.transaction().execute((tx) => createSurvey(tx, auth, request.body));
      return reply.status(201).send(await present(row, auth));
    },
  );

  app.patch(
    '/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Change a survey (questions only while draft)',
        params: SurveyParams,
        body: UpdateSurveyBody,
        response: { 200: SurveyResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      const row = await app.db
        .transaction()
        .execute((tx) => updateSurvey(tx, auth, request.params.id, request.body));
      forgetPublicSurvey(row.public_token, row.id);
      return present(row, auth);
    },
  );

  for (const [action, to] of [
    ['open', 'open'],
    ['close', 'closed'],
  ] as const) {
    app.post(
      `/surveys/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${action} a survey`,
          params: SurveyParams,
          response: { 200: SurveyResponse },
        },
      },
      async (request) => {
        const auth = authorize(request, canAnalyse);
        const row = await app.db
          .transaction()
          .execute((tx) => transitionSurvey(tx, auth, request.params.id, to));
        forgetPublicSurvey(row.public_token, row.id);
        return present(row, auth);
      },
    );
  }

  app.post(
    '/surveys/:id/versions',
    {
      schema: {
        tags,
        summary: 'Copy a survey into a new draft version',
        params: SurveyParams,
        response: { 201: SurveyResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canAnalyse);
      const row = await app.db.transaction().execute((tx) => newSurveyVersion(tx, auth, request.params.id));
      return reply.status(201).send(await present(row, auth));
    },
  );
};
