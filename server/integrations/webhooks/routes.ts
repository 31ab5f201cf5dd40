import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '../../../shared/api/common.ts';
import {
  DeliveryDto,
  DeliveryList,
  SubscriptionCreateBody,
  SubscriptionCreated,
  SubscriptionDto,
  SubscriptionList,
  SubscriptionPatchBody,
} from '../../../shared/api/integrations.ts';
import { authorize } from '../../policies/authorize.ts';
import { canManageIntegrations } from '../../policies/index.ts';
import * as service from './service.ts';

const Params = z.object({ id: z.uuid() }).strict();

/** Webhook subscriptions and their deliveries (admins). */
export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['integrations'];
  app.get(
    '/integrations/webhooks',
    { schema: { tags, summary: 'Webhook subscriptions', response: { 200: SubscriptionList } } },
    async (request) => service.listSubscriptions(app.db, authorize(request, canManageIntegrations)),
  );
  app.post(
    '/integrations/webhooks',
    {
      schema: {
        tags,
        summary: 'Subscribe a URL (the signing secret is in this answer only)',
        body: SubscriptionCreateBody,
        response: { 201: SubscriptionCreated },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageIntegrations);
      const created = await service.createSubscription(
        app.db,
        auth,
        app.secretBox,
        app.config.webhookAllowPrivate,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );
  app.patch(
    '/integrations/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Pause, resume or change events',
        params: Params,
        body: SubscriptionPatchBody,
        response: { 200: SubscriptionDto },
      },
    },
    async (request) =>
      service.updateSubscription(
        app.db,
        authorize(request, canManageIntegrations),
        request.params.id,
        request.body,
      ),
  );
  app.delete(
    '/integrations/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Delete a subscription and its deliveries',
        params: Params,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await service.deleteSubscription(app.db, authorize(request, canManageIntegrations), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/integrations/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'Latest deliveries of a subscription',
        params: Params,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }).strict(),
        response: { 200: DeliveryList },
      },
    },
    async (request) =>
      service.listDeliveries(
        app.db,
        authorize(request, canManageIntegrations),
        request.params.id,
        request.query.limit,
      ),
  );
  app.post(
    '/integrations/webhooks/:id/deliveries/:deliveryId/resend',
    {
      schema: {
        tags,
        summary: 'Send a delivery again (same event id, at the end of the queue)',
        params: z.object({ id: z.uuid(), deliveryId: z.string().min(1).max(40) }).strict(),
        response: { 201: DeliveryDto },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageIntegrations);
      const row = await service.resendDelivery(app.db, auth, request.params.id, request.params.deliveryId);
      return reply.status(201).send(row);
    },
  );
};
