import type { FastifyInstance, FastifyReply } from 'fastify';

interface CspOptions {
  /** Origins allowed to frame the page; none: `frame-ancestors 'none'`. */
  frameAncestors?: readonly string[];
  /** Extra script sources, e.g. the hash of a page's inline script. */
  scriptSources?: readonly string[];
}

/** The content security policy; the default allows only our own files and no framing. */
export function contentSecurityPolicy({ frameAncestors = [], scriptSources = [] }: CspOptions = {}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors.length ? frameAncestors.join(' ') : "'none'"}`,
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

// The web app and the public survey pages load only our own files; no inline script is needed.
const CSP = contentSecurityPolicy();

/** Two years, the preload list's minimum; only sent when served over HTTPS (secure mode). */
const HSTS = 'max-age=63072000; includeSubDomains';

const framable = new WeakSet<FastifyReply>();
// Framing policies by origin list: a cached citizen page sends the same one on every request.
const framingPolicies = new Map<string, string>();

/**
 * Marks an answer as framable by the origins its own CSP names: X-Frame-Options is then left out,
 * since it knows no list of origins (ALLOW-FROM is obsolete) and DENY would contradict the CSP.
 */
export function allowFraming(
  reply: FastifyReply,
  frameAncestors: readonly string[],
  scriptSources: string[],
) {
  framable.add(reply);
  const key = `${frameAncestors.join(' ')}|${scriptSources.join(' ')}`;
  let policy = framingPolicies.get(key);
  if (policy === undefined) {
    policy = contentSecurityPolicy({ frameAncestors, scriptSources });
    if (framingPolicies.size >= 1000) framingPolicies.clear();
    framingPolicies.set(key, policy);
  }
  reply.header('content-security-policy', policy);
}

/** Sets conservative security headers on every answer (the API docs page sets its own CSP). */
export function installSecurityHeaders(app: FastifyInstance, options: { hsts: boolean }) {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // Framable answers: those marked by allowFraming, and the survey preview, which sets SAMEORIGIN itself.
    if (!framable.has(reply) && !reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
    if (options.hsts) reply.header('strict-transport-security', HSTS);
    if (!request.url.startsWith('/api/v1/docs') && !reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', CSP);
    }
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
