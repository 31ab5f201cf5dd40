import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AccessibilityStatement } from '../../shared/api/citizen-settings.ts';
import type { Database } from '../db/types.ts';
import { allowFraming } from '../http/security-headers.ts';
import type { CitizenLanguage } from '../translations/citizen-language.ts';
import { EMBED_SCRIPT, EMBED_SCRIPT_HASH } from './embed-script.ts';
import { footerHtml } from './footer.ts';
import { presentStatement } from './presenter.ts';
import { findSettings } from './repository.ts';

/** What a citizen page needs of its municipality's settings. */
export interface CitizenPageSettings {
  embedOrigins: string[];
  statement: AccessibilityStatement;
}

export const NO_PAGE_SETTINGS: CitizenPageSettings = {
  embedOrigins: [],
  statement: presentStatement(undefined),
};

/** The settings of one municipality, for the public survey cache. */
export async function loadPageSettings(
  db: Kysely<Database>,
  municipalityId: string,
): Promise<CitizenPageSettings> {
  const row = await findSettings(db, { municipalityId });
  return { embedOrigins: [...(row?.embed_origins ?? [])], statement: presentStatement(row) };
}

/**
 * The settings as they apply to one survey's pages. A smiley survey is never framable: it belongs on
 * the reception's terminal, where one press is one visit.
 */
export function surveyPageSettings(
  settings: CitizenPageSettings,
  survey: { mode: string },
): CitizenPageSettings {
  return survey.mode === 'smiley' ? { ...settings, embedOrigins: [] } : settings;
}

// The settings of the survey a request is about, set once the survey is known. A WeakMap rather than a
// request decoration: pages sent before (rate limit, unknown link) simply have none and stay unframable.
const bySurvey = new WeakMap<FastifyRequest, CitizenPageSettings>();

/** Remembers the survey's page settings (`surveyPageSettings`) for the page this request will answer with. */
export function rememberPageSettings(request: FastifyRequest, settings: CitizenPageSettings): void {
  bySurvey.set(request, settings);
}

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A citizen page with its municipality's accessibility footer (in the page's language) and, when the
 * municipality allows embedding, the height script. Pure: the same for every request of a page variant,
 * so the survey cache keeps its result (survey-cache.ts `firstPage`).
 */
export function finishedPageHtml(settings: CitizenPageSettings, html: string, lang: CitizenLanguage): string {
  let extra = footerHtml(lang, settings.statement);
  if (settings.embedOrigins.length)
    extra += `<script data-origins="${attr(settings.embedOrigins.join(' '))}">${EMBED_SCRIPT}</script>`;
  if (!extra) return html;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + extra : `${html.slice(0, at)}${extra}${html.slice(at)}`;
}

/**
 * Sets the answer's frame policy: the CSP `frame-ancestors` for exactly the municipality's embed origins
 * (and the height script's hash); without them the default policy (`'none'`) stays.
 */
export function applyFramePolicy(reply: FastifyReply): void {
  const settings = bySurvey.get(reply.request);
  if (settings?.embedOrigins.length) allowFraming(reply, settings.embedOrigins, [EMBED_SCRIPT_HASH]);
}

/**
 * Finishes a citizen page before it is sent: footer, embed script and frame policy. Why here: every
 * citizen page (form, thanks, closed, already answered, input errors) passes through `sendHtml` (or,
 * for a cached first page, `sendFinishedPage`), so no page can forget the footer or send a wider frame
 * policy than the survey's.
 */
export function finishCitizenPage(reply: FastifyReply, html: string, lang: CitizenLanguage): string {
  const settings = bySurvey.get(reply.request);
  if (!settings) return html;
  applyFramePolicy(reply);
  return finishedPageHtml(settings, html, lang);
}
