import type { z } from 'zod';
import type {
  CreateProviderBody,
  LoginOptions,
  LogoutResult,
  MappingRule,
  ProviderList,
  UpdateProviderBody,
} from '../../shared/api/sso.ts';
import { request } from '../api/client.ts';

export type CreateProvider = z.input<typeof CreateProviderBody>;
export type UpdateProvider = z.input<typeof UpdateProviderBody>;

/** The single sign-on endpoints; types come from the shared wire schemas. */
export const ssoApi = {
  list: (signal?: AbortSignal) =>
    request<ProviderList>('GET', '/sso/providers', undefined, { ...(signal ? { signal } : {}) }),
  create: (input: CreateProvider) => request<ProviderList>('POST', '/sso/providers', input),
  update: (id: string, input: UpdateProvider) =>
    request<ProviderList>('PATCH', `/sso/providers/${encodeURIComponent(id)}`, input),
  remove: (id: string) => request<ProviderList>('DELETE', `/sso/providers/${encodeURIComponent(id)}`),
  saveRules: (id: string, rules: MappingRule[]) =>
    request<ProviderList>('PUT', `/sso/providers/${encodeURIComponent(id)}/rules`, { rules }),
  setPasswordLogin: (passwordLogin: boolean) =>
    request<{ passwordLogin: boolean }>('PATCH', '/sso/settings', { passwordLogin }),
  loginOptions: (slug: string, signal?: AbortSignal) =>
    request<LoginOptions>('GET', `/sso/login-options/${encodeURIComponent(slug)}`, undefined, {
      noAuthRedirect: true,
      ...(signal ? { signal } : {}),
    }),
  logout: () => request<LogoutResult>('POST', '/sso/logout', undefined, { noAuthRedirect: true }),
};

const LAST_SLUG = 'bb.loginSlug';
const PROVIDER_LOGOUT = 'bb.providerLogout';

/** The municipality whose login page was used last, so /login can show its buttons again. */
export const rememberSlug = (slug: string) => localStorage.setItem(LAST_SLUG, slug);
export const rememberedSlug = () => localStorage.getItem(LAST_SLUG);

/** Keeps the provider logout offer for the login page shown right after logout. */
export function rememberProviderLogout(result: LogoutResult) {
  rememberSlug(result.slug);
  if (result.providerLogoutUrl && result.providerName)
    sessionStorage.setItem(
      PROVIDER_LOGOUT,
      JSON.stringify({ url: result.providerLogoutUrl, name: result.providerName }),
    );
}

/** The offer, once: it is removed when read. */
export function takeProviderLogout(): { url: string; name: string } | null {
  const raw = sessionStorage.getItem(PROVIDER_LOGOUT);
  sessionStorage.removeItem(PROVIDER_LOGOUT);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { url?: unknown; name?: unknown };
    return typeof value.url === 'string' && typeof value.name === 'string'
      ? { url: value.url, name: value.name }
      : null;
  } catch {
    return null;
  }
}
