import { z } from 'zod';
import { ErrorBody, fileResponse, SeeOther } from './common.ts';

/**
 * The citizen's survey pages at `/s/{token}`: HTML pages (they work without JavaScript), and the
 * kiosk's JSON answer to a submitted response.
 */

/** The kiosk's answer to a submitted response: false when the idempotency key was seen before. */
export const KioskSubmitResult = z.object({ stored: z.boolean() });

const page = (description: string) => fileResponse('text/html', description);

/** The error pages: 404 unknown link, 410 closed survey, 429 too many answers; JSON for a kiosk. */
const errorPage = {
  description: 'An error page (HTML), or the error contract when the request was JSON',
  content: { 'text/html': { schema: z.string() }, 'application/json': { schema: ErrorBody } },
};

export const surveyPageResponses = { 200: page('A step of the survey form'), '4xx': errorPage };

export const surveySubmitResponses = {
  200: {
    description: 'The next step with the answers kept (form), or a repeated kiosk answer (JSON)',
    content: { 'text/html': { schema: z.string() }, 'application/json': { schema: KioskSubmitResult } },
  },
  201: KioskSubmitResult.describe('A kiosk answer stored'),
  303: SeeOther,
  '4xx': errorPage,
};

export const thanksPageResponses = { 200: page('The thank-you page'), '4xx': errorPage };

export const stylesheetResponses = {
  200: fileResponse('text/css', 'The survey stylesheet'),
  '4xx': ErrorBody,
};

/** The favicon shared by the survey pages, the kiosk and the staff web app. */
export const faviconResponses = {
  200: fileResponse('image/svg+xml', 'The Borgerblik favicon (SVG)'),
  '4xx': ErrorBody,
};
