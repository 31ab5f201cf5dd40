import type { Kysely } from 'kysely';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Database } from '../server/db/types.ts';
import {
  DEMO_ADMIN_EMAIL,
  type E2EServer,
  launchBrowser,
  logIn,
  logInByApi,
  type ServerOptions,
  startServer,
} from './harness.ts';

/** A test's own browser context, signed in through the API, with a page and the CSRF token for API writes. */
export interface SignedIn {
  context: BrowserContext;
  page: Page;
  csrf: string;
}

/** The page `useE2E` opens for each test in a context of its own, signed in through the login page. */
export interface PageOptions {
  /** The page's browser context (the server is its `baseURL`). */
  context?: BrowserContextOptions;
  /** Who signs in: the demo admin by default; `false` leaves the page signed out (and blank). */
  user?: string | false;
  /** After signing in, wait for the start page's level-1 heading: any (`true`) or the one named. */
  heading?: true | string;
  /** Record long tasks (> 50 ms on the main thread, what a user feels as a frozen page) in `window.__longTasks`. */
  longTasks?: boolean;
  /** The page's default timeout for actions and waits (Playwright's 30 s otherwise). */
  timeout?: number;
}

/** What differs between the e2e files: the server's data, a one-off set-up, the page each test gets. */
export interface E2EOptions extends ServerOptions {
  /**
   * The file's one-off set-up once the server and browser run (data through the API, companion servers);
   * what it hands to `onClose` is closed after the browser, before the server (even if the set-up fails).
   */
  setup?: (e2e: {
    baseUrl: string;
    browser: Browser;
    db: Kysely<Database>;
    onClose: (close: () => Promise<unknown>) => void;
  }) => Promise<void>;
  page?: PageOptions;
  /** Timeout of the set-up hooks (and of each test's page); the project's `hookTimeout` otherwise. */
  hookTimeout?: number;
}

export interface E2E {
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly db: Kysely<Database>;
  /** The test's own page (option `page`). */
  readonly page: Page;
  /** A context of the test's own with the server as `baseURL`, closed after the test. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A context of the test's own (Danish unless `options` say otherwise) signed in through the API, with a page. */
  signedIn(email?: string, options?: BrowserContextOptions): Promise<SignedIn>;
}

function recordLongTasks() {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`useE2E: no ${what} (read it inside a test or hook)`);
  return value;
}

/**
 * A browser suite's server and browser (call inside `describe`): the app on loopback from the demo template
 * and Debian's Chromium start once for the file (`beforeAll`) and stop after it; every test's contexts are
 * closed after the test, even when it fails, so no test sees another's cookies, storage or open page.
 */
export function useE2E(options: E2EOptions = {}): E2E {
  const { setup, page: pageOptions, hookTimeout, ...serverOptions } = options;
  let server: E2EServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const closers: (() => Promise<unknown>)[] = [];
  const open: BrowserContext[] = [];

  const e2e: E2E = {
    get baseUrl() {
      return required(server, 'server').baseUrl;
    },
    get browser() {
      return required(browser, 'browser');
    },
    get db() {
      return required(server, 'server').db;
    },
    get page() {
      return required(page, 'page (option `page`)');
    },
    async context(contextOptions = {}) {
      const created = await e2e.browser.newContext({ baseURL: e2e.baseUrl, ...contextOptions });
      open.push(created);
      return created;
    },
    async signedIn(email = DEMO_ADMIN_EMAIL, contextOptions = {}) {
      const created = await e2e.context({ locale: 'da-DK', ...contextOptions });
      const csrf = await logInByApi(created.request, e2e.baseUrl, email);
      return { context: created, page: await created.newPage(), csrf };
    },
  };

  async function openPage(context: BrowserContext, o: PageOptions): Promise<Page> {
    if (o.longTasks) await context.addInitScript(recordLongTasks);
    const created = await context.newPage();
    if (o.timeout) created.setDefaultTimeout(o.timeout);
    if (o.user === false) return created;
    await logIn(created, e2e.baseUrl, o.user);
    if (o.heading === true) await created.getByRole('heading', { level: 1 }).first().waitFor();
    else if (o.heading) await created.getByRole('heading', { name: o.heading, level: 1 }).waitFor();
    return created;
  }

  beforeAll(async () => {
    server = await startServer(serverOptions);
    browser = await launchBrowser();
    await setup?.({
      baseUrl: server.baseUrl,
      browser,
      db: server.db,
      onClose: (close) => closers.push(close),
    });
  }, hookTimeout);
  afterAll(async () => {
    await browser?.close();
    for (const close of closers.splice(0)) await close();
    await server?.close();
  });
  if (pageOptions)
    beforeEach(async () => {
      page = await openPage(await e2e.context(pageOptions.context), pageOptions);
    }, hookTimeout);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  return e2e;
}
