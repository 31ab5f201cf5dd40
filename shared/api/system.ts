import { z } from 'zod';
import { fileResponse } from './common.ts';

/** `/healthz`: whether the server can reach its database (503 when it cannot). */
export const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgres']),
});
export const healthResponses = { 200: Health, '5xx': Health };

/** The OpenAPI document itself (a JSON object; its shape is OpenAPI 3's). */
export const openApiResponses = { 200: z.record(z.string(), z.unknown()).describe('OpenAPI 3 document') };

/** The web app's page; the router in the browser takes over from there. */
export const webAppResponses = { 200: fileResponse('text/html', 'The web app (index.html)') };
