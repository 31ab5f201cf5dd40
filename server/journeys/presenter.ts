import type { JourneyDetail, JourneySummary, VersionSummary } from '../../shared/api/journeys.ts';
import { ASSESSMENT_KEYS, type Journey, journeyShapeSchema } from '../../shared/journey/index.ts';
import type { StoredMetrics } from './metrics.ts';
import type { JourneyRow, JourneyVersionRow } from './tables.ts';

type JourneyWithUnit = JourneyRow & { owner_unit_name: string | null };

/** Copies the list fields of a journey row; `canEdit` is decided by the service. */
export function presentSummary(row: JourneyWithUnit, canEdit: boolean): JourneySummary {
  return {
    id: row.id,
    title: row.title,
    persona: row.persona,
    status: row.status,
    ownerUnitId: row.owner_unit_id,
    ownerUnitName: row.owner_unit_name,
    version: row.current_version,
    metrics: presentMetrics(row.metrics),
    updatedAt: row.updated_at.toISOString(),
    canEdit,
  };
}

/**
 * One version of a journey in full. Title, status and metrics come from the version itself, so an
 * older version shows as it was saved.
 */
export function presentDetail(
  row: JourneyWithUnit,
  version: JourneyVersionRow,
  canEdit: boolean,
): JourneyDetail {
  const document = canonical(version.document);
  return {
    ...presentSummary(row, canEdit),
    title: document.title,
    persona: document.persona,
    status: document.status,
    version: version.version,
    metrics: presentMetrics(version.metrics),
    createdAt: row.created_at.toISOString(),
    note: version.note,
    journey: document,
  };
}

/** One row of the version history. */
export function presentVersion(row: {
  version: number;
  title: string | null;
  status: string | null;
  note: string;
  created_at: Date;
  created_by_name: string | null;
  metrics: StoredMetrics;
}): VersionSummary {
  const status = row.status === 'as_is' || row.status === 'to_be' ? row.status : 'draft';
  return {
    version: row.version,
    title: row.title ?? '',
    status,
    note: row.note,
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name,
    metrics: presentMetrics(row.metrics),
  };
}

/** Copies the stored metrics key by key (the JSON could carry keys from an older release). */
export function presentMetrics(m: StoredMetrics): JourneySummary['metrics'] {
  return {
    steps: m.steps,
    actors: m.actors,
    employees: m.employees,
    professions: m.professions,
    departments: m.departments,
    externalPartners: m.externalPartners,
    handovers: m.handovers,
    derivedHandovers: m.derivedHandovers,
    explicitHandovers: m.explicitHandovers,
    boundaryHandovers: m.boundaryHandovers,
    departmentBoundaryHandovers: m.departmentBoundaryHandovers,
    organisationBoundaryHandovers: m.organisationBoundaryHandovers,
    repeatedContacts: m.repeatedContacts,
    totalDurationMinutes: m.totalDurationMinutes,
    totalWaitingMinutes: m.totalWaitingMinutes,
    totalElapsedMinutes: m.totalElapsedMinutes,
    stepsWithPainPoints: m.stepsWithPainPoints,
    painPointShare: m.painPointShare,
    hotspots: m.hotspots ?? 0,
    lowestEmotion: m.lowestEmotion ? { value: m.lowestEmotion.value, stepId: m.lowestEmotion.stepId } : null,
  };
}

/**
 * jsonb stores object keys in its own order; re-parsing restores the schema's key order (and the
 * assessment's question order), so an export of a stored journey is byte-identical to the original.
 */
export function canonical(stored: Journey): Journey {
  const parsed = journeyShapeSchema.parse(stored);
  const assessment: Journey['assessment'] = {};
  for (const key of ASSESSMENT_KEYS) {
    const answer = parsed.assessment[key];
    if (answer) assessment[key] = answer;
  }
  return { ...parsed, assessment };
}
