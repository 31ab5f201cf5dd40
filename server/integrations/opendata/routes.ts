import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OpenDataBody, OpenDataStatus } from '../../../shared/api/integrations.ts';
import { authorize } from '../../policies/authorize.ts';
import { canManageIntegrations } from '../../policies/index.ts';
import { openDataStatus, setOpenData } from './service.ts';

/** The open-data switch (admins); the published files are in public-routes.ts. */
export const openDataAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['integrations'];
  app.get(
    '/integrations/open-data',
    {
      schema: {
        tags,
        summary: 'Whether the municipality publishes open data, and where',
        response: { 200: OpenDataStatus },
      },
    },
    async (request) => openDataStatus(app.db, authorize(request, canManageIntegrations)),
  );
  app.patch(
    '/integrations/open-data',
    {
      schema: {
        tags,
        summary: 'Publish or withdraw the open data',
        body: OpenDataBody,
        response: { 200: OpenDataStatus },
      },
    },
    async (request) => setOpenData(app.db, authorize(request, canManageIntegrations), request.body.enabled),
  );
};

export const OpenDataQuery = z
  .object({
    from: z
      .string()
      .regex(/^\d{4}-\d{2}$/, 'month must be YYYY-MM')
      .optional(),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}$/, 'month must be YYYY-MM')
      .optional(),
  })
  .strict();
