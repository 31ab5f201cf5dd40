import type { Kysely } from 'kysely';
import type { CreateUnitInput, UpdateUnitInput } from '../../shared/api/units.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database, OrgUnitUpdate } from '../db/types.ts';
import { AppError, invalidField, notFound } from '../http/app-error.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

async function requireActiveParent(db: Db, auth: AuthContext, parentId: string | null) {
  if (parentId === null) return;
  const parent = await repo.findUnit(db, auth, parentId);
  if (!parent) throw invalidField('parentId', 'unknown_reference');
  if (parent.archived_at) throw new AppError('unit_parent_archived');
}

/** Adds a unit under an active parent of the same municipality. */
export async function createUnit(db: Db, auth: AuthContext, input: CreateUnitInput) {
  await requireActiveParent(db, auth, input.parentId);
  const unit = await repo.insertUnit(db, auth, input);
  await recordAudit(db, auth, auth.userId, 'unit.create', { type: 'unit', id: unit.id }, { name: unit.name });
  return unit;
}

/** Renames, re-types or moves a unit; a move may not put it under itself or its descendants. */
export async function updateUnit(db: Db, auth: AuthContext, id: string, input: UpdateUnitInput) {
  const current = await repo.findUnit(db, auth, id);
  if (!current) throw notFound();
  const patch: OrgUnitUpdate = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.kind !== undefined) patch.kind = input.kind;
  if (input.isEntrance !== undefined) patch.is_entrance = input.isEntrance;
  if (input.parentId !== undefined && input.parentId !== current.parent_id) {
    await requireActiveParent(db, auth, input.parentId);
    if (input.parentId !== null && (await repo.ancestorIds(db, auth, input.parentId)).includes(id)) {
      throw new AppError('unit_cycle');
    }
    patch.parent_id = input.parentId;
  }
  if (Object.keys(patch).length === 0) return current;
  const unit = await repo.updateUnit(db, auth, id, patch);
  await recordAudit(db, auth, auth.userId, 'unit.update', { type: 'unit', id }, { ...input });
  return unit;
}

/** Archives a unit (soft delete, so it can be undone and history keeps its name). */
export async function archiveUnit(db: Db, auth: AuthContext, id: string) {
  const current = await repo.findUnit(db, auth, id);
  if (!current) throw notFound();
  if (current.archived_at) return current;
  if ((await repo.countActiveChildren(db, auth, id)) > 0) throw new AppError('unit_has_children');
  const unit = await repo.updateUnit(db, auth, id, { archived_at: new Date() });
  await recordAudit(db, auth, auth.userId, 'unit.archive', { type: 'unit', id }, { name: unit.name });
  return unit;
}

/** Undoes an archive, provided the parent is still active. */
export async function restoreUnit(db: Db, auth: AuthContext, id: string) {
  const current = await repo.findUnit(db, auth, id);
  if (!current) throw notFound();
  if (!current.archived_at) return current;
  await requireActiveParent(db, auth, current.parent_id);
  const unit = await repo.updateUnit(db, auth, id, { archived_at: null });
  await recordAudit(db, auth, auth.userId, 'unit.restore', { type: 'unit', id }, { name: unit.name });
  return unit;
}
