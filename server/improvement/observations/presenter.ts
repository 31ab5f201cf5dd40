import type { Selectable } from 'kysely';
import type { ObservationDto, SessionDto } from '../../../shared/api/improvement/observations.ts';
import { observedHours } from '../../../shared/evaluation/rates.ts';
import type { ImprovementObservationTable } from '../tables.ts';
import type { SessionRow } from './queries.ts';

/** Copies the fields the API shows of a session. */
export function presentSession(row: SessionRow): SessionDto {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    observerName: row.observer_name,
    place: row.place,
    startedAt: row.started_at.toISOString(),
    endedAt: row.ended_at ? row.ended_at.toISOString() : null,
    hours: observedHours([{ startedAt: row.started_at, endedAt: row.ended_at }]),
    observationCount: Number(row.observation_count ?? 0),
  };
}

/** Copies the fields the API shows of an observation; the photo itself is fetched separately. */
export function presentObservation(row: Selectable<ImprovementObservationTable>): ObservationDto {
  return {
    id: row.id,
    sessionId: row.session_id,
    observedAt: row.observed_at.toISOString(),
    category: row.category,
    what: row.what,
    citizens: row.citizens,
    severity: row.severity,
    tags: row.tags,
    hasPhoto: row.photo_type !== null,
  };
}
