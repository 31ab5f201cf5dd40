import type { Role } from '../api/types.ts';
import type { PlainKey } from '../i18n/translate.ts';

/** One page of the staff app, with the roles that may open it. */
export interface PageAccess {
  path: string;
  label: PlainKey;
  roles: readonly Role[];
}

const EVERYONE: readonly Role[] = ['admin', 'analyst', 'staff', 'viewer'];

/**
 * The pages in navigation order. The server enforces the same rules; the UI only hides what would be a
 * dead end, so a role never sees a link that answers "forbidden".
 */
export const PAGES = [
  { path: '/', label: 'nav.overview', roles: EVERYONE },
  { path: '/dashboard', label: 'nav.dashboard', roles: EVERYONE },
  { path: '/journeys', label: 'nav.journeys', roles: EVERYONE },
  { path: '/surveys', label: 'nav.surveys', roles: EVERYONE },
  { path: '/translations', label: 'nav.translations', roles: ['admin', 'analyst'] },
  { path: '/eventlogs', label: 'nav.eventlogs', roles: ['admin', 'analyst'] },
  { path: '/improvement', label: 'nav.improvement', roles: EVERYONE },
  { path: '/complaints', label: 'nav.complaints', roles: ['admin', 'analyst', 'staff'] },
  { path: '/pulse', label: 'nav.pulse', roles: EVERYONE },
  { path: '/programmes', label: 'nav.programmes', roles: EVERYONE },
  { path: '/units', label: 'nav.units', roles: ['admin'] },
  { path: '/integrations', label: 'nav.integrations', roles: ['admin'] },
  { path: '/users', label: 'nav.users', roles: ['admin'] },
  { path: '/audit', label: 'nav.audit', roles: ['admin'] },
  { path: '/lifecycle', label: 'nav.lifecycle', roles: ['admin'] },
] as const satisfies readonly PageAccess[];

export type PagePath = (typeof PAGES)[number]['path'];

/** The pages a role may use, for the navigation. */
export function pagesFor(role: Role): PageAccess[] {
  return PAGES.filter((page) => (page.roles as readonly Role[]).includes(role));
}

/** Whether a role may open a page. */
export function mayOpen(role: Role, path: PagePath): boolean {
  const page = PAGES.find((p) => p.path === path);
  return page !== undefined && (page.roles as readonly Role[]).includes(role);
}

/**
 * Where to go after signing in: the page the user was sent away from, if it is a local path. Anything else
 * (another origin, `//evil.example`) falls back to the overview, so the login page is no open redirect.
 */
export function safeReturnPath(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\'))
    return '/';
  if (from.startsWith('/login')) return '/';
  return from;
}
