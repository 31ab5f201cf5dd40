import { accountDa } from '../account/i18n/da.ts';
import { ssoDa } from '../sso/i18n/da.ts';
import { uiDa } from '../ui/i18n/da.ts';

/**
 * Danish texts of the shell (login, navigation, account, shared controls), the reference
 * for `nb.ts` / `en.ts`, which must define exactly the same keys (a type error otherwise). A feature's own
 * texts live in `web/<feature>/i18n/` and load with its pages (`load.ts`); `dictionary.ts` puts all together
 * for the types. Placeholders are written `{name}` and are typed from these strings, so
 * `t('users.created', { name })` is checked at compile time. A message with a count is written as two keys,
 * `x_one` and `x_other`; `t('x', { count })` picks one by the language's plural rules.
 */
export const coreDa = {
  'app.name': 'Borgerblik',
  'app.skipLink': 'Gå til hovedindhold',
  'nav.label': 'Hovedmenu',
  'nav.menu': 'Menu',
  'nav.overview': 'Overblik',
  'nav.dashboard': 'Borgeroplevelse',
  'nav.journeys': 'Borgerrejser',
  'nav.surveys': 'Undersøgelser',
  'nav.translations': 'Oversættelser',
  'nav.eventlogs': 'Hændelseslogs',
  'nav.improvement': 'Forbedring',
  'nav.complaints': 'Klager og konflikter',
  'nav.pulse': 'Medarbejderpuls',
  'nav.programmes': 'Dialogforløb',
  'nav.integrations': 'Integrationer',
  'nav.lifecycle': 'Data og sletning',
  'nav.units': 'Organisation',
  'nav.users': 'Brugere',
  'nav.audit': 'Revisionslog',
  'header.signedInAs': 'Logget ind som {name}',
  'header.logout': 'Log ud',
  'header.language': 'Sprog',
  'footer.apiDocs': 'API-dokumentation',
  'footer.licence': 'Borgerblik er open source (EUPL-1.2).',
  'lang.da': 'Dansk',
  'lang.nb': 'Norsk (bokmål)',
  'lang.en': 'English',
  'lang.saveFailed': 'Sproget er skiftet her, men kunne ikke gemmes på din profil.',

  'common.loading': 'Indlæser …',
  'common.retry': 'Prøv igen',
  'common.cancel': 'Annuller',
  'common.save': 'Gem',
  'common.saving': 'Gemmer …',
  'common.close': 'Luk',
  'common.undo': 'Fortryd',
  'common.optional': '(valgfri)',
  'common.errorTitle': 'Der skete en fejl',
  'common.networkError': 'Kunne ikke få forbindelse til serveren. Tjek din forbindelse, og prøv igen.',
  'common.unknownError': 'Noget gik galt. Prøv igen om lidt.',
  'common.dismiss': 'Luk beskeden',
  'common.notifications': 'Beskeder',
  'common.never': 'Aldrig',
  'common.none': 'Ingen',
  'common.actions': 'Handlinger',

  'notFound.title': 'Siden findes ikke',
  'notFound.body': 'Adressen er forkert, eller siden er flyttet.',
  'notFound.back': 'Gå til overblikket',
  'forbidden.title': 'Du har ikke adgang',
  'forbidden.body':
    'Siden kræver en anden rolle. Kontakt en administrator i din kommune, hvis du har brug for adgang.',
  'overview.minGroupSize':
    'Af hensyn til anonymitet vises resultater kun for grupper med mindst {count} borgere.',

  'login.title': 'Log ind',
  'login.intro': 'Log ind med din arbejdsmail for at se kommunens services fra borgerens side.',
  'login.email': 'E-mail',
  'login.password': 'Adgangskode',
  'login.submit': 'Log ind',
  'login.submitting': 'Logger ind …',
  'login.sessionExpired': 'Du er blevet logget ud. Log ind igen for at fortsætte.',
  'login.loggedOut': 'Du er nu logget ud.',

  'role.admin': 'Administrator',
  'role.analyst': 'Analytiker',
  'role.staff': 'Medarbejder',
  'role.viewer': 'Læser',
  'role.admin.description':
    'Administrerer organisation og brugere, ser revisionsloggen og kan alt det, de andre kan.',
  'role.analyst.description':
    'Arbejder med data og analyser på tværs af hele kommunen, men administrerer ikke brugere eller organisation.',
  'role.staff.description': 'Arbejder med borgernes oplevelser i de enheder, medarbejderen er knyttet til.',
  'role.viewer.description':
    'Kan se resultater for de enheder, læseren er knyttet til, men ikke ændre noget.',

  ...accountDa,
  ...uiDa,
  ...ssoDa,
} as const;
