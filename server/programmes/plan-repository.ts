import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import { dateText } from '../complaints/repository.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;
type ChildTable = 'dialog_phase' | 'dialog_note' | 'dialog_action_plan';

/** Phases in date order. */
export function listPhases(db: Db, tenant: Tenant, programmeId: string) {
  return db
    .selectFrom('dialog_phase')
    .select([
      'id',
      'kind',
      'title',
      'team',
      'notes',
      'done',
      dateText('starts_on').as('starts_on'),
      dateText('ends_on').as('ends_on'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('dialog_programme_id', '=', programmeId)
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
}

/** Focus-group notes and quotes, oldest first. */
export function listNotes(db: Db, tenant: Tenant, programmeId: string) {
  return db
    .selectFrom('dialog_note')
    .select(['id', 'kind', 'unit_id', 'body', dateText('held_on').as('held_on')])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('dialog_programme_id', '=', programmeId)
    .orderBy('held_on')
    .orderBy('created_at')
    .execute();
}

/** Each participant's action plan, by unit and participant. */
export function listActionPlans(db: Db, tenant: Tenant, programmeId: string) {
  return db
    .selectFrom('dialog_action_plan')
    .select([
      'id',
      'unit_id',
      'participant',
      'buddy',
      'goal',
      'actions',
      'status',
      'follow_up_note',
      'shared',
      dateText('follow_up_on').as('follow_up_on'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('dialog_programme_id', '=', programmeId)
    .orderBy('participant')
    .orderBy('id')
    .execute();
}

export type PhaseValues = {
  kind: string;
  title: string;
  starts_on: string;
  ends_on: string | null;
  team: string;
  notes: string;
  done: boolean;
};
export type NoteValues = {
  kind: 'focus_group' | 'quote';
  held_on: string;
  unit_id: string | null;
  body: string;
};
export type PlanValues = {
  unit_id: string;
  participant: string;
  buddy: string;
  goal: string;
  actions: string;
  follow_up_on: string | null;
  status: 'planned' | 'in_progress' | 'followed_up';
  follow_up_note: string;
  shared: boolean;
};

/** Inserts a phase, note or action plan under a programme and returns its id. */
export async function insertChild(
  db: Db,
  tenant: Tenant,
  programmeId: string,
  table: ChildTable,
  values: PhaseValues | NoteValues | PlanValues,
): Promise<string> {
  const base = { municipality_id: tenant.municipalityId, dialog_programme_id: programmeId };
  let row: { id: string };
  if (table === 'dialog_phase') {
    row = await db
      .insertInto('dialog_phase')
      .values({ ...base, ...(values as PhaseValues) })
      .returning('id')
      .executeTakeFirstOrThrow();
  } else if (table === 'dialog_note') {
    row = await db
      .insertInto('dialog_note')
      .values({ ...base, ...(values as NoteValues) })
      .returning('id')
      .executeTakeFirstOrThrow();
  } else {
    row = await db
      .insertInto('dialog_action_plan')
      .values({ ...base, ...(values as PlanValues) })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
  return row.id;
}

export async function updateChild(
  db: Db,
  tenant: Tenant,
  programmeId: string,
  table: 'dialog_phase' | 'dialog_action_plan',
  id: string,
  values: PhaseValues | PlanValues,
): Promise<boolean> {
  const scope = { m: tenant.municipalityId, p: programmeId };
  const r =
    table === 'dialog_phase'
      ? await db
          .updateTable('dialog_phase')
          .set(values as PhaseValues)
          .where('municipality_id', '=', scope.m)
          .where('dialog_programme_id', '=', scope.p)
          .where('id', '=', id)
          .executeTakeFirst()
      : await db
          .updateTable('dialog_action_plan')
          .set({ ...(values as PlanValues), updated_at: new Date() })
          .where('municipality_id', '=', scope.m)
          .where('dialog_programme_id', '=', scope.p)
          .where('id', '=', id)
          .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteChild(
  db: Db,
  tenant: Tenant,
  programmeId: string,
  table: ChildTable,
  id: string,
) {
  const r = await db
    .deleteFrom(table)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('dialog_programme_id', '=', programmeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
