import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StartPage } from '../../shared/api/start.ts';
import { withContext } from '../dashboard/context.ts';
import { SnapshotCache } from '../dashboard/context-cache.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation } from '../policies/index.ts';
import { startPage } from './service.ts';

/** The start page's figures: everyone signed in may read them, as the dashboard. */
export const startRoutes: FastifyPluginAsyncZod = async (app) => {
  const snapshots = new SnapshotCache();
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
