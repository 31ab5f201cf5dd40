import type { FastifyRequest } from 'fastify';
import { type Locale, negotiateLocale } from '../../shared/i18n/locale.ts';

/**
 * The language to answer in: the signed-in user's choice, else the browser's Accept-Language.
 * The profile wins because the web app saves the switcher's choice there.
 */
export function requestLocale(request: FastifyRequest): Locale {
  return request.auth?.locale ?? negotiateLocale(request.headers['accept-language']);
}
