import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterEach, describe, expect, inject } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
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
  close(): Promise<void>;
}

/**
 * The real app with the demo seed on an in-memory PGlite, listening on a random loopback port. The database
 * starts from the migrated-and-seeded template made once by `e2e/template-global-setup.ts`; without it
 * (a file run outside the e2e project) it migrates and seeds itself.
 */
export async function startServer(): Promise<E2EServer> {
  const template = inject('e2eTemplate');
  const database = template
    ? await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(template)]) })
    : await openDatabase({ dataDir: 'memory://' });
  if (!template) {
    await migrateToLatest(database.db);
    await seedDemo(database.db, DEMO_PASSWORD);
  }
  const app = await buildApp({ database, config: { ...loadConfig({}), webDir } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await database.close();
    },
  };
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

/** A test's own browser context, signed in through the API, with a page and the CSRF token for API writes. */
export interface SignedIn {
  context: BrowserContext;
  page: Page;
  csrf: string;
}

/**
 * Each test's own browser contexts (call inside `describe`): `context()` opens one with the server as
 * `baseURL`, `signedIn()` one signed in through the API with a page; all are closed after the test, even
 * when it fails, so no test sees another's cookies, storage or open page.
 */
export function contextsPerTest(getBrowser: () => Browser, getBaseUrl: () => string) {
  const open: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  async function context(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const created = await getBrowser().newContext({ baseURL: getBaseUrl(), ...options });
    open.push(created);
    return created;
  }
  async function signedIn(email = DEMO_ADMIN_EMAIL, options: BrowserContextOptions = {}): Promise<SignedIn> {
    const created = await context({ locale: 'da-DK', ...options });
    const csrf = await logInByApi(created.request, getBaseUrl(), email);
    return { context: created, page: await created.newPage(), csrf };
  }
  return { context, signedIn };
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
