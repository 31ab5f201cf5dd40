import { daysBetween, parseDate } from './dates.ts';
import { type ColumnMapping, type ImportField, REQUIRED_IMPORT_FIELDS } from './import-fields.ts';
import { codeFor, FIELD_OPTIONS, splitList } from './import-values.ts';
import {
  type Channel,
  type ComplaintKind,
  MAX_DESCRIPTION_LENGTH,
  type Outcome,
  type ProcessReason,
  type Severity,
} from './taxonomy.ts';

/** One complaint as the register stores it (before screening of the free text). */
export interface ComplaintDraft {
  receivedOn: string;
  unitId: string;
  areaKey: string | null;
  kind: ComplaintKind;
  channel: Channel;
  aboutProcess: boolean;
  processReasons: ProcessReason[];
  aboutDecision: boolean;
  severity: Severity;
  outcome: Outcome;
  answeredOn: string | null;
  description: string | null;
}

export type ImportProblemCode =
  | 'required'
  | 'unknown_unit'
  | 'unknown_area'
  | 'invalid_date'
  | 'invalid_choice'
  | 'too_long'
  | 'answer_before_receipt'
  | 'no_subject';

/** A problem in one cell. `row` is the spreadsheet row number (the header is row 1). */
export interface ImportProblem {
  row: number;
  field: ImportField;
  problem: ImportProblemCode;
  params?: Record<string, string | number>;
}

/** Names the file may use for units and areas, lower-cased, to their ids and keys. */
export interface ImportLookups {
  units: ReadonlyMap<string, string>;
  areas: ReadonlyMap<string, string>;
}

/**
 * Checks every data row against the mapping and returns either drafts for all rows or the problems of
 * all rows: an import is all-or-nothing, and the user fixes the whole file at once.
 */
export function validateRows(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  lookups: ImportLookups,
): { drafts: ComplaintDraft[]; problems: ImportProblem[] } {
  const drafts: ComplaintDraft[] = [];
  const problems: ImportProblem[] = [];
  rows.forEach((cells, index) => {
    const result = validateRow(cells, mapping, lookups, index + 2);
    if ('draft' in result) drafts.push(result.draft);
    else problems.push(...result.problems);
  });
  return { drafts, problems };
}

function validateRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  lookups: ImportLookups,
  row: number,
): { draft: ComplaintDraft } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cell = (f: ImportField) => {
    const i = mapping[f];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const fail = (field: ImportField, problem: ImportProblemCode, params?: Record<string, string | number>) => {
    problems.push({ row, field, problem, ...(params ? { params } : {}) });
  };
  for (const f of REQUIRED_IMPORT_FIELDS) if (cell(f) === '') fail(f, 'required');
  const date = (f: ImportField) => {
    const raw = cell(f);
    if (raw === '') return null;
    const iso = parseDate(raw);
    if (!iso) fail(f, 'invalid_date', { value: raw });
    return iso;
  };
  const code = (f: ImportField, fallback: string) => {
    const raw = cell(f);
    if (raw === '') return fallback;
    const key = codeFor(f, raw);
    if (key === null) fail(f, 'invalid_choice', { value: raw, options: (FIELD_OPTIONS[f] ?? []).join(', ') });
    return key ?? fallback;
  };
  const receivedOn = date('receivedOn');
  const answeredOn = date('answeredOn');
  const unitRaw = cell('unit');
  const unitId = unitRaw === '' ? undefined : lookups.units.get(unitRaw.toLowerCase());
  if (unitRaw !== '' && !unitId) fail('unit', 'unknown_unit', { value: unitRaw });
  const areaRaw = cell('area');
  const areaKey = areaRaw === '' ? null : (lookups.areas.get(areaRaw.toLowerCase()) ?? null);
  if (areaRaw !== '' && !areaKey) fail('area', 'unknown_area', { value: areaRaw });
  const reasons: ProcessReason[] = [];
  for (const part of splitList(cell('processReasons'))) {
    const key = codeFor('processReasons', part);
    if (key === null)
      fail('processReasons', 'invalid_choice', {
        value: part,
        options: FIELD_OPTIONS.processReasons!.join(', '),
      });
    else if (!reasons.includes(key as ProcessReason)) reasons.push(key as ProcessReason);
  }
  const about = code('about', reasons.length > 0 ? 'process' : '');
  const aboutProcess = about === 'process' || about === 'both' || reasons.length > 0;
  const aboutDecision = about === 'decision' || about === 'both';
  if (!aboutProcess && !aboutDecision && cell('about') === '') fail('about', 'no_subject');
  const description = cell('description');
  if (description.length > MAX_DESCRIPTION_LENGTH)
    fail('description', 'too_long', { maximum: MAX_DESCRIPTION_LENGTH });
  if (receivedOn && answeredOn && daysBetween(receivedOn, answeredOn) < 0)
    fail('answeredOn', 'answer_before_receipt');
  const kind = code('kind', 'complaint') as ComplaintKind;
  const channel = code('channel', 'other') as Channel;
  const severity = Number(code('severity', '2')) as Severity;
  const outcome = code('outcome', answeredOn ? 'unknown' : 'open') as Outcome;
  if (problems.length > 0 || !receivedOn || !unitId) return { problems };
  return {
    draft: {
      receivedOn,
      unitId,
      areaKey,
      kind,
      channel,
      aboutProcess,
      processReasons: reasons,
      aboutDecision,
      severity,
      outcome,
      answeredOn,
      description: description === '' ? null : description,
    },
  };
}
