import { z } from 'zod';

/**
 * Shapes every feature's wire schemas share. `shared/api/` is pure zod: the server validates requests
 * and responses with these schemas, the OpenAPI document is generated from them, and the web app takes
 * its types from them with `z.infer` (type-only imports, so no schema code is bundled for a type).
 */

/** One invalid field of a refused request, localised. */
export const FieldErrorBody = z.object({ path: z.string(), message: z.string() });

/** The API's one error contract, sent with every 4xx (and 5xx) status. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('one of the error codes in shared/i18n/error-codes.ts'),
      message: z.string().describe("localised to the caller's language"),
      fields: z.array(FieldErrorBody).optional(),
    }),
  })
  .describe('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

/** An answer without a body (204). */
export const NoContent = z.null().describe('No content');

/** A redirect (303 See Other) to the page the `location` header names. */
export const SeeOther = z.null().describe('See Other: the location header names the next page');

/** What a handler may send as a file: text, bytes, or a stream of either (a spreadsheet export). */
export type FileBody = string | Uint8Array | { pipe: (...args: never[]) => unknown };
const isFileBody = (v: unknown) =>
  typeof v === 'string' || v instanceof Uint8Array || (typeof v === 'object' && v !== null && 'pipe' in v);

/**
 * A response that is not JSON: a page, a file or an image, declared by its content type(s) and documented
 * as a (binary) string. Fastify sends such bodies as they are, without the JSON serializer.
 */
export function fileResponse(contentType: string | readonly string[], description: string, binary = false) {
  const schema = z
    .custom<FileBody>(isFileBody)
    .meta(binary ? { type: 'string', format: 'binary' } : { type: 'string' });
  const types = typeof contentType === 'string' ? [contentType] : contentType;
  return { description, content: Object.fromEntries(types.map((t) => [t, { schema }])) };
}

/** The content type of an Excel workbook (.xlsx). */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An ISO 8601 timestamp as the API sends it. */
export const Timestamp = z.string().describe('ISO 8601 date-time');
