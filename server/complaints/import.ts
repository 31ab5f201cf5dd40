import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type ColumnMapping,
  REQUIRED_IMPORT_FIELDS,
  suggestMapping,
} from '../../shared/complaints/import-fields.ts';
import { type ImportLookups, validateRows } from '../../shared/complaints/import-rows.ts';
import { AREA_WORDS } from '../../shared/complaints/import-values.ts';
import { DEFAULT_AREAS } from '../../shared/complaints/taxonomy.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext, Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { AppError, type FieldError } from '../http/app-error.ts';
import { listAreas } from './areas.ts';
import { readUpload } from './file-rows.ts';
import * as repo from './repository.ts';
import { screenDescription } from './service.ts';

type Db = Kysely<Database>;

/** The header, the first rows and a suggested mapping, so the user can check the columns. */
export async function previewImport(fileName: string, content: string) {
  const [header = [], ...rows] = await readUpload(fileName, content);
  return { header, sample: rows.slice(0, 5), rowCount: rows.length, mapping: suggestMapping(header) };
}

/** Unit names and ids, area keys and names (lower case) that a file may use. */
async function lookups(db: Db, tenant: Tenant): Promise<ImportLookups> {
  const units = new Map<string, string>();
  for (const u of await repo.unitNames(db, tenant)) {
    if (u.archived_at) continue;
    units.set(u.name.toLowerCase(), u.id);
    units.set(u.id.toLowerCase(), u.id);
  }
  const areas = new Map<string, string>();
  for (const a of await listAreas(db, tenant)) {
    if (!a.active) continue;
    areas.set(a.key.toLowerCase(), a.key);
    if (a.name) areas.set(a.name.toLowerCase(), a.key);
  }
  for (const key of DEFAULT_AREAS) {
    if (!areas.has(key)) continue;
    for (const word of AREA_WORDS[key] ?? []) if (!areas.has(word)) areas.set(word, key);
  }
  return { units, areas };
}

/**
 * Imports every row of the file or none: the rows are validated first and any problem is reported per
 * row and field; only a clean file is inserted, in the caller's transaction.
 */
export async function importComplaints(
  db: Db,
  auth: AuthContext,
  input: { fileName: string; content: string; mapping: ColumnMapping },
) {
  const missing = REQUIRED_IMPORT_FIELDS.filter((f) => input.mapping[f] === undefined);
  if (missing.length > 0) {
    throw new AppError(
      'validation_failed',
      {},
      missing.map((f) => ({ path: `mapping.${f}`, problem: 'required' })),
    );
  }
  const [, ...rows] = await readUpload(input.fileName, input.content);
  const { drafts, problems } = validateRows(rows, input.mapping, await lookups(db, auth));
  if (problems.length > 0) {
    const fields: FieldError[] = problems.slice(0, 200).map((p) => ({
      path: `rows.${p.row}.${p.field}`,
      problem: p.problem,
      ...(p.params ? { params: p.params } : {}),
    }));
    throw new AppError('complaint_import_invalid', { count: problems.length }, fields);
  }
  const batch = randomUUID();
  const ids = await repo.insertComplaints(
    db,
    auth,
    drafts.map((d) => ({
      received_on: d.receivedOn,
      unit_id: d.unitId,
      area_key: d.areaKey,
      kind: d.kind,
      channel: d.channel,
      about_process: d.aboutProcess,
      process_reasons: d.processReasons,
      about_decision: d.aboutDecision,
      severity: d.severity,
      outcome: d.outcome,
      answered_on: d.answeredOn,
      description: screenDescription(d.description, auth),
      import_batch: batch,
      created_by: auth.userId,
    })),
  );
  await recordAudit(
    db,
    auth,
    auth.userId,
    'complaint.import',
    { type: 'complaint_import', id: batch },
    {
      fileName: input.fileName,
      rows: ids.length,
    },
  );
  return { imported: ids.length, batch };
}
