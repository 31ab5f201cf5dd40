import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthResponses } from '../shared/api/system.ts';
import { auditRoutes } from './audit/routes.ts';
import { installAuth } from './auth/plugin.ts';
import { authRoutes } from './auth/routes.ts';
import { citizenSettingsRoutes } from './citizen-settings/routes.ts';
import type { AppConfig } from './config.ts';
import { conformanceRoutes } from './conformance/routes.ts';
import { SnapshotCache } from './dashboard/context-cache.ts';
import { dashboardRoutes } from './dashboard/routes.ts';
import type { DatabaseHandle } from './db/database.ts';
import { eventlogRoutes } from './eventlog/routes.ts';
import { AppError } from './http/app-error.ts';
import { installCompression } from './http/compression.ts';
import {
  clientErrorHandler,
  handleError,
  installErrorHandling,
  MAX_PARAM_LENGTH,
  sendError,
} from './http/error-handler.ts';
import { installInputRule } from './http/input-rule.ts';
import { installOpenApi } from './http/openapi.ts';
import { installRouteContracts } from './http/route-contract.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { responseSerializer } from './http/serializer.ts';
import { installWebApp } from './http/web-app.ts';
import { improvementRoutes } from './improvement/routes.ts';
import { openDataPublicRoutes } from './integrations/opendata/public-routes.ts';
import { installIntegrations, integrationRoutes } from './integrations/plugin.ts';
import { journeyRoutes } from './journeys/routes.ts';
import { kioskPageRoutes } from './kiosk/page-routes.ts';
import { kioskRoutes } from './kiosk/routes.ts';
import { type Clock, systemClock } from './lifecycle/clock.ts';
import { lifecycleRoutes } from './lifecycle/routes.ts';
import { dialogRoutes } from './programmes/dialog-routes.ts';
import { ResponseBatcher } from './public/response-batcher.ts';
import { publicRoutes } from './public/routes.ts';
import { isCitizenPage, sendInputErrorPage } from './public/send-html.ts';
import { accessLog } from './runtime/logging.ts';
import { smileyRoutes } from './smiley/routes.ts';
import { ssoFlowRoutes } from './sso/flow-routes.ts';
import { ssoRoutes } from './sso/routes.ts';
import { startRoutes } from './start/routes.ts';
import { surveyPreviewRoutes } from './surveys/preview-routes.ts';
import { surveyResultRoutes } from './surveys/results-routes.ts';
import { surveyRoutes } from './surveys/routes.ts';
import { translationRoutes } from './translations/routes.ts';
import { unitRoutes } from './units/routes.ts';
import { userRoutes } from './users/routes.ts';

export interface AppDeps {
  database: DatabaseHandle;
  config: AppConfig;
  logger?: FastifyServerOptions['logger'];
  /** Where "now" comes from for the data lifecycle (retention); tests set it. */
  clock?: Clock;
  /**
   * Run the daily retention job in the background (main.ts). Off by default: a test's or benchmark's
   * app must never delete the old rows it set up while it runs.
   */
  scheduleRetention?: boolean;
}

/**
 * Builds the HTTP app around an open database. Pure wiring: every feature lives in its folder and
 * registers its routes under /api/v1. Used by main.ts, the tests (in-process) and the benchmarks.
 */
export async function buildApp({
  database,
  config,
  logger = false,
  clock = systemClock,
  scheduleRetention = false,
}: AppDeps): Promise<FastifyInstance> {
  const { trustProxy } = config;
  const app = Fastify({
    logger,
    // The access line is ours (runtime/logging.ts): one per request, without the client's address.
    logController: accessLog,
    bodyLimit: config.bodyLimit,
    // A hop count becomes proxy-addr's trust function (Fastify's types take no number).
    trustProxy:
      typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    // Survey links and ids are case-sensitive tokens; keep the router strict.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // The router's own refusals (broken %-encoding, over-long parameter) answer in the contract too;
    // on a citizen page with the citizen's HTML page.
    frameworkErrors: (err, request, reply) =>
      isCitizenPage(request)
        ? sendInputErrorPage(request, reply, err.statusCode ?? 400)
        : handleError(err, request, reply, config.bodyLimit),
    clientErrorHandler,
  });
  app.decorate('db', database.db);
  app.decorate('dbKind', database.kind);
  app.decorate('config', config);
  // PGlite has one connection: one statement at a time makes the biggest batches. On PostgreSQL two in
  // flight overlap one commit with the next batch's gathering (measured: bench/survey-submit.ts).
  app.decorate(
    'responses',
    new ResponseBatcher(database.db, { maxInFlight: database.kind === 'pglite' ? 1 : 2 }),
  );
  // Responses still being written are acknowledged only after their commit: let them finish first.
  app.addHook('onClose', () => app.responses.drain());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(config.checkResponses));
  installRouteContracts(app);

  installErrorHandling(app, config.bodyLimit);
  installInputRule(app);
  installSecurityHeaders(app, { hsts: config.secureCookies });
  installCompression(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('rate_limited'),
  });
  // The bearer-token hook runs first; the session hook then leaves token requests alone.
  installIntegrations(app);
  installAuth(app);
  await installOpenApi(app, config.secureCookies);

  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(unitRoutes);
      await api.register(userRoutes);
      await api.register(auditRoutes);
      await api.register(dialogRoutes);
      await api.register(improvementRoutes);
      await api.register(surveyRoutes);
      await api.register(surveyResultRoutes);
      await api.register(surveyPreviewRoutes);
      await api.register(kioskRoutes);
      await api.register(translationRoutes);
      await api.register(smileyRoutes);
      // Settings, units and surveys per municipality, checked against the database on every use; one
      // cache for the dashboard and the start page, which read the same snapshots.
      const snapshots = new SnapshotCache();
      await api.register(dashboardRoutes, { snapshots });
      await api.register(startRoutes, { snapshots });
      await api.register(journeyRoutes);
      await api.register(conformanceRoutes);
      await api.register(eventlogRoutes, { database });
      await api.register(lifecycleRoutes, { clock, scheduleRetention });
      await api.register(integrationRoutes);
      await api.register(ssoRoutes);
      await api.register(citizenSettingsRoutes);
    },
    { prefix: '/api/v1' },
  );

  app.get(
    '/healthz',
    { schema: { tags: ['system'], summary: 'Health', response: healthResponses } },
    async (_request, reply) => {
      try {
        await sql`select 1`.execute(app.db);
        return { status: 'ok', database: app.dbKind };
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: app.dbKind });
      }
    },
  );

  // Citizen-facing survey pages and the kiosk live outside /api: short addresses, no session.
  await app.register(publicRoutes);
  await app.register(kioskPageRoutes);
  await app.register(openDataPublicRoutes);
  // Sign-in through the municipality's identity provider: browser redirects, outside /api.
  await app.register(ssoFlowRoutes);

  const hasWebApp = await installWebApp(app, config.webDir);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // Client-side routes of the web app (e.g. /units) load index.html; the router takes over there.
    if (hasWebApp && request.method === 'GET' && !path.startsWith('/api/') && !path.includes('.')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(request, reply, new AppError('route_not_found', { method: request.method, url: path }));
  });
  return app;
}
