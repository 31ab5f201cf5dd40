/**
 * Types of the Borgerblik HTTP API (`/api/v1`) as the staff app uses them, inferred from the wire schemas
 * in `shared/api/` (type-only imports: no schema code is bundled for a type).
 */

import type { z } from 'zod';
import type { AuditEntry, AuditPage } from '../../shared/api/audit.ts';
import type { Me as MeSchema } from '../../shared/api/auth.ts';
import type { FieldErrorBody } from '../../shared/api/common.ts';
import type { UnitDto } from '../../shared/api/units.ts';
import type { UserDto } from '../../shared/api/users.ts';
import type { ErrorCode as ServerErrorCode } from '../../shared/i18n/error-codes.ts';

export type { AuditEntry, AuditPage };

export type Me = z.infer<typeof MeSchema>;
export type Role = Me['user']['role'];
/** The roles in rank order. A value kept here (a value import of the zod file would bundle zod). */
export const ROLES: readonly Role[] = ['admin', 'analyst', 'staff', 'viewer'];

export type Country = Me['municipality']['country'];
export type UiLocale = Me['user']['locale'];

export type Unit = UnitDto;
export type UnitKind = Unit['kind'];
export const UNIT_KINDS: readonly UnitKind[] = ['administration', 'department', 'unit'];

export type User = UserDto;

export type FieldError = z.infer<typeof FieldErrorBody>;

/**
 * The server's error codes (one list, in `shared/i18n/error-codes.ts`), plus two the client makes itself:
 * the request never got an answer, or the answer was not the API's error shape.
 */
export type ErrorCode = ServerErrorCode | 'network' | 'unexpected';
