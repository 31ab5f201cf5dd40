import { accountEn } from '../account/i18n/en.ts';
import { ssoEn } from '../sso/i18n/en.ts';
import { uiEn } from '../ui/i18n/en.ts';
import type { coreDa } from './da.ts';

/** English. The shell's texts; a missing or misspelt key is a compile error. */
export const coreEn = {
  'app.name': 'Borgerblik',
  'app.skipLink': 'Skip to main content',
  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.overview': 'Overview',
  'nav.dashboard': 'Citizen experience',
  'nav.journeys': 'Citizen journeys',
  'nav.surveys': 'Surveys',
  'nav.translations': 'Translations',
  'nav.eventlogs': 'Event logs',
  'nav.improvement': 'Improvement',
  'nav.complaints': 'Complaints and conflicts',
  'nav.pulse': 'Employee pulse',
  'nav.programmes': 'Dialog programmes',
  'nav.integrations': 'Integrations',
  'nav.lifecycle': 'Data and deletion',
  'nav.units': 'Organisation',
  'nav.users': 'Users',
  'nav.audit': 'Audit log',
  'header.signedInAs': 'Signed in as {name}',
  'header.logout': 'Sign out',
  'header.language': 'Language',
  'footer.apiDocs': 'API documentation',
  'footer.licence': 'Borgerblik is open source (EUPL-1.2).',
  'lang.da': 'Dansk',
  'lang.nb': 'Norsk (bokmål)',
  'lang.en': 'English',
  'lang.saveFailed': 'The language changed here, but could not be saved to your profile.',

  'common.loading': 'Loading …',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.saving': 'Saving …',
  'common.close': 'Close',
  'common.undo': 'Undo',
  'common.optional': '(optional)',
  'common.errorTitle': 'Something went wrong',
  'common.networkError': 'Could not reach the server. Check your connection and try again.',
  'common.unknownError': 'Something went wrong. Please try again shortly.',
  'common.dismiss': 'Dismiss message',
  'common.notifications': 'Notifications',
  'common.never': 'Never',
  'common.none': 'None',
  'common.actions': 'Actions',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address is wrong, or the page has moved.',
  'notFound.back': 'Go to the overview',
  'forbidden.title': 'You do not have access',
  'forbidden.body':
    'This page needs another role. Contact an administrator in your municipality if you need access.',
  'overview.minGroupSize':
    'To protect anonymity, results are only shown for groups of at least {count} citizens.',

  'login.title': 'Sign in',
  'login.intro': "Sign in with your work e-mail to see the municipality's services from the citizen's side.",
  'login.email': 'E-mail',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in …',
  'login.sessionExpired': 'You have been signed out. Sign in again to continue.',
  'login.loggedOut': 'You are now signed out.',

  'role.admin': 'Administrator',
  'role.analyst': 'Analyst',
  'role.staff': 'Staff member',
  'role.viewer': 'Viewer',
  'role.admin.description':
    'Manages the organisation and users, sees the audit log, and can do everything the others can.',
  'role.analyst.description':
    'Works with data and analyses across the whole municipality, but does not manage users or the organisation.',
  'role.staff.description': "Works with citizens' experiences in the units the staff member belongs to.",
  'role.viewer.description':
    'Can see results for the units the viewer belongs to, but cannot change anything.',

  ...accountEn,
  ...uiEn,
  ...ssoEn,
} as const satisfies Record<keyof typeof coreDa, string>;
