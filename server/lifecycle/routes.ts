import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { LifecycleDeps } from './clock.ts';
import { complianceRoutes } from './compliance/routes.ts';
import { erasureRoutes } from './erasure/routes.ts';
import { exportRoutes } from './export/routes.ts';
import { retentionRoutes } from './retention/routes.ts';
import { installRetentionScheduler, RetentionRunner } from './retention/scheduler.ts';

/** The data lifecycle under /api/v1/lifecycle: retention, holds, export, offboarding, compliance, erasure. */
export const lifecycleRoutes: FastifyPluginAsyncZod<LifecycleDeps & { scheduleRetention: boolean }> = async (
  app,
  { clock, scheduleRetention },
) => {
  const runner = new RetentionRunner(app, clock);
  // A run asked for on the page finishes before the database closes.
  app.addHook('onClose', () => runner.drain());
  if (scheduleRetention) installRetentionScheduler(app, runner);
  await app.register(retentionRoutes, { clock, runner });
  await app.register(exportRoutes, { clock });
  await app.register(complianceRoutes, { clock });
  await app.register(erasureRoutes);
};
