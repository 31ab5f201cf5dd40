import type { FastifyPluginAsync } from 'fastify';
import { adviceRoutes } from './advice/routes.ts';
import { boardRoutes } from './board/routes.ts';
import { evaluationRoutes } from './evaluation/routes.ts';
import { ideaRoutes } from './ideas/routes.ts';
import { initiativeRoutes } from './initiatives/routes.ts';
import { interviewRoutes } from './interviews/routes.ts';
import { openSessionRoutes } from './observations/open-routes.ts';
import { observationRoutes } from './observations/routes.ts';

/**
 * The improvement cycle (Observe → Find on → Try) under /api/v1/improvement, plus the public report
 * link. Each resource registers its own routes; this plugin only groups them.
 */
export const improvementRoutes: FastifyPluginAsync = async (app) => {
  await app.register(observationRoutes);
  await app.register(openSessionRoutes);
  await app.register(interviewRoutes);
  await app.register(boardRoutes);
  await app.register(ideaRoutes);
  await app.register(initiativeRoutes);
  await app.register(evaluationRoutes);
  await app.register(adviceRoutes);
};
