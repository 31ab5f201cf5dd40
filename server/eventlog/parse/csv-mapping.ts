import type { DateFormat } from '../../../shared/dates/index.ts';
import { EventLogParseError } from './errors.ts';

/** Which CSV columns (by header name) hold what. */
export interface CsvMapping {
  caseId: string;
  activity: string;
  timestamp: string;
  resource?: string;
  group?: string;
  lifecycle?: string;
  /** Extra event attributes (kept as text). */
  attributes?: string[];
  /** Case-level attributes (e.g. channel); the first non-empty value per case counts. */
  caseAttributes?: string[];
}

/** Column indexes resolved against the header. -1 when not mapped. */
export interface ResolvedMapping {
  caseId: number;
  activity: number;
  timestamp: number;
  resource: number;
  group: number;
  lifecycle: number;
  attributes: Array<[string, number]>;
  caseAttributes: Array<[string, number]>;
}

/** Resolves names to indexes; a mapped name missing from the header is CSV_MISSING_COLUMN. */
export function resolveMapping(header: readonly string[], mapping: CsvMapping): ResolvedMapping {
  const index = (name: string | undefined): number => {
    if (name === undefined) return -1;
    const i = header.indexOf(name);
    if (i < 0) {
      throw new EventLogParseError(
        { code: 'CSV_MISSING_COLUMN', line: 1, params: { column: name } },
        `Column "${name}" is not in the header`,
      );
    }
    return i;
  };
  return {
    caseId: index(mapping.caseId),
    activity: index(mapping.activity),
    timestamp: index(mapping.timestamp),
    resource: index(mapping.resource),
    group: index(mapping.group),
    lifecycle: index(mapping.lifecycle),
    attributes: (mapping.attributes ?? []).map((n) => [n, index(n)]),
    caseAttributes: (mapping.caseAttributes ?? []).map((n) => [n, index(n)]),
  };
}

type ColumnField = 'caseId' | 'activity' | 'timestamp' | 'resource' | 'group' | 'lifecycle';

const GUESSES: Array<[ColumnField, RegExp]> = [
  ['caseId', /^(case:concept:name|case[ _:-]?id|case|sag(s?[ _-]?(id|nr))?|sak(s?[ _-]?(id|nr))?)$/i],
  ['activity', /^(concept:name|activity|aktivitet|event|hændelse|hendelse)$/i],
  [
    'timestamp',
    /^(time:timestamp|timestamp|time|tid(spunkt)?|dato|date|start[ _]?time|complete[ _]?timestamp)$/i,
  ],
  [
    'resource',
    /^(org:resource|resource|ressource|user|bruger|bruker|medarbejder|saksbehandler|sagsbehandler)$/i,
  ],
  ['group', /^(org:group|group|gruppe|enhed|enhet|afdeling|avdeling|team)$/i],
  ['lifecycle', /^(lifecycle:transition|lifecycle|transition)$/i],
];

/** Suggests a mapping from header names (English, Danish, Norwegian and XES-style names). */
export function suggestMapping(
  header: readonly string[],
  dates: Record<string, DateFormat>,
): Partial<CsvMapping> {
  const out: Partial<Pick<CsvMapping, ColumnField>> = {};
  for (const [field, re] of GUESSES) {
    const hit = header.find((h) => re.test(h.trim()));
    if (hit !== undefined) out[field] = hit;
  }
  if (out.timestamp === undefined) out.timestamp = Object.keys(dates)[0];
  return out;
}
