import type { Feature } from '../i18n/translate.ts';
import type { PagePath } from './access.ts';

/**
 * The feature texts each page needs besides the shell's (`web/i18n/load.ts`), loaded with the page so the
 * first load carries none of them. `page-texts.test.ts` follows every page's imports and fails when a key
 * it uses is defined by a feature missing here.
 */
export const PAGE_TEXTS: Readonly<Record<PagePath, readonly Feature[]>> = {
  '/': ['start'],
  '/dashboard': ['dashboard'],
  '/journeys': ['journeys', 'actual', 'eventlog'],
  '/surveys': ['surveys', 'citizenPages', 'translations'],
  '/translations': ['translations'],
  '/eventlogs': ['eventlog', 'dashboard', 'journeys'],
  '/improvement': ['improvement'],
  '/complaints': ['dialog'],
  '/pulse': ['dialog'],
  '/programmes': ['dialog'],
  '/units': ['citizenPages', 'surveys', 'units', 'ssoSettings'],
  '/integrations': ['integrations'],
  '/users': ['users'],
  '/audit': ['integrations', 'citizenPages', 'audit'],
  '/lifecycle': ['lifecycle'],
};
