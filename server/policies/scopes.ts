import type { Scope } from '../../shared/api/integrations.ts';

/**
 * Which API-token scope each route needs: the one place that decides it. A route is matched by its
 * method kind (read = GET/HEAD, write = everything else) and the longest path prefix under /api/v1.
 * `session` routes are for people only (accounts, audit, tokens themselves); `public` routes need no
 * caller at all. A route that matches no rule is `session` (tokens refused), and the scope test fails
 * until it is classified here.
 */
export type RouteScope = Scope | 'session' | 'public';
type Kind = 'read' | 'write';

/** [prefix, scope for reads, scope for writes] */
const RULES: ReadonlyArray<readonly [string, RouteScope, RouteScope]> = [
  ['/auth', 'session', 'session'],
  ['/users', 'session', 'session'],
  ['/audit', 'session', 'session'],
  ['/integrations', 'session', 'session'],
  ['/lifecycle', 'session', 'session'],
  ['/sso', 'session', 'session'],
  ['/sso/login-options', 'public', 'public'],
  ['/openapi.json', 'public', 'public'],
  ['/units', 'organisation:read', 'session'],
  ['/dashboard', 'dashboard:read', 'session'],
  ['/start', 'dashboard:read', 'session'],
  ['/surveys', 'surveys:read', 'surveys:write'],
  ['/citizen-settings', 'surveys:read', 'session'],
  ['/kiosks', 'surveys:read', 'surveys:write'],
  ['/translations', 'surveys:read', 'surveys:write'],
  ['/eventlogs', 'eventlogs:read', 'eventlogs:write'],
  ['/complaints', 'complaints:read', 'complaints:write'],
  ['/journeys', 'journeys:read', 'journeys:write'],
  ['/improvement', 'improvement:read', 'improvement:write'],
  ['/programmes', 'dialog:read', 'dialog:write'],
  ['/pulse', 'dialog:read', 'dialog:write'],
  ['/pulse/answer', 'public', 'public'],
  ['/public', 'public', 'public'],
];

const API_PREFIX = '/api/v1';

function kindOf(method: string): Kind {
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

function matches(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The rule for a route pattern (e.g. `/api/v1/eventlogs/:id/file`), or undefined when none applies. */
export function ruleScope(method: string, routeUrl: string): RouteScope | undefined {
  if (!routeUrl.startsWith(`${API_PREFIX}/`)) return undefined;
  const path = routeUrl.slice(API_PREFIX.length);
  let best: (typeof RULES)[number] | undefined;
  for (const rule of RULES) {
    if (matches(path, rule[0]) && (!best || rule[0].length > best[0].length)) best = rule;
  }
  if (!best) return undefined;
  return kindOf(method) === 'read' ? best[1] : best[2];
}

/** The scope a token needs for a route; unclassified routes are for sessions only. */
export function routeScope(method: string, routeUrl: string): RouteScope {
  return ruleScope(method, routeUrl) ?? 'session';
}
