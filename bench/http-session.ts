/**
 * A user signed in over HTTP, as the benchmarks talk to a server on loopback (in-process or compiled):
 * the session cookie a browser would keep and the CSRF token it sends on every write. One place for
 * "log in → read the cookie → read the token → send it on writes", so a change to the login answer
 * or the cookie breaks one file, not every benchmark.
 */
import type { AddressInfo } from 'node:net';
import { SESSION_COOKIE } from '../server/auth/session-token.ts';

export interface HttpSession {
  /** The server's origin, e.g. `http://127.0.0.1:3000`. */
  origin: string;
  /** `bb_session=…`, as the Cookie header carries it. */
  cookie: string;
  /** The login answer's csrfToken, sent as X-CSRF-Token on writes. */
  csrf: string;
  /** Headers of a read: the cookie. */
  readHeaders: { cookie: string };
  /** Headers of a write: the cookie and the CSRF token. */
  writeHeaders: { cookie: string; 'x-csrf-token': string };
  /** The full URL of an API path (`/dashboard/overview?…` → `<origin>/api/v1/dashboard/overview?…`). */
  url: (path: string) => string;
  /** GET an API path as this user (extra headers, e.g. accept-encoding, on top); the answer unread. */
  get: (path: string, headers?: Record<string, string>) => Promise<Response>;
  /** POST a JSON body to an API path as this user, with the CSRF token; the answer unread. */
  post: (path: string, body: unknown) => Promise<Response>;
  /** The same headers as curl arguments (`-H 'cookie: …'`), with the CSRF token for a write. */
  curlHeaders: (write?: boolean) => string[];
}

/**
 * Logs in with email and password at `origin` (`POST /api/v1/auth/login`); throws when the server
 * refuses or sends no session cookie, so a benchmark never times 401s.
 */
export async function logIn(origin: string, email: string, password: string): Promise<HttpSession> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
  const cookie = sessionCookie(res.headers.getSetCookie());
  const body: unknown = await res.json();
  const csrf =
    typeof body === 'object' && body !== null && 'csrfToken' in body && typeof body.csrfToken === 'string'
      ? body.csrfToken
      : undefined;
  if (!csrf) throw new Error(`login for ${email} answered no csrfToken`);
  const readHeaders = { cookie };
  const writeHeaders = { cookie, 'x-csrf-token': csrf };
  const url = (path: string) => `${origin}/api/v1${path}`;
  return {
    origin,
    cookie,
    csrf,
    readHeaders,
    writeHeaders,
    url,
    get: (path, headers = {}) => fetch(url(path), { headers: { ...headers, ...readHeaders } }),
    post: (path, body) =>
      fetch(url(path), {
        method: 'POST',
        headers: { ...writeHeaders, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    curlHeaders: (write = false) =>
      Object.entries(write ? writeHeaders : readHeaders).flatMap(([k, v]) => ['-H', `${k}: ${v}`]),
  };
}

/**
 * The session cookie (`bb_session=…`, attributes dropped) among a login answer's Set-Cookie headers;
 * throws without one. Also for `app.inject` answers, whose header is a string or a list.
 */
export function sessionCookie(setCookie: string | readonly string[] | undefined): string {
  const all = typeof setCookie === 'string' ? [setCookie] : (setCookie ?? []);
  const cookie = all.map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`the login answer set no ${SESSION_COOKIE} cookie`);
  return cookie;
}

/** The origin of a server listening on 127.0.0.1 (`app.server.address()`, port 0 picked by the OS). */
export function loopbackOrigin(address: AddressInfo | string | null): string {
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}
