import type { Kysely, Updateable } from 'kysely';
import type { CreateUserInput, UpdateUserInput } from '../../shared/api/users.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import { generateTemporaryPassword, hashPassword } from '../auth/password.ts';
import { deleteUserSessions } from '../auth/repository.ts';
import type { AppUserTable, Database } from '../db/types.ts';
import { AppError, type FieldError, invalidField, notFound } from '../http/app-error.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

async function requireUnits(db: Db, auth: AuthContext, unitIds: string[]) {
  const known = await repo.existingUnitIds(db, auth, unitIds);
  const fields: FieldError[] = unitIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `unitIds[${i}]`, problem: 'unknown_reference' as const }],
  );
  if (fields.length) throw new AppError('validation_failed', {}, fields);
}

/** Creates an account with a temporary password, shown once to the admin who made it. */
export async function createUser(db: Db, auth: AuthContext, input: CreateUserInput) {
  if (await repo.emailInUse(db, input.email)) throw invalidField('email', 'email_taken');
  await requireUnits(db, auth, input.unitIds);
  const temporaryPassword = generateTemporaryPassword();
  const user = await repo.insertUser(db, auth, {
    ...input,
    passwordHash: await hashPassword(temporaryPassword),
  });
  await repo.setUserUnits(db, auth, user.id, input.unitIds);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'user.create',
    { type: 'user', id: user.id },
    { email: user.email, role: user.role },
  );
  return { user, unitIds: input.unitIds, temporaryPassword };
}

/** Changes name, role, units or active state. Admins cannot lock themselves out. */
export async function updateUser(db: Db, auth: AuthContext, id: string, input: UpdateUserInput) {
  const current = await repo.findUser(db, auth, id);
  if (!current) throw notFound();
  if (id === auth.userId && (input.active === false || (input.role && input.role !== 'admin'))) {
    throw new AppError('self_change_forbidden');
  }
  const patch: Updateable<AppUserTable> = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.role !== undefined) patch.role = input.role;
  if (input.active !== undefined) patch.active = input.active;
  const user = Object.keys(patch).length ? await repo.updateUser(db, auth, id, patch) : current;
  if (input.unitIds) {
    await requireUnits(db, auth, input.unitIds);
    await repo.setUserUnits(db, auth, id, input.unitIds);
  }
  // A deactivated account or a changed role must not keep using sessions opened before.
  if (input.active === false || (input.role && input.role !== current.role))
    await deleteUserSessions(db, auth, id);
  await recordAudit(db, auth, auth.userId, 'user.update', { type: 'user', id }, { ...input });
  const unitIds = (await repo.unitIdsByUser(db, auth, id)).get(id) ?? [];
  return { user, unitIds };
}

/** Sets a new temporary password, unlocks the account and ends its sessions. */
export async function resetPassword(db: Db, auth: AuthContext, id: string) {
  const current = await repo.findUser(db, auth, id);
  if (!current) throw notFound();
  const temporaryPassword = generateTemporaryPassword();
  await repo.updateUser(db, auth, id, {
    password_hash: await hashPassword(temporaryPassword),
    must_change_password: true,
    failed_logins: 0,
    locked_until: null,
  });
  await deleteUserSessions(db, auth, id);
  await recordAudit(db, auth, auth.userId, 'user.reset_password', { type: 'user', id }, {});
  return temporaryPassword;
}
