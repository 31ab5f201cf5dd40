import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.ts';
import type { Country, Database, Role, UnitKind } from '../db/types.ts';
import { insertSurvey, setSurveyUnits } from '../surveys/repository.ts';
import { registerToken } from '../tokens/repository.ts';

type Db = Kysely<Database>;

/** A municipality (tenant). Used by the demo seed and the tests. */
export function makeMunicipality(
  db: Db,
  values: { slug: string; name: string; country?: Country; minGroupSize?: number },
) {
  return db
    .insertInto('municipality')
    .values({
      slug: values.slug,
      name: values.name,
      country: values.country ?? 'DK',
      ...(values.minGroupSize ? { min_group_size: values.minGroupSize } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A unit under a parent (or at the top). */
export function makeUnit(
  db: Db,
  municipalityId: string,
  values: { name: string; kind: UnitKind; parentId?: string | null; isEntrance?: boolean },
) {
  return db
    .insertInto('org_unit')
    .values({
      municipality_id: municipalityId,
      name: values.name,
      kind: values.kind,
      parent_id: values.parentId ?? null,
      is_entrance: values.isEntrance ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An active account with a known password. */
export async function makeUser(
  db: Db,
  municipalityId: string,
  values: { email: string; name: string; role: Role; password: string; unitIds?: string[] },
) {
  const user = await db
    .insertInto('app_user')
    .values({
      municipality_id: municipalityId,
      email: values.email.toLowerCase(),
      name: values.name,
      role: values.role,
      password_hash: await hashPassword(values.password),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await registerToken(db, 'email', user.email, { municipalityId }, user.id);
  if (values.unitIds?.length) {
    await db
      .insertInto('user_unit')
      .values(
        values.unitIds.map((unitId) => ({
          municipality_id: municipalityId,
          user_id: user.id,
          unit_id: unitId,
        })),
      )
      .execute();
  }
  return user;
}

/** A tree given as nested objects, inserted top-down; returns ids by unit name. */
export interface UnitSpec {
  name: string;
  kind: UnitKind;
  isEntrance?: boolean;
  children?: UnitSpec[];
}

export async function makeUnitTree(
  db: Db,
  municipalityId: string,
  specs: UnitSpec[],
  parentId: string | null = null,
) {
  const ids = new Map<string, string>();
  for (const spec of specs) {
    const unit = await makeUnit(db, municipalityId, { ...spec, parentId });
    ids.set(spec.name, unit.id);
    const childIds = await makeUnitTree(db, municipalityId, spec.children ?? [], unit.id);
    for (const [name, id] of childIds) ids.set(name, id);
  }
  return ids;
}

/**
 * A municipality with one unit and an open link survey of the given indicator sets, aimed at the unit:
 * what the citizen-side benchmarks and the cluster test submit to. `token` is the survey's public token.
 */
export async function makeOpenSurvey(db: Db, values: { slug: string; token: string; sets: string[] }) {
  const m = await makeMunicipality(db, { slug: values.slug, name: 'Benchkommune' });
  const unit = await makeUnit(db, m.id, { name: 'Borgerservice', kind: 'unit' });
  const survey = await insertSurvey(
    db,
    { municipalityId: m.id },
    {
      title: 'Bench',
      status: 'open',
      definition: JSON.stringify({ sets: values.sets }),
      public_token: values.token,
      previous_version_id: null,
      journey_id: null,
      touchpoint_id: null,
      opens_at: null,
      closes_at: null,
      created_by: null,
    },
  );
  await setSurveyUnits(db, { municipalityId: m.id }, survey.id, [unit.id]);
  return { municipalityId: m.id, unitId: unit.id, surveyId: survey.id, token: values.token };
}
