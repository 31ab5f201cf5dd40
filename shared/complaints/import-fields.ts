/** The fields an import file can fill, in the order the mapping form shows them. */
export const IMPORT_FIELDS = [
  'receivedOn',
  'unit',
  'area',
  'kind',
  'channel',
  'about',
  'processReasons',
  'severity',
  'outcome',
  'answeredOn',
  'description',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields every row must have a column for. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['receivedOn', 'unit'];

/** Which column (0-based) fills which field; unmapped fields use their default. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Header words (da/nb/en, lower case) that suggest a field. */
const HEADER_WORDS: Record<ImportField, readonly string[]> = {
  receivedOn: ['dato', 'date', 'modtaget', 'mottatt', 'received', 'received on', 'modtagelsesdato'],
  unit: ['enhed', 'enhet', 'unit', 'afdeling', 'avdeling'],
  area: ['område', 'omrade', 'service area', 'area', 'forvaltningsområde', 'tjenesteområde'],
  kind: ['type', 'kind', 'art'],
  channel: ['kanal', 'channel'],
  about: ['handler om', 'gjelder', 'about', 'proces/afgørelse', 'emne'],
  processReasons: ['procesårsag', 'prosessårsak', 'process reasons', 'årsag', 'årsak', 'reasons'],
  severity: ['alvor', 'alvorlighed', 'alvorlighet', 'severity'],
  outcome: ['udfald', 'utfall', 'outcome', 'resultat'],
  answeredOn: ['besvaret', 'besvart', 'svardato', 'answered', 'answered on'],
  description: ['beskrivelse', 'description', 'tekst', 'text', 'notat'],
};

/** Guesses a mapping from the header row: exact word matches first, each column used once. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const normalised = header.map((h) => h.trim().toLowerCase());
  for (const field of IMPORT_FIELDS) {
    const index = normalised.findIndex((h, i) => !used.has(i) && HEADER_WORDS[field].includes(h));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}
