import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { complaintRoutes } from '../complaints/routes.ts';
import { pulseRoutes } from '../pulse/routes.ts';
import { programmeRoutes } from './routes.ts';

/**
 * The dialog programme's API in one plugin, so the app registers it with one line: the complaints
 * register, the employee pulse and the programme plan with its four-goal view.
 */
export const dialogRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(complaintRoutes);
  await app.register(pulseRoutes);
  await app.register(programmeRoutes);
};
