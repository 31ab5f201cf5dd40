import type { ComplaintDto } from '../../shared/api/complaints.ts';
import { daysBetween } from '../../shared/complaints/dates.ts';
import type { ComplaintRow } from './repository.ts';

/** Copies the fields the API shows; the days to answer are derived, never stored twice. */
export function presentComplaint(row: ComplaintRow): ComplaintDto {
  return {
    id: row.id,
    receivedOn: row.received_on,
    unitId: row.unit_id,
    areaKey: row.area_key,
    kind: row.kind,
    channel: row.channel,
    aboutProcess: row.about_process,
    processReasons: row.process_reasons,
    aboutDecision: row.about_decision,
    severity: row.severity,
    outcome: row.outcome,
    answeredOn: row.answered_on,
    daysToAnswer: row.answered_on ? daysBetween(row.received_on, row.answered_on) : null,
    description: row.description,
    imported: row.import_batch !== null,
  };
}

/** A service area as the API shows it. */
export function presentArea(row: { key: string; name: string | null; active: boolean; position: number }) {
  return { key: row.key, name: row.name, active: row.active, position: row.position };
}
