import { accountNb } from '../account/i18n/nb.ts';
import { ssoNb } from '../sso/i18n/nb.ts';
import { uiNb } from '../ui/i18n/nb.ts';
import type { coreDa } from './da.ts';

/** Norwegian (bokmål). The shell's texts; a missing or misspelt key is a compile error. */
export const coreNb = {
  'app.name': 'Borgerblik',
  'app.skipLink': 'Gå til hovedinnhold',
  'nav.label': 'Hovedmeny',
  'nav.menu': 'Meny',
  'nav.overview': 'Oversikt',
  'nav.dashboard': 'Innbyggeropplevelse',
  'nav.journeys': 'Innbyggerreiser',
  'nav.surveys': 'Undersøkelser',
  'nav.translations': 'Oversettelser',
  'nav.eventlogs': 'Hendelseslogger',
  'nav.improvement': 'Forbedring',
  'nav.complaints': 'Klager og konflikter',
  'nav.pulse': 'Medarbeiderpuls',
  'nav.programmes': 'Dialogforløp',
  'nav.integrations': 'Integrasjoner',
  'nav.lifecycle': 'Data og sletting',
  'nav.units': 'Organisasjon',
  'nav.users': 'Brukere',
  'nav.audit': 'Revisjonslogg',
  'header.signedInAs': 'Logget inn som {name}',
  'header.logout': 'Logg ut',
  'header.language': 'Språk',
  'footer.apiDocs': 'API-dokumentasjon',
  'footer.licence': 'Borgerblik er åpen kildekode (EUPL-1.2).',
  'lang.da': 'Dansk',
  'lang.nb': 'Norsk (bokmål)',
  'lang.en': 'English',
  'lang.saveFailed': 'Språket er byttet her, men kunne ikke lagres på profilen din.',

  'common.loading': 'Laster …',
  'common.retry': 'Prøv igjen',
  'common.cancel': 'Avbryt',
  'common.save': 'Lagre',
  'common.saving': 'Lagrer …',
  'common.close': 'Lukk',
  'common.undo': 'Angre',
  'common.optional': '(valgfritt)',
  'common.errorTitle': 'Det oppstod en feil',
  'common.networkError': 'Fikk ikke kontakt med serveren. Sjekk tilkoblingen, og prøv igjen.',
  'common.unknownError': 'Noe gikk galt. Prøv igjen om litt.',
  'common.dismiss': 'Lukk meldingen',
  'common.notifications': 'Meldinger',
  'common.never': 'Aldri',
  'common.none': 'Ingen',
  'common.actions': 'Handlinger',

  'notFound.title': 'Siden finnes ikke',
  'notFound.body': 'Adressen er feil, eller siden er flyttet.',
  'notFound.back': 'Gå til oversikten',
  'forbidden.title': 'Du har ikke tilgang',
  'forbidden.body':
    'Siden krever en annen rolle. Kontakt en administrator i kommunen hvis du trenger tilgang.',
  'overview.minGroupSize':
    'Av hensyn til anonymitet vises resultater bare for grupper med minst {count} innbyggere.',

  'login.title': 'Logg inn',
  'login.intro': 'Logg inn med jobb-e-posten din for å se kommunens tjenester fra innbyggerens side.',
  'login.email': 'E-post',
  'login.password': 'Passord',
  'login.submit': 'Logg inn',
  'login.submitting': 'Logger inn …',
  'login.sessionExpired': 'Du har blitt logget ut. Logg inn igjen for å fortsette.',
  'login.loggedOut': 'Du er nå logget ut.',

  'role.admin': 'Administrator',
  'role.analyst': 'Analytiker',
  'role.staff': 'Medarbeider',
  'role.viewer': 'Leser',
  'role.admin.description':
    'Administrerer organisasjon og brukere, ser revisjonsloggen og kan alt de andre kan.',
  'role.analyst.description':
    'Jobber med data og analyser på tvers av hele kommunen, men administrerer ikke brukere eller organisasjon.',
  'role.staff.description': 'Jobber med innbyggernes opplevelser i enhetene medarbeideren er knyttet til.',
  'role.viewer.description': 'Kan se resultater for enhetene leseren er knyttet til, men ikke endre noe.',

  ...accountNb,
  ...uiNb,
  ...ssoNb,
} as const satisfies Record<keyof typeof coreDa, string>;
