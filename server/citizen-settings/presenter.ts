import type { AccessibilityStatement, CitizenSettings } from '../../shared/api/citizen-settings.ts';
import { MAX_EMBED_ORIGINS } from '../../shared/citizen-settings/origin.ts';
import type { SettingsRow } from './repository.ts';

/** The statement fields of a settings row (all null when none was saved). */
export function presentStatement(row: SettingsRow | undefined): AccessibilityStatement {
  return {
    statementUrl: row?.statement_url ?? null,
    contactEmail: row?.contact_email ?? null,
    contactPhone: row?.contact_phone ?? null,
    feedbackEmail: row?.feedback_email ?? null,
  };
}

/** The settings as the API sends them; copies fields explicitly. */
export function presentSettings(row: SettingsRow | undefined): CitizenSettings {
  return {
    embedOrigins: [...(row?.embed_origins ?? [])],
    maxEmbedOrigins: MAX_EMBED_ORIGINS,
    accessibility: presentStatement(row),
  };
}
