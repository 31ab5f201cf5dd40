import { CHANNELS, COMPLAINT_KINDS, OUTCOMES, PROCESS_REASONS } from './taxonomy.ts';

/**
 * Words accepted in import files for each coded value, besides the key itself: the Danish and
 * Norwegian words people actually type. Matching is case-insensitive.
 */
const SYNONYMS: Record<string, Record<string, readonly string[]>> = {
  kind: { complaint: ['klage'], conflict: ['konflikt', 'konfliktepisode'] },
  channel: {
    letter: ['brev'],
    email: ['e-mail', 'mail', 'e-post', 'epost'],
    digital_post: ['digital post', 'e-boks', 'digipost'],
    phone: ['telefon', 'tlf'],
    in_person: ['personligt', 'personlig', 'fremmøde', 'oppmøte', 'møde', 'møte'],
    web_form: ['webformular', 'webskjema', 'formular', 'skjema'],
    other: ['andet', 'annet'],
  },
  about: {
    process: ['proces', 'prosess', 'sagsbehandling', 'saksbehandling'],
    decision: ['afgørelse', 'afgorelse', 'vedtak', 'beslutning'],
    both: ['begge', 'begge dele', 'process and decision'],
  },
  processReasons: {
    waiting: ['ventetid', 'venting', 'wait'],
    information: ['info', 'orientering'],
    treatment: ['behandling', 'tone', 'måde', 'måte'],
    language: ['sprog', 'språk'],
    not_involved: [
      'ikke inddraget',
      'ikke involveret',
      'ikke involvert',
      'ikke hørt',
      'inddragelse',
      'medvirkning',
    ],
  },
  severity: {
    '1': ['lav', 'low'],
    '2': ['middel', 'medium', 'mellem'],
    '3': ['høj', 'høy', 'high', 'alvorlig'],
  },
  outcome: {
    open: ['åben', 'åpen', 'verserende'],
    resolved_in_dialog: ['løst i dialog', 'løst'],
    upheld: ['medhold', 'omgjort'],
    partly_upheld: ['delvist medhold', 'delvis medhold', 'delvis omgjort'],
    not_upheld: ['afvist', 'ikke medhold', 'avslått', 'stadfæstet'],
    withdrawn: ['trukket tilbage', 'trukket', 'trukket tilbake'],
    forwarded: ['videresendt', 'oversendt'],
  },
};

/** Words for the default service areas (da/nb/en), so files may name them as people do. */
export const AREA_WORDS: Record<string, readonly string[]> = {
  handicap: ['handicap', 'handicapområdet', 'funksjonshemming', 'disability'],
  social: ['social', 'socialområdet', 'sosial', 'sosialområdet', 'social services'],
  family: ['familie', 'familieområdet', 'børn og familie', 'barn og familie', 'children and families'],
  jobcenter: ['jobcenter', 'jobcentret', 'nav', 'job centre', 'job center'],
  technical: ['teknik og miljø', 'teknikk og miljø', 'teknik', 'technical and environment'],
  elderly: ['ældre', 'ældreområdet', 'eldre', 'eldreomsorg', 'elderly care'],
  health: ['sundhed', 'helse', 'health'],
  citizen_service: ['borgerservice', 'servicetorget', 'citizen service'],
  schools_daycare: [
    'skoler og dagtilbud',
    'skole',
    'dagtilbud',
    'skoler og barnehager',
    'schools and day care',
  ],
};

/** The coded options of each enum-like field. */
export const FIELD_OPTIONS: Record<string, readonly string[]> = {
  kind: COMPLAINT_KINDS,
  channel: CHANNELS,
  about: ['process', 'decision', 'both'],
  processReasons: PROCESS_REASONS,
  severity: ['1', '2', '3'],
  outcome: OUTCOMES,
};

/** The key for a cell of an enum-like field, or null when the word is not known. */
export function codeFor(field: string, raw: string): string | null {
  const text = raw.trim().toLowerCase();
  const options = FIELD_OPTIONS[field] ?? [];
  if (options.includes(text)) return text;
  const synonyms = SYNONYMS[field] ?? {};
  for (const [key, words] of Object.entries(synonyms)) if (words.includes(text)) return key;
  return null;
}

/** Splits a multi-value cell ("ventetid; information") into its parts. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[;,|/]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
