import type { FastifyInstance } from 'fastify';

// The web app and the public survey pages load only our own files; no inline script is needed.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Two years, the preload list's minimum; only sent when served over HTTPS (secure mode). */
const HSTS = 'max-age=63072000; includeSubDomains';

/** Sets conservative security headers on every answer (the API docs page sets its own CSP). */
export function installSecurityHeaders(app: FastifyInstance, options: { hsts: boolean }) {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (options.hsts) reply.header('strict-transport-security', HSTS);
    if (!request.url.startsWith('/api/v1/docs') && !reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', CSP);
    }
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
