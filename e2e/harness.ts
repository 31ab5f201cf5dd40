import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { type APIRequestContext, type Browser, chromium, type Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import type { Database } from '../server/db/types.ts';
import { DEMO_ADMIN_EMAIL, seedDemo } from '../server/seed/demo.ts';
import { DEMO_PASSWORD } from './demo-password.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export { DEMO_ADMIN_EMAIL, DEMO_PASSWORD };

const webDir = resolve('dist/web');

function browserMissingReason(): string | undefined {
  if (!existsSync(CHROMIUM)) return `no browser at ${CHROMIUM} (apt-get install chromium)`;
  if (!existsSync(resolve(webDir, 'index.html'))) return 'the web app is not built (npm run build:web)';
  return undefined;
}

const missing = browserMissingReason();
if (missing && process.env.CI === 'true')
  throw new Error(`CI=true and the end-to-end suite cannot run: ${missing}`);
if (missing) console.warn(`[e2e] skipped: ${missing}`);

/** `describe` for browser suites: skipped with a message locally when Chromium is missing; never in CI. */
export const describeE2E = missing ? describe.skip : describe;

export interface E2EServer {
  baseUrl: string;
  /** The app's database, for set-up that the API does not offer. */
  db: Kysely<Database>;
  close(): Promise<void>;
}

/** What a file's server needs beyond the demo template. */
export interface ServerOptions {
  /** Rows beyond the demo seed, written before the app starts. */
  seed?: (db: Kysely<Database>) => Promise<void>;
  /** Environment variables the app reads when it starts: set while it starts, restored after. */
  env?: Record<string, string>;
  /** The app's public address is the one it listens on (links it sends elsewhere, SSO callbacks). */
  publicUrl?: boolean;
}

/**
 * The real app with the demo seed on an in-memory PGlite, listening on a random loopback port. The database
 * starts from the migrated-and-seeded template made once by `e2e/template-global-setup.ts`; without it
 * (a file run outside the e2e project) it migrates and seeds itself.
 */
export async function startServer(options: ServerOptions = {}): Promise<E2EServer> {
  const saved = Object.entries(options.env ?? {}).map(([name, value]) => {
    const old = process.env[name];
    process.env[name] = value;
    return () => {
      if (old === undefined) delete process.env[name];
      else process.env[name] = old;
    };
  });
  try {
    const template = inject('e2eTemplate');
    const database = template
      ? await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(template)]) })
      : await openDatabase({ dataDir: 'memory://' });
    if (!template) {
      await migrateToLatest(database.db);
      await seedDemo(database.db, DEMO_PASSWORD);
    }
    await options.seed?.(database.db);
    const config = { ...loadConfig({}), webDir };
    const app = await buildApp({ database, config });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const baseUrl = `http://127.0.0.1:${port}`;
    // Known only once listening; no request has been served yet.
    if (options.publicUrl) config.publicUrl = baseUrl;
    return {
      baseUrl,
      db: database.db,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } finally {
    for (const restore of saved) restore();
  }
}

/** Signs in through the login page (the demo admin by default) and waits until the app has left it. */
export async function logIn(page: Page, baseUrl: string, email = DEMO_ADMIN_EMAIL, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs in through the API (no login page): the session cookie lands in the request's browser context. */
export async function logInByApi(request: APIRequestContext, baseUrl: string, email = DEMO_ADMIN_EMAIL) {
  const login = await request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  return (await (await request.get(`${baseUrl}/api/v1/auth/me`)).json()).csrfToken as string;
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core (WCAG 2.1 A/AA rules) in the page; returns serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
