import { type FastifyReply, type FastifyRequest, type FastifyServerOptions, LogController } from 'fastify';

/**
 * The server's logger: JSON lines at `level` on `stream` (stdout unless given). A request in any line
 * shows as its method and the route's pattern only: never the client's address (citizens stay
 * anonymous, in the log too) nor the address as asked (a survey token, a reset token, a search).
 */
export function serverLogger(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  const serializers = { req: requestShown };
  return stream ? { level, stream, serializers } : { level, serializers };
}

function requestShown(request: { method?: string; routeOptions?: { url?: string } }) {
  return { method: request.method, route: request.routeOptions?.url ?? null };
}

/**
 * One access line per request, written when the answer has gone: method, route pattern, status and
 * milliseconds (Fastify's own pair of lines, "incoming request" and "request completed", carried the
 * client's address and the full URL).
 */
class AccessLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      ...requestShown(request),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request');
    else reply.log.info(line, 'request');
  }
}

export const accessLog = new AccessLog();
