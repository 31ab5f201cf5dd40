import type { ErrorCode } from './error-codes.ts';
import { interpolate, type Locale } from './locale.ts';

export { type ErrorCode, isErrorCode } from './error-codes.ts';

/** The message of every API error code (`error-codes.ts`) in every language. */
type Messages = { readonly [K in ErrorCode]: string };

const da: Messages = {
  validation_failed: 'Nogle felter er ikke udfyldt korrekt.',
  malformed_json: 'Forespørgslen er ikke gyldig JSON (fejl nær tegn {position}).',
  invalid_credentials: 'Forkert e-mail eller adgangskode.',
  account_locked: 'Kontoen er midlertidigt låst efter for mange forsøg. Prøv igen om {minutes} minutter.',
  account_inactive: 'Kontoen er deaktiveret. Kontakt en administrator.',
  not_authenticated: 'Du skal logge ind.',
  session_expired: 'Din session er udløbet. Log ind igen.',
  csrf_failed: 'Sikkerhedstoken mangler eller er forkert. Genindlæs siden og prøv igen.',
  token_invalid: 'API-nøglen er ukendt, udløbet eller tilbagekaldt.',
  token_scope_missing: 'API-nøglen giver ikke adgang til dette (kræver {scope}).',
  forbidden: 'Din rolle giver ikke adgang til dette.',
  not_found: 'Det findes ikke.',
  route_not_found: 'Adressen {method} {url} findes ikke.',
  malformed_url: 'Adressen er ikke gyldig: tegnkodningen (%) er forkert.',
  url_too_long: 'En del af adressen er for lang (højst {limit} tegn).',
  payload_too_large: 'Forespørgslen er for stor (højst {limit} bytes).',
  unsupported_media_type: 'Indholdstypen understøttes ikke.',
  rate_limited: 'For mange forespørgsler. Vent lidt og prøv igen.',
  unit_has_children: 'Enheden har aktive underenheder. Flyt eller arkivér dem først.',
  unit_cycle: 'En enhed kan ikke placeres under sig selv eller sine egne underenheder.',
  unit_parent_archived: 'Den overordnede enhed er arkiveret. Gendan den først.',
  self_change_forbidden: 'Du kan ikke deaktivere din egen konto eller fjerne din egen administratorrolle.',
  journey_version_conflict:
    'Borgerrejsen er gemt af en anden i mellemtiden (nu version {current}). Hent den nyeste version, og gem igen.',
  journey_not_your_unit: 'Du kan kun redigere borgerrejser, der hører til dine egne enheder.',
  journey_import_invalid: 'Filen kan ikke importeres ({count} fejl). Intet er gemt.',
  survey_locked: 'Spørgsmålene i en åben eller lukket undersøgelse kan ikke ændres. Lav en ny version.',
  survey_transition: 'Undersøgelsen kan ikke gå fra {from} til {to}.',
  survey_closed: 'Undersøgelsen er lukket.',
  group_too_small:
    'For få besvarelser til at vise dette ({count}; mindst {minimum}), så ingen kan genkendes.',
  kiosk_unauthorized: 'Enheden er ikke registreret eller er blevet afmeldt.',
  translation_import_invalid:
    'Oversættelsen kan ikke importeres: linje {line}, {element}: {reason} Intet er importeret; ret filen, og prøv igen.',
  translation_locked:
    'Teksten {key} er låst: indikatorernes indbyggede ordlyd kan ikke ændres på dette sprog.',
  complaint_import_invalid:
    'Filen kan ikke importeres: {count} fejl. Intet er importeret; ret filen, og prøv igen.',
  complaint_import_unreadable:
    'Filen kan ikke læses. Brug CSV (semikolon eller komma) eller XLSX med en overskriftsrække.',
  improvement_criteria_locked:
    'Forsøget er startet, så succeskriterier, målinger, perioder og enheder ligger fast. Kun optællingernes tal kan ændres.',
  improvement_criteria_missing: 'Skriv succeskriterierne og vælg mindst én måling, før forsøget startes.',
  improvement_session_closed: 'Observationssessionen er allerede afsluttet og kan ikke genoptages.',
  improvement_photo_invalid: 'Billedet skal være JPEG, PNG eller WebP på højst 3 MB.',
  eventlog_state: 'Hændelsesloggen kan ikke det lige nu (status: {status}).',
  journey_log_not_mapped:
    'Denne version af rejsen er ikke koblet til en hændelseslog endnu. Kobl trin og aktiviteter først.',
  offboarding_export_required:
    'Hent først den fulde eksport af kommunens data (inden for det seneste døgn); derefter kan kommunen slettes.',
  password_login_disabled:
    'Kommunen logger ind med sin egen login-tjeneste. Brug knappen for kommunens login i stedet for adgangskode.',
  secret_key_missing:
    'Hemmeligheder kan ikke gemmes: serveren mangler BORGERBLIK_SECRET_KEY. Bed driften om at sætte den.',
  sso_metadata_invalid: 'IdP-metadata kan ikke læses: {detail}',
  sso_provider_unavailable: 'Login-tjenesten svarer ikke lige nu. Prøv igen om lidt.',
  internal: 'Der opstod en uventet fejl. Prøv igen, eller kontakt support.',
};

const nb: Messages = {
  validation_failed: 'Noen felter er ikke fylt ut riktig.',
  malformed_json: 'Forespørselen er ikke gyldig JSON (feil nær tegn {position}).',
  invalid_credentials: 'Feil e-post eller passord.',
  account_locked: 'Kontoen er midlertidig låst etter for mange forsøk. Prøv igjen om {minutes} minutter.',
  account_inactive: 'Kontoen er deaktivert. Kontakt en administrator.',
  not_authenticated: 'Du må logge inn.',
  session_expired: 'Økten din er utløpt. Logg inn igjen.',
  csrf_failed: 'Sikkerhetstoken mangler eller er feil. Last inn siden på nytt og prøv igjen.',
  token_invalid: 'API-nøkkelen er ukjent, utløpt eller tilbakekalt.',
  token_scope_missing: 'API-nøkkelen gir ikke tilgang til dette (krever {scope}).',
  forbidden: 'Rollen din gir ikke tilgang til dette.',
  not_found: 'Det finnes ikke.',
  route_not_found: 'Adressen {method} {url} finnes ikke.',
  malformed_url: 'Adressen er ikke gyldig: tegnkodingen (%) er feil.',
  url_too_long: 'En del av adressen er for lang (høyst {limit} tegn).',
  payload_too_large: 'Forespørselen er for stor (høyst {limit} byte).',
  unsupported_media_type: 'Innholdstypen støttes ikke.',
  rate_limited: 'For mange forespørsler. Vent litt og prøv igjen.',
  unit_has_children: 'Enheten har aktive underenheter. Flytt eller arkiver dem først.',
  unit_cycle: 'En enhet kan ikke plasseres under seg selv eller sine egne underenheter.',
  unit_parent_archived: 'Den overordnede enheten er arkivert. Gjenopprett den først.',
  self_change_forbidden: 'Du kan ikke deaktivere din egen konto eller fjerne din egen administratorrolle.',
  journey_version_conflict:
    'Innbyggerreisen er lagret av en annen i mellomtiden (nå versjon {current}). Hent den nyeste versjonen, og lagre igjen.',
  journey_not_your_unit: 'Du kan bare redigere innbyggerreiser som hører til dine egne enheter.',
  journey_import_invalid: 'Filen kan ikke importeres ({count} feil). Ingenting er lagret.',
  survey_locked: 'Spørsmålene i en åpen eller lukket undersøkelse kan ikke endres. Lag en ny versjon.',
  survey_transition: 'Undersøkelsen kan ikke gå fra {from} til {to}.',
  survey_closed: 'Undersøkelsen er lukket.',
  group_too_small: 'For få svar til å vise dette ({count}; minst {minimum}), slik at ingen kan gjenkjennes.',
  kiosk_unauthorized: 'Enheten er ikke registrert eller er blitt avregistrert.',
  translation_import_invalid:
    'Oversettelsen kan ikke importeres: linje {line}, {element}: {reason} Ingenting er importert; rett filen og prøv igjen.',
  translation_locked:
    'Teksten {key} er låst: indikatorenes innebygde ordlyd kan ikke endres på dette språket.',
  complaint_import_invalid:
    'Filen kan ikke importeres: {count} feil. Ingenting er importert; rett filen og prøv igjen.',
  complaint_import_unreadable:
    'Filen kan ikke leses. Bruk CSV (semikolon eller komma) eller XLSX med en overskriftsrad.',
  improvement_criteria_locked:
    'Forsøket er startet, så suksesskriterier, målinger, perioder og enheter ligger fast. Bare tallene i opptellingene kan endres.',
  improvement_criteria_missing: 'Skriv suksesskriteriene og velg minst én måling før forsøket startes.',
  improvement_session_closed: 'Observasjonsøkten er allerede avsluttet og kan ikke gjenopptas.',
  improvement_photo_invalid: 'Bildet må være JPEG, PNG eller WebP på høyst 3 MB.',
  eventlog_state: 'Hendelsesloggen kan ikke det akkurat nå (status: {status}).',
  journey_log_not_mapped:
    'Denne versjonen av reisen er ikke koblet til en hendelseslogg ennå. Koble trinn og aktiviteter først.',
  offboarding_export_required:
    'Last først ned den fullstendige eksporten av kommunens data (innen siste døgn); deretter kan kommunen slettes.',
  password_login_disabled:
    'Kommunen logger inn med sin egen påloggingstjeneste. Bruk knappen for kommunens pålogging i stedet for passord.',
  secret_key_missing:
    'Hemmeligheter kan ikke lagres: serveren mangler BORGERBLIK_SECRET_KEY. Be driften om å sette den.',
  sso_metadata_invalid: 'IdP-metadata kan ikke leses: {detail}',
  sso_provider_unavailable: 'Påloggingstjenesten svarer ikke nå. Prøv igjen om litt.',
  internal: 'Det oppstod en uventet feil. Prøv igjen, eller kontakt support.',
};

const en: Messages = {
  validation_failed: 'Some fields are not filled in correctly.',
  malformed_json: 'The request is not valid JSON (error near character {position}).',
  invalid_credentials: 'Wrong e-mail or password.',
  account_locked:
    'The account is temporarily locked after too many attempts. Try again in {minutes} minutes.',
  account_inactive: 'The account is deactivated. Contact an administrator.',
  not_authenticated: 'Please log in.',
  session_expired: 'Your session has expired. Please log in again.',
  csrf_failed: 'The security token is missing or wrong. Reload the page and try again.',
  token_invalid: 'The API token is unknown, expired or revoked.',
  token_scope_missing: 'The API token does not give access to this (needs {scope}).',
  forbidden: 'Your role does not give access to this.',
  not_found: 'It does not exist.',
  route_not_found: 'The address {method} {url} does not exist.',
  malformed_url: 'The address is not valid: its percent-encoding is broken.',
  url_too_long: 'Part of the address is too long (at most {limit} characters).',
  payload_too_large: 'The request is too large (at most {limit} bytes).',
  unsupported_media_type: 'The content type is not supported.',
  rate_limited: 'Too many requests. Wait a moment and try again.',
  unit_has_children: 'The unit has active sub-units. Move or archive them first.',
  unit_cycle: 'A unit cannot be placed under itself or its own sub-units.',
  unit_parent_archived: 'The parent unit is archived. Restore it first.',
  self_change_forbidden: 'You cannot deactivate your own account or remove your own administrator role.',
  journey_version_conflict:
    'Someone else saved this journey in the meantime (now version {current}). Load the newest version and save again.',
  journey_not_your_unit: 'You can only edit journeys that belong to your own units.',
  journey_import_invalid: 'The file cannot be imported ({count} problems). Nothing was saved.',
  survey_locked: 'The questions of an open or closed survey cannot change. Make a new version.',
  survey_transition: 'The survey cannot go from {from} to {to}.',
  survey_closed: 'The survey is closed.',
  group_too_small:
    'Too few responses to show this ({count}; at least {minimum}), so that no one can be recognised.',
  kiosk_unauthorized: 'The device is not registered or has been revoked.',
  translation_import_invalid:
    'The translation cannot be imported: line {line}, {element}: {reason} Nothing was imported; fix the file and try again.',
  translation_locked:
    'The text {key} is locked: the built-in wording of the indicators cannot change in this language.',
  complaint_import_invalid:
    'The file cannot be imported: {count} problems. Nothing was imported; fix the file and try again.',
  complaint_import_unreadable:
    'The file cannot be read. Use CSV (semicolon or comma) or XLSX with a header row.',
  improvement_criteria_locked:
    'The test has started, so success criteria, measures, periods and units are fixed. Only the numbers of the counts can change.',
  improvement_criteria_missing:
    'Write the success criteria and choose at least one measure before starting the test.',
  improvement_session_closed: 'The observation session is already closed and cannot be resumed.',
  improvement_photo_invalid: 'The photo must be JPEG, PNG or WebP of at most 3 MB.',
  eventlog_state: 'The event log cannot do that now (status: {status}).',
  journey_log_not_mapped:
    'This version of the journey is not mapped to an event log yet. Map steps and activities first.',
  offboarding_export_required:
    "Download the full export of the municipality's data first (within the last 24 hours); then the municipality can be deleted.",
  password_login_disabled:
    "The municipality signs in with its own identity provider. Use the municipality's sign-in button instead of a password.",
  secret_key_missing:
    'Secrets cannot be saved: the server has no BORGERBLIK_SECRET_KEY. Ask operations to set it.',
  sso_metadata_invalid: 'The IdP metadata cannot be read: {detail}',
  sso_provider_unavailable: 'The identity provider does not answer right now. Try again shortly.',
  internal: 'An unexpected error occurred. Try again, or contact support.',
};

export const errorMessages: Record<Locale, Messages> = { da, nb, en };

/** The localised message of an API error code. */
export function errorMessage(
  locale: Locale,
  code: ErrorCode,
  params?: Record<string, string | number>,
): string {
  return interpolate(errorMessages[locale][code], params);
}
