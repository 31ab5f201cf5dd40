import type { Kysely } from 'kysely';
import type { CreateJourneyInput, ImportInput, SaveVersionInput } from '../../shared/api/journeys.ts';
import type { Journey } from '../../shared/journey/index.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { AppError, invalidField, notFound } from '../http/app-error.ts';
import { assertMayEdit, editRights } from './access.ts';
import { storedMetrics } from './metrics.ts';
import { getJourney } from './queries.ts';
import * as repo from './repository.ts';
import { existingUnitIds, unitIdsByName } from './units-repository.ts';
import { assertReferences, parseImport } from './validate.ts';

type Db = Kysely<Database>;

/** 400 for references to units that are not in this municipality (owner or actors), paths under `prefix`. */
async function assertUnits(db: Db, auth: AuthContext, journey: Journey, prefix: string) {
  const at = (path: string) => (prefix ? `${prefix}.${path}` : path);
  const actorUnits = journey.actors.flatMap((actor) => (actor.unitId ? [actor.unitId] : []));
  const wanted = [...(journey.ownerUnitId ? [journey.ownerUnitId] : []), ...actorUnits];
  const known = await existingUnitIds(db, auth, wanted);
  if (journey.ownerUnitId && !known.has(journey.ownerUnitId)) {
    throw invalidField(at('ownerUnitId'), 'unknown_reference');
  }
  const index = journey.actors.findIndex((actor) => actor.unitId && !known.has(actor.unitId));
  if (index >= 0) throw invalidField(at(`actors[${index}].unitId`), 'unknown_reference');
}

function head(journey: Journey) {
  return {
    title: journey.title,
    persona: journey.persona,
    status: journey.status,
    ownerUnitId: journey.ownerUnitId,
    metrics: storedMetrics(journey),
  };
}

/** Inserts a new journey as version 1 with its audit entry; the caller has checked everything. */
export async function insertNew(db: Db, auth: AuthContext, journey: Journey, note: string, action: string) {
  const metrics = storedMetrics(journey);
  const { id } = await repo.insertJourney(db, auth, { ...head(journey), metrics }, auth.userId);
  await repo.insertVersion(
    db,
    auth,
    { journeyId: id, version: 1, document: journey, metrics, note },
    auth.userId,
  );
  await recordAudit(db, auth, auth.userId, action, { type: 'journey', id }, { title: journey.title });
  return getJourney(db, auth, id);
}

/** Creates a journey as version 1, after checking references, units and the user's edit rights. */
export async function createJourney(db: Db, auth: AuthContext, input: CreateJourneyInput) {
  assertReferences(input.journey, 'journey');
  await assertUnits(db, auth, input.journey, 'journey');
  assertMayEdit(await editRights(db, auth), input.journey.ownerUnitId);
  return insertNew(db, auth, input.journey, input.note, 'journey.create');
}

/**
 * Saves the editor's journey as the next version. Refuses (409) when `baseVersion` is no longer the
 * newest, so a save never silently overwrites someone else's.
 */
export async function saveVersion(db: Db, auth: AuthContext, id: string, input: SaveVersionInput) {
  const current = await repo.findJourney(db, auth, id);
  if (!current) throw notFound();
  assertReferences(input.journey, 'journey');
  await assertUnits(db, auth, input.journey, 'journey');
  assertMayEdit(await editRights(db, auth), current.owner_unit_id, input.journey.ownerUnitId);
  const values = head(input.journey);
  const moved = await repo.advanceJourney(db, auth, id, input.baseVersion, values, auth.userId);
  if (!moved) throw new AppError('journey_version_conflict', { current: current.current_version });
  const version = moved.current_version;
  await repo.insertVersion(
    db,
    auth,
    { journeyId: id, version, document: input.journey, metrics: values.metrics, note: input.note },
    auth.userId,
  );
  await recordAudit(db, auth, auth.userId, 'journey.save', { type: 'journey', id }, { version });
  return getJourney(db, auth, id);
}

/**
 * Links an imported journey to this municipality's units: a unit id unknown here is looked up by the
 * actor's `unitName`, else dropped, so a file from another municipality imports cleanly. `ownerUnitId`
 * (when given) replaces the file's owner. Then checks the units and the caller's edit rights; the
 * paths of a refused owner are under `prefix`.
 */
export async function linkImported(
  db: Db,
  auth: AuthContext,
  parsed: Journey,
  ownerUnitId: string | null | undefined,
  prefix: string,
): Promise<Journey> {
  const byName = await unitIdsByName(db, auth);
  const ids = [parsed.ownerUnitId, ...parsed.actors.map((actor) => actor.unitId)];
  const known = await existingUnitIds(
    db,
    auth,
    ids.filter((id): id is string => typeof id === 'string'),
  );
  const relink = (id: string | null | undefined, name: string | undefined) =>
    id && known.has(id) ? id : ((name && byName.get(name)) ?? null);
  const journey: Journey = {
    ...parsed,
    ownerUnitId: ownerUnitId !== undefined ? ownerUnitId : relink(parsed.ownerUnitId, undefined),
    // An actor that named no unit and matches none stays as it was, so the round trip adds nothing.
    actors: parsed.actors.map((actor) => {
      const unitId = relink(actor.unitId, actor.unitName);
      return unitId === null && actor.unitId === undefined ? actor : { ...actor, unitId };
    }),
  };
  await assertUnits(db, auth, journey, prefix);
  assertMayEdit(await editRights(db, auth), journey.ownerUnitId);
  return journey;
}

/** Imports an export file as a new journey, its units re-linked ({@link linkImported}). */
export async function importJourney(db: Db, auth: AuthContext, input: ImportInput) {
  const journey = await linkImported(db, auth, parseImport(input.json), input.ownerUnitId, 'journey');
  return insertNew(db, auth, journey, '', 'journey.import');
}
