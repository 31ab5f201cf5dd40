import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ephemeralKey, SecretBox } from '../crypto/secret-box.ts';
import { installBackgroundTick } from '../runtime/background.ts';
import { openDataAdminRoutes } from './opendata/routes.ts';
import { installBearerAuth } from './tokens/bearer.ts';
import { tokenRoutes } from './tokens/routes.ts';
import { webhookRoutes } from './webhooks/routes.ts';
import { WebhookSender } from './webhooks/sender.ts';
import { WebhookWorker } from './webhooks/worker.ts';

/**
 * Wires the integrations into the app: the secret box, the bearer-token hook (after the session hook,
 * beside it) and the webhook worker, a background tick (server/runtime/background.ts).
 */
export function installIntegrations(app: FastifyInstance) {
  const { config } = app;
  if (!config.secretKey)
    app.log.warn('BORGERBLIK_SECRET_KEY is not set: webhook secrets will not survive a restart');
  app.decorate('secretBox', new SecretBox(config.secretKey ?? ephemeralKey()));
  installBearerAuth(app);
  if (!config.webhookWorker) return;
  const worker = new WebhookWorker(
    app.db,
    app.secretBox,
    new WebhookSender({ allowPrivate: config.webhookAllowPrivate }),
    { retryBaseMs: config.webhookRetryBaseMs },
  );
  // Like every scheduler: one deliverer per database (worker 0), waited for on close.
  installBackgroundTick(app, worker.tick());
}

/** The admins' integration routes under /api/v1. */
export const integrationRoutes: FastifyPluginAsyncZod = async (api) => {
  await api.register(tokenRoutes);
  await api.register(webhookRoutes);
  await api.register(openDataAdminRoutes);
};
