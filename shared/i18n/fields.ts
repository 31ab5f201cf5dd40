import { interpolate, type Locale } from './locale.ts';

/** Messages for one invalid field, keyed by the kind of problem (mapped from zod's issue codes). */
export type FieldProblem = keyof typeof da;

const da = {
  required: 'Skal udfyldes.',
  invalid_type: 'Forkert type: forventede {expected}.',
  too_short: 'Skal være mindst {minimum} tegn.',
  too_long: 'Må højst være {maximum} tegn.',
  too_small: 'Skal være mindst {minimum}.',
  too_big: 'Må højst være {maximum}.',
  too_few_items: 'Skal have mindst {minimum} elementer.',
  too_many_items: 'Må højst have {maximum} elementer.',
  invalid_email: 'Skal være en gyldig e-mailadresse.',
  invalid_uuid: 'Skal være et gyldigt id.',
  invalid_format: 'Formatet er ikke gyldigt.',
  invalid_value: 'Skal være en af: {options}.',
  unknown_field: 'Feltet {key} er ukendt.',
  invalid: 'Værdien er ikke gyldig.',
  unknown_reference: 'Henviser til noget, der ikke findes.',
  webhook_address_blocked:
    'Adressen peger på et lokalt eller privat netværk ({address}); det er ikke tilladt for webhooks.',
  webhook_address_unresolved: 'Værtsnavnet kunne ikke slås op.',
  email_taken: 'E-mailadressen er allerede i brug.',
  wrong_password: 'Den nuværende adgangskode er forkert.',
  duplicate_id: 'Id\'et "{id}" bruges flere gange.',
  unknown_actor: 'Aktøren "{id}" findes ikke i rejsen.',
  unknown_stage: 'Fasen "{id}" findes ikke i rejsen.',
  unknown_step: 'Trinnet "{id}" findes ikke i rejsen.',
  invalid_json: 'Ikke gyldig JSON: {detail}',
  unknown_unit: 'Enheden "{value}" findes ikke i kommunens organisation.',
  unknown_area: 'Området "{value}" findes ikke på listen over serviceområder.',
  invalid_date: 'Datoen "{value}" kan ikke læses. Skriv fx 2024-03-12 eller 12-03-2024.',
  invalid_choice: '"{value}" er ikke en gyldig værdi. Brug en af: {options}.',
  answer_before_receipt: 'Svardatoen ligger før modtagelsesdatoen.',
  no_subject: 'Angiv, om klagen handler om processen, afgørelsen eller begge.',
  nul_character: 'Må ikke indeholde nul-tegnet (U+0000).',
  embed_origin_invalid:
    '"{value}" er ikke en oprindelse: skriv kun skema, værtsnavn og evt. port, fx https://www.kommune.dk.',
  embed_origin_https: '"{value}" skal bruge https (kun http://localhost er tilladt, til udvikling).',
};

type Messages = { [K in keyof typeof da]: string };

const nb: Messages = {
  required: 'Må fylles ut.',
  invalid_type: 'Feil type: forventet {expected}.',
  too_short: 'Må være minst {minimum} tegn.',
  too_long: 'Kan høyst være {maximum} tegn.',
  too_small: 'Må være minst {minimum}.',
  too_big: 'Kan høyst være {maximum}.',
  too_few_items: 'Må ha minst {minimum} elementer.',
  too_many_items: 'Kan høyst ha {maximum} elementer.',
  invalid_email: 'Må være en gyldig e-postadresse.',
  invalid_uuid: 'Må være en gyldig id.',
  invalid_format: 'Formatet er ikke gyldig.',
  invalid_value: 'Må være en av: {options}.',
  unknown_field: 'Feltet {key} er ukjent.',
  invalid: 'Verdien er ikke gyldig.',
  unknown_reference: 'Viser til noe som ikke finnes.',
  webhook_address_blocked:
    'Adressen peker til et lokalt eller privat nettverk ({address}); det er ikke tillatt for webhooks.',
  webhook_address_unresolved: 'Vertsnavnet kunne ikke slås opp.',
  email_taken: 'E-postadressen er allerede i bruk.',
  wrong_password: 'Det nåværende passordet er feil.',
  duplicate_id: 'ID-en "{id}" brukes flere ganger.',
  unknown_actor: 'Aktøren "{id}" finnes ikke i reisen.',
  unknown_stage: 'Fasen "{id}" finnes ikke i reisen.',
  unknown_step: 'Steget "{id}" finnes ikke i reisen.',
  invalid_json: 'Ikke gyldig JSON: {detail}',
  unknown_unit: 'Enheten "{value}" finnes ikke i kommunens organisasjon.',
  unknown_area: 'Området "{value}" finnes ikke på listen over tjenesteområder.',
  invalid_date: 'Datoen "{value}" kan ikke leses. Skriv f.eks. 2024-03-12 eller 12.03.2024.',
  invalid_choice: '"{value}" er ikke en gyldig verdi. Bruk en av: {options}.',
  answer_before_receipt: 'Svardatoen ligger før mottaksdatoen.',
  no_subject: 'Angi om klagen gjelder prosessen, vedtaket eller begge.',
  nul_character: 'Kan ikke inneholde nulltegnet (U+0000).',
  embed_origin_invalid:
    '"{value}" er ikke en opprinnelse: skriv bare skjema, vertsnavn og ev. port, f.eks. https://www.kommune.no.',
  embed_origin_https: '"{value}" må bruke https (bare http://localhost er tillatt, for utvikling).',
};

const en: Messages = {
  required: 'Required.',
  invalid_type: 'Wrong type: expected {expected}.',
  too_short: 'Must be at least {minimum} characters.',
  too_long: 'Must be at most {maximum} characters.',
  too_small: 'Must be at least {minimum}.',
  too_big: 'Must be at most {maximum}.',
  too_few_items: 'Must have at least {minimum} items.',
  too_many_items: 'Must have at most {maximum} items.',
  invalid_email: 'Must be a valid e-mail address.',
  invalid_uuid: 'Must be a valid id.',
  invalid_format: 'The format is not valid.',
  invalid_value: 'Must be one of: {options}.',
  unknown_field: 'The field {key} is unknown.',
  invalid: 'The value is not valid.',
  unknown_reference: 'Refers to something that does not exist.',
  webhook_address_blocked:
    'The address points into a local or private network ({address}); webhooks may not call it.',
  webhook_address_unresolved: 'The host name could not be resolved.',
  email_taken: 'The e-mail address is already in use.',
  wrong_password: 'The current password is wrong.',
  duplicate_id: 'The id "{id}" is used more than once.',
  unknown_actor: 'The actor "{id}" does not exist in the journey.',
  unknown_stage: 'The stage "{id}" does not exist in the journey.',
  unknown_step: 'The step "{id}" does not exist in the journey.',
  invalid_json: 'Not valid JSON: {detail}',
  unknown_unit: 'The unit "{value}" does not exist in the municipality\'s organisation.',
  unknown_area: 'The area "{value}" is not on the list of service areas.',
  invalid_date: 'The date "{value}" cannot be read. Write e.g. 2024-03-12 or 12-03-2024.',
  invalid_choice: '"{value}" is not a valid value. Use one of: {options}.',
  answer_before_receipt: 'The answer date is before the date received.',
  no_subject: 'Say whether the complaint is about the process, the decision or both.',
  nul_character: 'Must not contain the NUL character (U+0000).',
  embed_origin_invalid:
    '"{value}" is not an origin: write only scheme, host name and optional port, e.g. https://www.kommune.dk.',
  embed_origin_https: '"{value}" must use https (only http://localhost is allowed, for development).',
};

export const fieldMessages: Record<Locale, Messages> = { da, nb, en };

/** The localised message for one invalid field. */
export function fieldMessage(
  locale: Locale,
  problem: FieldProblem,
  params?: Record<string, string | number>,
) {
  return interpolate(fieldMessages[locale][problem], params);
}
