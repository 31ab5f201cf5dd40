/**
 * Web origins allowed to frame a municipality's survey pages (CSP `frame-ancestors`). Pure, so the
 * admin screen checks an entry the same way the server does before it is saved.
 *
 * Why a hand-written parser: `shared/` has no `URL` (it is typed for the language only), and an origin
 * is a small grammar: scheme, host, optional port, nothing else. Paths, queries, user names and
 * wildcards are refused rather than silently dropped, so what the admin typed is what the CSP says.
 */

/** At most this many origins per municipality: a CSP header must stay short. */
export const MAX_EMBED_ORIGINS = 20;

/** Host names that may be used over plain http: a developer's own machine. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const ORIGIN = /^(https?):\/\/([^/:?#@\s[\]]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?\/?$/i;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export type OriginProblem = 'embed_origin_invalid' | 'embed_origin_https';

/** True when the host is neither a DNS name with a dot (or localhost), an IPv4 address nor a bracketed IPv6 one. */
function hostProblem(host: string): boolean {
  if (host.startsWith('[')) return false;
  const v4 = IPV4.exec(host);
  if (v4) return v4.slice(1).some((part) => Number(part) > 255);
  const labels = host.split('.');
  // A single label is fine only for localhost; a public site always has a dot.
  if (labels.length < 2 && host !== 'localhost') return true;
  return labels.some((label) => !LABEL.test(label)) || /^\d+$/.test(labels[labels.length - 1] ?? '');
}

/**
 * Normalises one origin (`https://www.kommune.dk`, lower-case, default port dropped, no trailing
 * slash) or says why it cannot be used: not an origin at all, or plain http off the loopback host.
 */
export function parseEmbedOrigin(input: string): { origin: string } | { problem: OriginProblem } {
  const match = ORIGIN.exec(input.trim());
  if (!match) return { problem: 'embed_origin_invalid' };
  const scheme = (match[1] ?? '').toLowerCase();
  const host = (match[2] ?? '').toLowerCase();
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (hostProblem(host) || (port !== undefined && (port < 1 || port > 65535)))
    return { problem: 'embed_origin_invalid' };
  if (scheme === 'http' && !LOOPBACK.has(host)) return { problem: 'embed_origin_https' };
  const defaultPort = scheme === 'https' ? 443 : 80;
  const suffix = port === undefined || port === defaultPort ? '' : `:${port}`;
  return { origin: `${scheme}://${host}${suffix}` };
}
