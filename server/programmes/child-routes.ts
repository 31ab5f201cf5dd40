import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '../../shared/api/common.ts';
import {
  ActionPlanBody,
  ChildParams,
  Created,
  NoteBody,
  PhaseBody,
  ProgrammeParams,
} from '../../shared/api/programmes.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageDialog } from '../policies/index.ts';
import { addChild, changeChild, removeChild } from './service.ts';

const Kind = z.object({ kind: z.enum(['phases', 'notes', 'action-plans']) });
const KIND = { phases: 'phase', notes: 'note', 'action-plans': 'plan' } as const;

/** Phases, focus-group notes/quotes and action plans of a programme. */
export const programmeChildRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['programmes'];

  for (const path of ['phases', 'notes', 'action-plans'] as const) {
    const body = path === 'phases' ? PhaseBody : path === 'notes' ? NoteBody : ActionPlanBody;
    app.post(
      `/programmes/:id/${path}`,
      {
        schema: {
          tags,
          summary: `Add to ${path}`,
          params: ProgrammeParams,
          body,
          response: { 201: Created },
        },
      },
      async (request, reply) => {
        const auth = authorize(request, canManageDialog);
        const input = request.body;
        const child =
          path === 'phases'
            ? { kind: 'phase' as const, input: PhaseBody.parse(input) }
            : path === 'notes'
              ? { kind: 'note' as const, input: NoteBody.parse(input) }
              : { kind: 'plan' as const, input: ActionPlanBody.parse(input) };
        const id = await app.db.transaction().execute((tx) => addChild(tx, auth, request.params.id, child));
        return reply.status(201).send({ id });
      },
    );
  }

  for (const path of ['phases', 'action-plans'] as const) {
    const body = path === 'phases' ? PhaseBody : ActionPlanBody;
    app.patch(
      `/programmes/:id/${path}/:childId`,
      {
        schema: {
          tags,
          summary: `Change one of ${path}`,
          params: ChildParams,
          body,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        const auth = authorize(request, canManageDialog);
        const child =
          path === 'phases'
            ? { kind: 'phase' as const, input: PhaseBody.parse(request.body) }
            : { kind: 'plan' as const, input: ActionPlanBody.parse(request.body) };
        await app.db
          .transaction()
          .execute((tx) => changeChild(tx, auth, request.params.id, request.params.childId, child));
        return reply.status(204).send(null);
      },
    );
  }

  app.delete(
    '/programmes/:id/:kind/:childId',
    {
      schema: {
        tags,
        summary: 'Remove a phase, note or action plan',
        response: { 204: NoContent },
        params: ChildParams.extend(Kind.shape),
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageDialog);
      const { id, childId, kind } = request.params;
      await app.db.transaction().execute((tx) => removeChild(tx, auth, id, KIND[kind], childId));
      return reply.status(204).send(null);
    },
  );
};
