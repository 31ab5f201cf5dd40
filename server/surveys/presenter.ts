import { SURVEY_LANGUAGES, type SurveyDto } from '../../shared/api/surveys.ts';
import type { SurveyRow } from './repository.ts';

type Language = (typeof SURVEY_LANGUAGES)[number];
// The column is text[]; every writer checks against SURVEY_LANGUAGES, so this only narrows the type.
const isLanguage = (l: string): l is Language => (SURVEY_LANGUAGES as readonly string[]).includes(l);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Copies the fields the API shows; the public token appears only inside the public path. */
export function presentSurvey(row: SurveyRow, unitIds: string[], responseCount: number): SurveyDto {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    mode: row.mode,
    version: row.version,
    previousVersionId: row.previous_version_id,
    languages: row.languages.filter(isLanguage),
    channels: row.channels,
    plural: row.plural,
    definition: row.definition,
    publicPath: `/s/${row.public_token}`,
    unitIds,
    journeyId: row.journey_id,
    touchpointId: row.touchpoint_id,
    opensAt: iso(row.opens_at),
    closesAt: iso(row.closes_at),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    responseCount,
  };
}
