import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, errorMessage } from '../../shared/i18n/errors.ts';
import { fieldMessage } from '../../shared/i18n/fields.ts';
import { AppError } from './app-error.ts';
import { requestLocale } from './locale.ts';
import { issueToFieldError } from './zod-issues.ts';

/** Fastify's own client errors, by code, mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_BAD_URL: 'malformed_url',
  FST_ERR_MAX_PARAM_LENGTH: 'url_too_long',
};

/** The router's limit on one path parameter (Fastify's default is 100; survey tokens and ids are shorter). */
export const MAX_PARAM_LENGTH = 100;

function toAppError(err: FastifyError, request: FastifyRequest, bodyLimit: number): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    return new AppError(
      'validation_failed',
      {},
      err.validation.flatMap((issue) =>
        issueToFieldError(issue, err.validationContext, requestPart(request, err.validationContext)),
      ),
    );
  }
  if (err instanceof SyntaxError || (err.code && FASTIFY_CODES[err.code] === 'malformed_json')) {
    const position = /position (\d+)/.exec(err.message)?.[1] ?? '0';
    return new AppError('malformed_json', { position });
  }
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped === 'payload_too_large') return new AppError(mapped, { limit: bodyLimit });
  if (mapped === 'url_too_long') return new AppError(mapped, { limit: MAX_PARAM_LENGTH });
  if (mapped) return new AppError(mapped);
  if (err.statusCode === 429) return new AppError('rate_limited');
  if (err.statusCode === 404) return new AppError('not_found');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
    return new AppError('validation_failed');
  return new AppError('internal');
}

function requestPart(request: FastifyRequest, context: string | undefined): unknown {
  if (context === 'querystring') return request.query;
  if (context === 'params') return request.params;
  if (context === 'headers') return request.headers;
  return request.body;
}

/** Sends an error in the API's one shape, localised; never a stack trace. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const locale = requestLocale(request);
  const fields = error.fields.map((f) => ({
    path: f.path,
    message: fieldMessage(locale, f.problem, f.params),
  }));
  return reply.status(error.status).send({
    error: {
      code: error.code,
      // A message with a {reason} takes the first field's localised message (an import file's problem).
      message: errorMessage(
        locale,
        error.code,
        fields[0] ? { reason: fields[0].message, ...error.params } : error.params,
      ),
      ...(fields.length ? { fields } : {}),
    },
  });
}

/** Installs the error handler for the whole app. */
export function installErrorHandling(app: FastifyInstance, bodyLimit: number) {
  app.setErrorHandler((err: FastifyError, request, reply) => handleError(err, request, reply, bodyLimit));
}

/** Logs and answers any error in the contract (also used for the router's own errors, see app.ts). */
export function handleError(
  err: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
  bodyLimit: number,
) {
  const appError = toAppError(err, request, bodyLimit);
  if (appError.code === 'internal') request.log.error({ err }, 'unhandled error');
  else if (appError.status >= 400) request.log.info({ code: appError.code }, 'client error');
  if (appError.code === 'rate_limited' && reply.getHeader('retry-after') === undefined) {
    reply.header('retry-after', '60');
  }
  return sendError(request, reply, appError);
}

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (bad header bytes, a malformed
 * request line); answer those in the contract too, in Danish (there is no request to negotiate with).
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:net').Socket) {
  if (!socket.writable) return socket.destroy();
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const code: ErrorCode = tooLarge ? 'payload_too_large' : 'validation_failed';
  const body = JSON.stringify({
    error: { code, message: errorMessage('da', code, { limit: 16384 }) },
  });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
      'content-type: application/json; charset=utf-8\r\nconnection: close\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
