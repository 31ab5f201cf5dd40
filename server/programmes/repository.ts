import type { Insertable, Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import { dateText } from '../complaints/repository.ts';
import type { DialogProgrammeTable } from '../complaints/tables.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;
type ProgrammeValues = Omit<Insertable<DialogProgrammeTable>, 'municipality_id'>;

const PROGRAMME_COLUMNS = [
  'id',
  'name',
  'purpose',
  'baseline_months',
  'follow_up_months',
  'next_steps',
] as const;

function selectProgrammes(db: Db, tenant: Tenant) {
  return db
    .selectFrom('dialog_programme')
    .select([...PROGRAMME_COLUMNS, dateText('starts_on').as('starts_on'), dateText('ends_on').as('ends_on')])
    .where('municipality_id', '=', tenant.municipalityId);
}

export const listProgrammes = (db: Db, tenant: Tenant) =>
  selectProgrammes(db, tenant).orderBy('starts_on', 'desc').execute();
export const findProgramme = (db: Db, tenant: Tenant, id: string) =>
  selectProgrammes(db, tenant).where('id', '=', id).executeTakeFirst();
export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;

export async function insertProgramme(db: Db, tenant: Tenant, values: ProgrammeValues): Promise<string> {
  const row = await db
    .insertInto('dialog_programme')
    .values({ ...values, municipality_id: tenant.municipalityId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateProgramme(db: Db, tenant: Tenant, id: string, values: ProgrammeValues) {
  await db
    .updateTable('dialog_programme')
    .set(values)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Replaces the participating and comparison units. */
export async function setProgrammeUnits(
  db: Db,
  tenant: Tenant,
  programmeId: string,
  units: readonly { unitId: string; role: 'participant' | 'comparison'; teams: string }[],
) {
  await db
    .deleteFrom('dialog_programme_unit')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('dialog_programme_id', '=', programmeId)
    .execute();
  if (units.length === 0) return;
  await db
    .insertInto('dialog_programme_unit')
    .values(
      units.map((u) => ({
        municipality_id: tenant.municipalityId,
        dialog_programme_id: programmeId,
        unit_id: u.unitId,
        role: u.role,
        teams: u.teams,
      })),
    )
    .execute();
}

export function programmeUnits(db: Db, tenant: Tenant, programmeId: string) {
  return db
    .selectFrom('dialog_programme_unit')
    .select(['unit_id', 'role', 'teams'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('dialog_programme_id', '=', programmeId)
    .orderBy('role', 'desc')
    .execute();
}

export async function deleteProgramme(db: Db, tenant: Tenant, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('dialog_programme')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
