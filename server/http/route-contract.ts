import type { FastifyInstance, FastifySchema } from 'fastify';
import { ErrorBody } from '../../shared/api/common.ts';

/** What a registered route promises to answer: its method, address and response statuses. */
export interface RouteContract {
  method: string;
  url: string;
  /** The statuses (`200`, `4xx`, …) with a declared response schema; empty when none is declared. */
  statuses: string[];
}

const contracts = new WeakMap<FastifyInstance, RouteContract[]>();

/**
 * Adds the one error contract (`{error:{code,message,fields?}}`) as the `4xx` and `5xx` responses of
 * every route that declares its responses and names no error shape of its own, so each route states
 * it once and the OpenAPI document shows it. Records every route, so a test can fail for a route
 * without a response schema. Install before the routes: `onRoute` sees only later registrations.
 */
export function installRouteContracts(app: FastifyInstance) {
  const routes: RouteContract[] = [];
  contracts.set(app, routes);
  app.addHook('onRoute', (route) => {
    const schema: FastifySchema = route.schema ?? {};
    const response = schema.response as Record<string, unknown> | undefined;
    if (response) {
      const errors = { '4xx': response['4xx'] ?? ErrorBody, '5xx': response['5xx'] ?? ErrorBody };
      // Outside /api (citizen pages, kiosk, health) no session is asked for: say so in the document.
      const security = route.url.startsWith('/api/') ? {} : { security: [] };
      route.schema = { ...schema, ...security, response: { ...response, ...errors } };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const statuses = Object.keys((route.schema?.response as object | undefined) ?? {});
    for (const method of methods) routes.push({ method, url: route.url, statuses });
  });
}

/** The routes registered on an app (built by `buildApp`), in registration order. */
export function routeContracts(app: FastifyInstance): readonly RouteContract[] {
  return contracts.get(app) ?? [];
}
