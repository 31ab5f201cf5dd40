import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { describe } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { DatabaseHandle } from '../server/db/database.ts';
import type { Role } from '../server/db/types.ts';
import { makeMunicipality, makeUnit, makeUser } from '../server/seed/factories.ts';
import { createTestDatabase, postgresUnavailable } from './db.ts';

export const PASSWORD = 'correct horse battery staple';

/** `describe` for integration suites: skipped (with the global setup's message) when the PostgreSQL run has no server. */
export const describeDb = postgresUnavailable() ? describe.skip : describe;

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * The real app in-process on a fresh database of this run's kind (settings as from `env`);
 * `plugins` see every query the app sends.
 */
export async function createTestApp(
  env: NodeJS.ProcessEnv = {},
  plugins: KyselyPlugin[] = [],
): Promise<TestApp> {
  const database = await createTestDatabase();
  for (const plugin of plugins) database.db = database.db.withPlugin(plugin);
  const loaded = loadConfig(env);
  // A fixed test key unless the test sets one: identity-provider secrets are encrypted at rest.
  const config = {
    ...loaded,
    webDir: '/nonexistent-web-dir',
    secretKey: loaded.secretKey ?? 'test-secret-key',
  };
  const app = await buildApp({ database, config });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A municipality with one top unit and one user per role, all with PASSWORD. */
export async function makeTenant(database: DatabaseHandle, slug: string) {
  const db = database.db;
  const municipality = await makeMunicipality(db, { slug, name: `Kommune ${slug}` });
  const unit = await makeUnit(db, municipality.id, {
    name: `Borgerservice ${slug}`,
    kind: 'unit',
    isEntrance: true,
  });
  const users = {} as Record<Role, { id: string; email: string }>;
  for (const role of ['admin', 'analyst', 'staff', 'viewer'] as const) {
    const u = await makeUser(db, municipality.id, {
      email: `${role}@${slug}.dk`,
      name: `${role} ${slug}`,
      role,
      password: PASSWORD,
    });
    users[role] = { id: u.id, email: u.email };
  }
  return { municipality, unit, users };
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Logs in through the API and returns what a browser would keep. */
export async function login(app: FastifyInstance, email: string, password = PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bb_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `bb_session=${cookie.value}`, csrf: res.json().csrfToken };
}

/** A fresh app with one municipality and its analyst signed in: the usual start of a feature test. */
export async function createAppWithAnalyst(slug: string) {
  const t = await createTestApp();
  const tenant = await makeTenant(t.database, slug);
  const analyst = await login(t.app, tenant.users.analyst.email);
  return { t, tenant, analyst };
}

/** Calls the API as a signed-in user, with the CSRF header on writes. */
export function api(
  app: FastifyInstance,
  session: Session,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = session.csrf;
  return app.inject({
    method,
    url: `/api/v1${url}`,
    headers,
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
}
