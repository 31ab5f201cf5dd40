import type { FastifyInstance } from 'fastify';

/** A tiny cookie jar per host: enough for the providers' own session cookies. */
export class CookieJar {
  private readonly jar = new Map<string, Map<string, string>>();

  header(url: string): string {
    const host = new URL(url).host;
    return [...(this.jar.get(host) ?? new Map())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(url: string, setCookies: string[]) {
    const host = new URL(url).host;
    const map = this.jar.get(host) ?? new Map<string, string>();
    for (const c of setCookies) {
      const [pair] = c.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair && eq > 0) map.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    this.jar.set(host, map);
  }
}

/**
 * Follows the identity provider's redirects like a browser until it sends the browser back to
 * `stopPrefix` (Borgerblik); signs `account` in at the interaction page on the way.
 */
export async function throughOidcIdp(
  authUrl: string,
  account: string,
  stopPrefix: string,
  jar = new CookieJar(),
) {
  let url = authUrl;
  let method = 'GET';
  let body: string | undefined;
  for (let hop = 0; hop < 15; hop++) {
    if (url.startsWith(stopPrefix)) return url;
    const res = await fetch(url, {
      method,
      redirect: 'manual',
      headers: {
        cookie: jar.header(url),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(body ? { body } : {}),
    });
    jar.store(url, res.headers.getSetCookie());
    const location = res.headers.get('location');
    const interaction = /\/interaction\/[^/?]+$/.exec(new URL(url).pathname);
    if (location) {
      url = new URL(location, url).href;
      method = 'GET';
      body = undefined;
    } else if (interaction && method === 'GET') {
      url = `${url}/login`;
      method = 'POST';
      body = new URLSearchParams({ account }).toString();
    } else {
      throw new Error(`IdP stopped at ${url}: ${res.status} ${await res.text()}`);
    }
  }
  throw new Error('too many redirects');
}

/** The cookie value of a name from an inject response. */
export function cookieOf(res: { cookies: Array<{ name: string; value: string }> }, name: string) {
  return res.cookies.find((c) => c.name === name)?.value;
}

/** Starts a provider login in the app; answers the provider URL and the binding cookie. */
export async function startLogin(app: FastifyInstance, slug: string, providerId: string) {
  const res = await app.inject({ method: 'GET', url: `/sso/${slug}/${providerId}/start` });
  if (res.statusCode !== 302) throw new Error(`start: ${res.statusCode} ${res.headers.location}`);
  return { location: String(res.headers.location), binding: cookieOf(res, 'bb_sso') ?? '' };
}
