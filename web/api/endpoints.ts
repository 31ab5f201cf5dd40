import type { CreateUnitInput } from '../../shared/api/units.ts';
import type { CreateUserInput, UpdateUserInput } from '../../shared/api/users.ts';
import { type RequestOptions, request } from './client.ts';
import type { AuditPage, Me, UiLocale, Unit, User } from './types.ts';

/** Session endpoints. A 401 from these is an answer (not signed in / wrong password), not a redirect. */
export const authApi = {
  me: (options?: RequestOptions) =>
    request<Me>('GET', '/auth/me', undefined, { noAuthRedirect: true, ...options }),
  login: (email: string, password: string) =>
    request<Me>('POST', '/auth/login', { email, password }, { noAuthRedirect: true }),
  logout: () => request<void>('POST', '/auth/logout', undefined, { noAuthRedirect: true }),
  updateMe: (patch: { locale?: UiLocale; name?: string }) => request<Me>('PATCH', '/auth/me', patch),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<Me>('POST', '/auth/password', { currentPassword, newPassword }),
};

/** The unit form's fields (the create body, defaults applied). */
export type UnitInput = CreateUnitInput;

/** The organisation tree. Writes are admin-only on the server. */
export const unitsApi = {
  list: async (includeArchived: boolean, options?: RequestOptions) =>
    (await request<{ units: Unit[] }>('GET', `/units?includeArchived=${includeArchived}`, undefined, options))
      .units,
  create: async (input: UnitInput) => (await request<{ unit: Unit }>('POST', '/units', input)).unit,
  update: async (id: string, patch: Partial<UnitInput>) =>
    (await request<{ unit: Unit }>('PATCH', `/units/${encodeURIComponent(id)}`, patch)).unit,
  archive: async (id: string) =>
    (await request<{ unit: Unit }>('DELETE', `/units/${encodeURIComponent(id)}`)).unit,
  restore: async (id: string) =>
    (await request<{ unit: Unit }>('POST', `/units/${encodeURIComponent(id)}/restore`)).unit,
};

/** The new-user form's fields (the create body, defaults applied). */
export type NewUser = CreateUserInput;

/** User administration (admin-only). */
export const usersApi = {
  list: async (options?: RequestOptions) =>
    (await request<{ users: User[] }>('GET', '/users', undefined, options)).users,
  create: (input: NewUser) => request<{ user: User; temporaryPassword: string }>('POST', '/users', input),
  update: async (id: string, patch: UpdateUserInput) =>
    (await request<{ user: User }>('PATCH', `/users/${encodeURIComponent(id)}`, patch)).user,
  resetPassword: async (id: string) =>
    (await request<{ temporaryPassword: string }>('POST', `/users/${encodeURIComponent(id)}/reset-password`))
      .temporaryPassword,
};

/** The audit log, newest first, paged by the timestamp of the last entry seen. */
export const auditApi = {
  page: (before: string | null, limit = 50, options?: RequestOptions) => {
    const query = new URLSearchParams({ limit: String(limit) });
    if (before) query.set('before', before);
    return request<AuditPage>('GET', `/audit?${query}`, undefined, options);
  },
};
