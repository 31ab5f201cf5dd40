import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContent } from '../../../shared/api/common.ts';
import { TokenCreateBody, TokenCreated, TokenList } from '../../../shared/api/integrations.ts';
import { authorize } from '../../policies/authorize.ts';
import { canManageIntegrations } from '../../policies/index.ts';
import { createToken, listTokens, revokeToken } from './service.ts';

/** API tokens: created (secret shown once), listed and revoked by admins. */
export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['integrations'];
  app.get(
    '/integrations/tokens',
    { schema: { tags, summary: 'API tokens of the municipality', response: { 200: TokenList } } },
    async (request) => listTokens(app.db, authorize(request, canManageIntegrations)),
  );
  app.post(
    '/integrations/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token (the secret is in this answer only)',
        body: TokenCreateBody,
        response: { 201: TokenCreated },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageIntegrations);
      return reply.status(201).send(await createToken(app.db, auth, request.body));
    },
  );
  app.delete(
    '/integrations/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API token',
        params: z.object({ id: z.uuid() }).strict(),
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      await revokeToken(app.db, authorize(request, canManageIntegrations), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
