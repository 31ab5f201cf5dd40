import { accountDa } from '../account/i18n/da.ts';
import { citizenPagesDa } from '../citizen-settings/i18n/da.ts';
import { dashboardDa } from '../dashboard/i18n/da.ts';
import { eventlogDa } from '../eventlog/i18n/da.ts';
import { improvementDa } from '../improvement/i18n/da.ts';
import { integrationsDa } from '../integrations/i18n/da.ts';
import { actualDa } from '../journeys/actual/i18n/da.ts';
import { journeysDa } from '../journeys/i18n/da.ts';
import { lifecycleDa } from '../lifecycle/i18n/da.ts';
import { startDa } from '../overview/i18n/da.ts';
import { dialogDa } from '../programmes/i18n/da.ts';
import { ssoDa } from '../sso/i18n/da.ts';
import { surveysDa } from '../surveys/i18n/da.ts';
import { surveyPreviewDa } from '../surveys/i18n/preview.da.ts';
import { uiDa } from '../ui/i18n/da.ts';

/**
 * Danish, the reference dictionary: every key the UI uses is defined here first, and `nb.ts` / `en.ts` must
 * define exactly the same keys (a type error otherwise). Placeholders are written `{name}` and are typed from
 * these strings, so `t('users.created', { name })` is checked at compile time. A message with a count is
 * written as two keys, `x_one` and `x_other`; `t('x', { count })` picks one by the language's plural rules.
 * Each language's dictionary is its own chunk, loaded when that language is chosen (see `translate.ts`).
 */
export const da = {
  'app.name': 'Borgerblik',
  'app.tagline': 'Kommunens services set fra borgerens side',
  'app.skipLink': 'Gå til hovedindhold',
  'nav.label': 'Hovedmenu',
  'nav.menu': 'Menu',
  'nav.overview': 'Overblik',
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
  'common.fixFields': 'Ret de markerede felter, og prøv igen.',
  'common.dismiss': 'Luk beskeden',
  'common.notifications': 'Beskeder',
  'common.never': 'Aldrig',
  'common.none': 'Ingen',
  'common.actions': 'Handlinger',
  'common.yes': 'Ja',
  'common.no': 'Nej',

  'notFound.title': 'Siden findes ikke',
  'notFound.body': 'Adressen er forkert, eller siden er flyttet.',
  'notFound.back': 'Gå til overblikket',
  'forbidden.title': 'Du har ikke adgang',
  'forbidden.body':
    'Siden kræver en anden rolle. Kontakt en administrator i din kommune, hvis du har brug for adgang.',

  'login.title': 'Log ind',
  'login.intro': 'Log ind med din arbejdsmail for at se kommunens services fra borgerens side.',
  'login.email': 'E-mail',
  'login.password': 'Adgangskode',
  'login.submit': 'Log ind',
  'login.submitting': 'Logger ind …',
  'login.sessionExpired': 'Du er blevet logget ud. Log ind igen for at fortsætte.',
  'login.loggedOut': 'Du er nu logget ud.',

  'overview.title': 'Overblik',
  'overview.country.DK': 'Danmark',
  'overview.country.NO': 'Norge',
  'overview.countsTitle': 'Nøgletal',
  'overview.count.units': 'Aktive enheder i organisationen',
  'overview.count.entrances': 'Borgerindgange',
  'overview.count.users': 'Aktive brugere',
  'overview.count.archived': 'Arkiverede enheder',
  'overview.minGroupSize':
    'Af hensyn til anonymitet vises resultater kun for grupper med mindst {count} borgere.',
  'overview.yourRole': 'Din rolle: {role}',

  'kind.DK.administration': 'Forvaltning',
  'kind.DK.department': 'Center/afdeling',
  'kind.DK.unit': 'Enhed',
  'kind.NO.administration': 'Sektor',
  'kind.NO.department': 'Afdeling',
  'kind.NO.unit': 'Enhed',
  'unit.entranceBadge': 'Borgerindgang',
  'unit.archivedBadge': 'Arkiveret',
  'unit.orphanBadge': 'Mangler overordnet enhed',

  'units.title': 'Organisation',
  'units.intro':
    'Byg kommunens organisation op i niveauer. Markér de steder, hvor borgerne møder kommunen, som borgerindgange.',
  'units.treeLabel': 'Organisationstræ',
  'units.showArchived': 'Vis arkiverede enheder',
  'units.empty': 'Der er ingen enheder endnu. Start med at oprette det øverste niveau.',
  'units.cycleWarning':
    'Nogle enheder peger på hinanden i ring. De vises derfor på øverste niveau – flyt dem.',
  'units.create.title': 'Opret enhed',
  'units.create.submit': 'Opret enhed',
  'units.created': '{name} er oprettet.',
  'units.edit.title': 'Rediger {name}',
  'units.edit.none': 'Vælg en enhed i træet for at redigere den.',
  'units.field.name': 'Navn',
  'units.field.kind': 'Niveau',
  'units.field.parent': 'Placeret under',
  'units.field.parentNone': 'Øverste niveau',
  'units.field.isEntrance': 'Borgerindgang',
  'units.field.isEntranceHint':
    'Her møder borgerne kommunen, fx en borgerservice, et jobcenter eller en skole.',
  'units.action.edit': 'Rediger',
  'units.action.addChild': 'Tilføj underenhed',
  'units.action.archive': 'Arkivér',
  'units.action.restore': 'Gendan',
  'units.actionsFor': 'Handlinger for {name}',
  'units.saved': 'Ændringerne af {name} er gemt.',
  'units.archiveConfirm.title': 'Arkivér {name}?',
  'units.archiveConfirm.body':
    'Enheden skjules i organisationen og kan ikke vælges til nyt arbejde. Du kan fortryde bagefter.',
  'units.archived': '{name} er arkiveret.',
  'units.restored': '{name} er gendannet.',

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

  'users.title': 'Brugere',
  'users.intro': 'Opret kolleger, giv dem en rolle, og knyt dem til de enheder, de arbejder i.',
  'users.rolesTitle': 'Roller',
  'users.tableCaption': 'Brugere i {municipality}',
  'users.col.name': 'Navn',
  'users.col.email': 'E-mail',
  'users.col.role': 'Rolle',
  'users.col.units': 'Enheder',
  'users.col.status': 'Status',
  'users.col.lastLogin': 'Seneste login',
  'users.status.active': 'Aktiv',
  'users.status.inactive': 'Deaktiveret',
  'users.you': '(dig)',
  'users.empty': 'Der er ingen brugere endnu.',
  'users.create.title': 'Opret bruger',
  'users.create.submit': 'Opret bruger',
  'users.created': '{name} er oprettet.',
  'users.field.email': 'E-mail',
  'users.field.name': 'Navn',
  'users.field.role': 'Rolle',
  'users.field.units': 'Enheder',
  'users.field.unitsHint': 'Vælg de enheder, brugeren arbejder i.',
  'users.field.noUnits': 'Der er ingen enheder at vælge. Opret dem under Organisation.',
  'users.tempPassword.title': 'Midlertidig adgangskode til {name}',
  'users.tempPassword.body':
    'Giv adgangskoden videre på en sikker måde. Den vises kun denne ene gang, og brugeren bør skifte den ved første login.',
  'users.tempPassword.label': 'Midlertidig adgangskode',
  'users.tempPassword.copy': 'Kopiér adgangskoden',
  'users.tempPassword.copied': 'Adgangskoden er kopieret.',
  'users.tempPassword.copyFailed': 'Kunne ikke kopiere. Markér adgangskoden, og kopiér den selv.',
  'users.tempPassword.done': 'Jeg har gemt adgangskoden',
  'users.action.edit': 'Rediger',
  'users.action.deactivate': 'Deaktivér',
  'users.action.reactivate': 'Genaktivér',
  'users.action.resetPassword': 'Nulstil adgangskode',
  'users.actionsFor': 'Handlinger for {name}',
  'users.edit.title': 'Rediger {name}',
  'users.saved': 'Ændringerne for {name} er gemt.',
  'users.deactivateConfirm.title': 'Deaktivér {name}?',
  'users.deactivateConfirm.body': 'Brugeren kan ikke længere logge ind. Du kan genaktivere brugeren senere.',
  'users.deactivated': '{name} er deaktiveret.',
  'users.reactivated': '{name} er genaktiveret.',
  'users.resetConfirm.title': 'Nulstil adgangskoden for {name}?',
  'users.resetConfirm.body':
    'Den nuværende adgangskode holder op med at virke med det samme, og du får en ny midlertidig adgangskode.',

  'audit.title': 'Revisionslog',
  'audit.intro': 'Alle væsentlige handlinger i Borgerblik bliver logget. De nyeste står øverst.',
  'audit.tableCaption': 'Revisionslog, nyeste først',
  'audit.col.at': 'Tidspunkt',
  'audit.col.actor': 'Udført af',
  'audit.col.action': 'Handling',
  'audit.col.target': 'Objekt',
  'audit.col.details': 'Detaljer',
  'audit.system': 'Systemet',
  'audit.loadMore': 'Hent flere',
  'audit.loadingMore': 'Henter flere …',
  'audit.end': 'Der er ikke flere poster.',
  'audit.empty': 'Loggen er tom.',
  'audit.shown': 'Viste poster: {count}',
  'audit.target.unit': 'Enhed',
  'audit.target.user': 'Bruger',
  'audit.target.municipality': 'Kommune',
  'audit.action.auth.login': 'Logget ind',
  'audit.action.auth.login_failed': 'Mislykket login',
  'audit.action.auth.logout': 'Logget ud',
  'audit.action.auth.locked': 'Konto låst',
  'audit.action.user.update_profile': 'Egen profil ændret',
  'audit.action.unit.create': 'Enhed oprettet',
  'audit.action.unit.update': 'Enhed ændret',
  'audit.action.unit.archive': 'Enhed arkiveret',
  'audit.action.unit.restore': 'Enhed gendannet',
  'audit.action.user.create': 'Bruger oprettet',
  'audit.action.user.update': 'Bruger ændret',
  'audit.action.user.reset_password': 'Adgangskode nulstillet',
  ...accountDa,
  ...journeysDa,
  ...actualDa,
  ...eventlogDa,
  ...integrationsDa,
  ...surveysDa,
  ...startDa,
  ...uiDa,
  ...surveyPreviewDa,
  ...ssoDa,
  ...citizenPagesDa,
  ...improvementDa,
  ...dashboardDa,
  ...dialogDa,
  ...lifecycleDa,
} as const;

/** Every key the Danish dictionary defines, plural variants (`…_one`, `…_other`) included. */
export type DictionaryKey = keyof typeof da;

/** Keys that come in plural variants: `x_one` and `x_other` define the message `x`, chosen by `{count}`. */
export type PluralKey = DictionaryKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

/** Every message key `t` accepts: the plain keys and the plural keys (without their variant suffix). */
export type MessageKey = Exclude<DictionaryKey, `${PluralKey}_one` | `${PluralKey}_other`> | PluralKey;

/** The shape `nb` and `en` must satisfy: exactly the Danish keys, each a string. */
export type Dictionary = { readonly [K in DictionaryKey]: string };
