import type { Kysely } from 'kysely';
import type { AccessibilityBody } from '../../shared/api/citizen-settings.ts';
import { parseEmbedOrigin } from '../../shared/citizen-settings/origin.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { AppError, type FieldError } from '../http/app-error.ts';
import { forgetMunicipalityPages } from '../public/survey-cache.ts';
import { saveEmbedOrigins, saveStatement } from './repository.ts';

type Db = Kysely<Database>;

/**
 * Checks and normalises every origin; refuses the whole list with each bad entry named
 * (`origins[2]`), so nothing half-valid reaches the CSP header. Duplicates collapse to one.
 */
export function normaliseOrigins(input: readonly string[]): string[] {
  const fields: FieldError[] = [];
  const origins: string[] = [];
  input.forEach((raw, i) => {
    const parsed = parseEmbedOrigin(raw);
    if ('problem' in parsed)
      fields.push({ path: `origins[${i}]`, problem: parsed.problem, params: { value: raw } });
    else if (!origins.includes(parsed.origin)) origins.push(parsed.origin);
  });
  if (fields.length) throw new AppError('validation_failed', {}, fields);
  return origins;
}

/** Saves the origins allowed to embed the municipality's surveys; takes effect on the next page view. */
export async function setEmbedOrigins(db: Db, auth: AuthContext, input: readonly string[]) {
  const origins = normaliseOrigins(input);
  await db.transaction().execute(async (tx) => {
    await saveEmbedOrigins(tx, auth, origins);
    await recordAudit(tx, auth, auth.userId, 'citizen_settings.embed_origins', null, { origins });
  });
  forgetMunicipalityPages(auth.municipalityId);
}

/** Saves the accessibility statement's address and contacts shown on every citizen page. */
export async function setStatement(db: Db, auth: AuthContext, body: Required<AccessibilityBody>) {
  await db.transaction().execute(async (tx) => {
    await saveStatement(tx, auth, {
      statement_url: body.statementUrl,
      contact_email: body.contactEmail,
      contact_phone: body.contactPhone,
      feedback_email: body.feedbackEmail,
    });
    await recordAudit(tx, auth, auth.userId, 'citizen_settings.accessibility', null, {
      statementUrl: body.statementUrl,
    });
  });
  forgetMunicipalityPages(auth.municipalityId);
}
