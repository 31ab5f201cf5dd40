import type { UserDto } from '../../shared/api/users.ts';
import type { AppUser } from '../db/types.ts';

/** Copies the fields an admin may see; the password hash and lock counters never leave the server. */
export function presentUser(row: AppUser, unitIds: string[]): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    unitIds,
    lastLoginAt: row.last_login_at ? row.last_login_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}
