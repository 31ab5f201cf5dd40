import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StartPage } from '../../shared/api/start.ts';
import { withContext } from '../dashboard/context.ts';
import type { SnapshotCache } from '../dashboard/context-cache.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation } from '../policies/index.ts';
import { startPage } from './service.ts';

/**
 * The start page's figures: everyone signed in may read them, as the dashboard. `snapshots` is the
 * dashboard's cache (server/app.ts), so the two pages share one copy of each municipality's units and surveys.
 */
export const startRoutes: FastifyPluginAsyncZod<{ snapshots: SnapshotCache }> = async (
  app,
  { snapshots },
) => {
  app.get(
    '/start',
    {
      schema: {
        tags: ['start'],
        summary: 'How citizens experience the municipality now: index, units, alerts, initiatives, journeys',
        response: { 200: StartPage },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return withContext(app.db, auth, {}, snapshots, (ctx) => startPage(app.db, auth, ctx));
    },
  );
};
