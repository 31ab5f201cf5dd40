import type { ErrorCode as ServerErrorCode } from '../../shared/i18n/errors.ts';
/** Wire types of the Borgerblik HTTP API (`/api/v1`), as the staff app uses them. */

export type Role = 'admin' | 'analyst' | 'staff' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'analyst', 'staff', 'viewer'];

export type Country = 'DK' | 'NO';
export type UiLocale = 'da' | 'nb' | 'en';

export type UnitKind = 'administration' | 'department' | 'unit';
export const UNIT_KINDS: readonly UnitKind[] = ['administration', 'department', 'unit'];

export interface Me {
  user: {
    id: string;
    email: string;
    name: string;
    role: Role;
    locale: UiLocale;
    unitIds: string[];
    mustChangePassword: boolean;
  };
  municipality: { id: string; name: string; slug: string; country: Country; minGroupSize: number };
  csrfToken: string;
}

export interface Unit {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  isEntrance: boolean;
  archivedAt: string | null;
  createdAt: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  unitIds: string[];
  lastLoginAt: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: string | null;
}

export interface FieldError {
  path: string;
  message: string;
}

/**
 * The server's error codes (one list, in `shared/i18n/errors.ts`), plus two the client makes itself:
 * the request never got an answer, or the answer was not the API's error shape.
 */
export type ErrorCode = ServerErrorCode | 'network' | 'unexpected';
