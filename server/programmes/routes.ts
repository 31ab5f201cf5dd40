import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoContent } from '../../shared/api/common.ts';
import { GoalsView } from '../../shared/api/programme-goals.ts';
import * as s from '../../shared/api/programmes.ts';
import { ProgrammeBody, ProgrammeParams } from '../../shared/api/programmes.ts';
import { notFound } from '../http/app-error.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageDialog, canReadOrganisation } from '../policies/index.ts';
import { programmeChildRoutes } from './child-routes.ts';
import { programmeGoals } from './goals.ts';
import { staffInterviewsBefore } from './interviews-repository.ts';
import { listActionPlans, listNotes, listPhases } from './plan-repository.ts';
import { presentPlan, presentProgramme } from './presenter.ts';
import { findProgramme, listProgrammes, programmeUnits } from './repository.ts';
import { createProgramme, deleteProgramme, updateProgramme } from './service.ts';

/** Dialog programmes: the plan, the four-goal view and the data for the effect report. */
export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['programmes'];

  app.get(
    '/programmes',
    { schema: { tags, summary: 'Dialog programmes', response: { 200: s.ProgrammesResponse } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { programmes: (await listProgrammes(app.db, auth)).map(presentProgramme) };
    },
  );

  app.post(
    '/programmes',
    {
      schema: { tags, summary: 'Create a programme', body: ProgrammeBody, response: { 201: s.Created } },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageDialog);
      const id = await app.db.transaction().execute((tx) => createProgramme(tx, auth, request.body));
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/programmes/:id',
    {
      schema: {
        tags,
        summary: 'A programme with its whole plan',
        params: ProgrammeParams,
        response: { 200: s.PlanResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const { id } = request.params;
      const row = await findProgramme(app.db, auth, id);
      if (!row) throw notFound();
      const [units, phases, notes, plans] = await Promise.all([
        programmeUnits(app.db, auth, id),
        listPhases(app.db, auth, id),
        listNotes(app.db, auth, id),
        listActionPlans(app.db, auth, id),
      ]);
      const participantIds = units.filter((u) => u.role === 'participant').map((u) => u.unit_id);
      const interviews = await staffInterviewsBefore(app.db, auth, participantIds, row.starts_on);
      return { programme: { ...presentPlan(row, units, phases, notes, plans), interviews } };
    },
  );

  app.patch(
    '/programmes/:id',
    {
      schema: {
        tags,
        summary: 'Change a programme',
        params: ProgrammeParams,
        body: ProgrammeBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageDialog);
      await app.db.transaction().execute((tx) => updateProgramme(tx, auth, request.params.id, request.body));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/programmes/:id',
    {
      schema: { tags, summary: 'Delete a programme', params: ProgrammeParams, response: { 204: NoContent } },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageDialog);
      await app.db.transaction().execute((tx) => deleteProgramme(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/programmes/:id/goals',
    {
      schema: {
        tags,
        summary: 'The four goals before, during and after',
        params: ProgrammeParams,
        response: { 200: GoalsView },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return programmeGoals(app.db, auth, request.params.id);
    },
  );

  await app.register(programmeChildRoutes);
};
