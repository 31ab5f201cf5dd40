import type { FastifyInstance, FastifyServerOptions } from 'fastify';

/** The server's logger: JSON lines at `level` on `stream` (stdout unless given), written as they come. */
export function serverLogger(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return stream ? { level, stream } : { level };
}

/**
 * One access line per request, written when the answer has gone: method, the route's pattern (not the
 * address as asked: a survey token, a reset token or a search must not land in the log), status and
 * milliseconds. Never the client's address: citizens stay anonymous, in the log too (Fastify's own
 * request logging, which writes `remoteAddress` twice per request, is off: `disableRequestLogging`).
 */
export function installAccessLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });
}
