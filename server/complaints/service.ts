import type { Kysely } from 'kysely';
import type { CreateComplaintInput } from '../../shared/api/complaints.ts';
import { daysBetween } from '../../shared/complaints/dates.ts';
import { screenText } from '../../shared/screening/screen.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { invalidField, notFound } from '../http/app-error.ts';
import { activeAreaKeys } from './areas.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

/** Free text is screened for CPR/fødselsnummer, e-mail and phone numbers before it is stored. */
export function screenDescription(text: string | null, auth: AuthContext): string | null {
  if (text === null || text.trim() === '') return null;
  return screenText(text.trim(), auth.locale).text;
}

/** Records one complaint or conflict episode for an active unit of the municipality. */
export async function createComplaint(db: Db, auth: AuthContext, input: CreateComplaintInput) {
  const unit = (await repo.unitNames(db, auth)).find((u) => u.id === input.unitId && !u.archived_at);
  if (!unit) throw invalidField('unitId', 'unknown_reference');
  if (input.areaKey !== null && !(await activeAreaKeys(db, auth)).has(input.areaKey)) {
    throw invalidField('areaKey', 'unknown_reference');
  }
  const aboutProcess = input.aboutProcess || input.processReasons.length > 0;
  if (!aboutProcess && !input.aboutDecision) throw invalidField('aboutProcess', 'no_subject');
  if (input.answeredOn && daysBetween(input.receivedOn, input.answeredOn) < 0) {
    throw invalidField('answeredOn', 'answer_before_receipt');
  }
  const [id] = await repo.insertComplaints(db, auth, [
    {
      received_on: input.receivedOn,
      unit_id: input.unitId,
      area_key: input.areaKey,
      kind: input.kind,
      channel: input.channel,
      about_process: aboutProcess,
      process_reasons: aboutProcess ? input.processReasons : [],
      about_decision: input.aboutDecision,
      severity: input.severity,
      outcome: input.outcome,
      answered_on: input.answeredOn,
      description: screenDescription(input.description, auth),
      import_batch: null,
      created_by: auth.userId,
    },
  ]);
  if (!id) throw new Error('insert returned no id');
  await recordAudit(
    db,
    auth,
    auth.userId,
    'complaint.create',
    { type: 'complaint', id },
    { unitId: input.unitId },
  );
  const row = await repo.findComplaint(db, auth, id);
  if (!row) throw notFound();
  return row;
}

/** Deletes a complaint recorded by mistake (audited with its unit and date, never its text). */
export async function removeComplaint(db: Db, auth: AuthContext, id: string) {
  const row = await repo.findComplaint(db, auth, id);
  if (!row || !(await repo.deleteComplaint(db, auth, id))) throw notFound();
  await recordAudit(
    db,
    auth,
    auth.userId,
    'complaint.delete',
    { type: 'complaint', id },
    {
      unitId: row.unit_id,
      receivedOn: row.received_on,
    },
  );
}

/** Records a unit's number of citizen contacts in a month (the denominator of the complaint rate). */
export async function setContactVolume(
  db: Db,
  auth: AuthContext,
  input: { unitId: string; month: string; contacts: number },
) {
  if (!(await repo.unitNames(db, auth)).some((u) => u.id === input.unitId)) {
    throw invalidField('unitId', 'unknown_reference');
  }
  await repo.upsertVolume(db, auth, input.unitId, input.month, input.contacts);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'complaint.volume',
    { type: 'unit', id: input.unitId },
    {
      month: input.month,
      contacts: input.contacts,
    },
  );
}
