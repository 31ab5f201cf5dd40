import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  HoldCreateSchema,
  HoldListSchema,
  HoldTargetTypeSchema,
  RetentionUpdateSchema,
  RetentionViewSchema,
  RunResultSchema,
} from '../../../shared/api/lifecycle.ts';
import { authorize } from '../../policies/authorize.ts';
import { canManageLifecycle } from '../../policies/index.ts';
import type { LifecycleDeps } from '../clock.ts';
import { addHold, holdTargets, listHolds, removeHold } from './holds.ts';
import type { RetentionRunner } from './scheduler.ts';
import { retentionView, updateRetention } from './service.ts';

const tags = ['lifecycle'];
const HoldParams = z.object({ targetType: HoldTargetTypeSchema, targetId: z.uuid() }).strict();

/** Retention settings, the on-demand run and legal holds (admins). */
export const retentionRoutes: FastifyPluginAsyncZod<LifecycleDeps & { runner: RetentionRunner }> = async (
  app,
  { clock, runner },
) => {
  app.get(
    '/lifecycle/retention',
    {
      schema: {
        tags,
        summary: 'Retention periods, upcoming deletions, last run',
        response: { 200: RetentionViewSchema },
      },
    },
    async (request) => retentionView(app.db, authorize(request, canManageLifecycle), clock.now()),
  );

  app.patch(
    '/lifecycle/retention',
    {
      schema: {
        tags,
        summary: 'Set retention periods',
        body: RetentionUpdateSchema,
        response: { 200: RetentionViewSchema },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageLifecycle);
      await app.db.transaction().execute((tx) => updateRetention(tx, auth, request.body));
      return retentionView(app.db, auth, clock.now());
    },
  );

  app.post(
    '/lifecycle/retention/run',
    { schema: { tags, summary: 'Run the deletion job now', response: { 200: RunResultSchema } } },
    async (request) => {
      const auth = authorize(request, canManageLifecycle);
      return { outcomes: await runner.run(auth, 'manual', auth.userId) };
    },
  );

  app.get(
    '/lifecycle/holds',
    { schema: { tags, summary: 'Legal holds', response: { 200: HoldListSchema } } },
    async (request) => {
      const auth = authorize(request, canManageLifecycle);
      const [holds, targets] = await Promise.all([listHolds(app.db, auth), holdTargets(app.db, auth)]);
      return { holds, targets };
    },
  );

  app.post(
    '/lifecycle/holds',
    {
      schema: {
        tags,
        summary: 'Put a survey, journey or event log on legal hold',
        body: HoldCreateSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageLifecycle);
      const { targetType, targetId, reason } = request.body;
      await app.db.transaction().execute((tx) => addHold(tx, auth, targetType, targetId, reason));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/lifecycle/holds/:targetType/:targetId',
    { schema: { tags, summary: 'Lift a legal hold', params: HoldParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const auth = authorize(request, canManageLifecycle);
      const { targetType, targetId } = request.params;
      await app.db.transaction().execute((tx) => removeHold(tx, auth, targetType, targetId));
      return reply.status(204).send(null);
    },
  );
};
